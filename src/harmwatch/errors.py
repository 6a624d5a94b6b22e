"""harmwatch's error tree; each error carries the exit code the CLI uses.

HarmwatchError (exit 1)
 ├── InputError      a document cannot be read or has no text (exit 1)
 ├── UsageError      bad options or arguments (exit 2)
 └── ConfigError     bad configuration, database URL, missing model (exit 3)
"""


class HarmwatchError(Exception):
    exit_code = 1


class InputError(HarmwatchError):
    exit_code = 1


class UsageError(HarmwatchError):
    exit_code = 2


class ConfigError(HarmwatchError):
    exit_code = 3

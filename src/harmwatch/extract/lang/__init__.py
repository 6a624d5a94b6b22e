"""Language packs: the words and patterns of one language, kept as data beside the mechanisms.

Each supported language has a folder ``lang/<code>/`` holding JSON files, one per concept
(``figures.json``, ``events.json``, ``dates.json``, ``places.json``, ``speech.json``, ...). A file is
an object whose keys name word lists (JSON arrays of strings), tables (JSON objects) or patterns
(strings). The extraction stages are language-neutral mechanisms that read these files through
:func:`load_pack`; adding a language means adding a folder (and its tests), not code.

Packs load lazily, per language and per file, and are cached for the life of the process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from harmwatch.errors import ConfigError

# languages with a pack (ISO 639-1); any other language gets cleaning, its language, figures
# written in digits and places where the gazetteer finds them
SUPPORTED: tuple[str, ...] = ("en", "fr", "es", "de", "pt", "ru", "uk", "ar")

NEVER = r"(?!x)x"  # a pattern that matches nothing: what a missing pattern means


@dataclass(frozen=True)
class LanguagePack:
    """The data files of one language, read on first use."""

    code: str
    _cache: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False, compare=False)

    def data(self, name: str) -> dict[str, Any]:
        """The whole data file ``<name>.json`` (an empty dict when the pack has none)."""
        if name not in self._cache:
            path = resources.files(__package__).joinpath(self.code, f"{name}.json")
            if not path.is_file():
                self._cache[name] = {}
            else:
                try:
                    value = json.loads(path.read_text(encoding="utf-8"))
                except (OSError, ValueError) as e:  # pragma: no cover - a broken install
                    raise ConfigError(f"language pack {self.code}/{name}.json is unreadable: {e}") from e
                if not isinstance(value, dict):  # pragma: no cover - a broken install
                    raise ConfigError(f"language pack {self.code}/{name}.json must hold an object")
                self._cache[name] = value
        return self._cache[name]

    def words(self, name: str, key: str) -> frozenset[str]:
        """A word list as a set (lower-cased entries are the convention; empty when missing)."""
        return _words(self.code, name, key)

    def table(self, name: str, key: str) -> dict[str, Any]:
        """A mapping (e.g. victim noun -> group); empty when missing."""
        value = self.data(name).get(key, {})
        return value if isinstance(value, dict) else {}

    def value(self, name: str, key: str, default: Any = None) -> Any:
        return self.data(name).get(key, default)

    def pattern(self, name: str, key: str, **parts: str) -> str:
        """A regex pattern string, its ``{=part}`` placeholders filled with the given patterns.

        Patterns shared by several rules (a month, a count) are written once and named in the
        others: ``"killed (?:{=count})"`` with ``count=...``. A pack without the key gives a pattern
        that never matches.
        """
        value = self.data(name).get(key)
        if value is None:
            return NEVER
        if not isinstance(value, str):
            raise ConfigError(f"language pack {self.code}/{name}.json: {key} must be a string")
        return fill(value, **parts)


def fill(pattern: str, **parts: str) -> str:
    """``pattern`` with each ``{=name}`` placeholder replaced by the pattern given as ``name``."""
    for part, text in parts.items():
        pattern = pattern.replace("{=" + part + "}", text)
    return pattern


@cache
def load_pack(code: str) -> LanguagePack:
    """The pack of a language; languages without one get an empty pack (every list empty)."""
    return LanguagePack(code=(code or "").lower())


@cache
def _words(code: str, name: str, key: str) -> frozenset[str]:
    value = load_pack(code).data(name).get(key, [])
    if not isinstance(value, list):
        raise ConfigError(f"language pack {code}/{name}.json: {key} must be a list")
    return frozenset(str(v) for v in value)


def is_supported(code: str | None) -> bool:
    return (code or "").lower() in SUPPORTED

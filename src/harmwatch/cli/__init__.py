"""The ``harmwatch`` command line: parse options, call the stages, map errors to exit codes.

Each verb lives in its own module of this package and registers itself on ``app``.
"""

from harmwatch.cli.app import app
from harmwatch.cli import clean as _clean  # noqa: F401  (registers `clean`)
from harmwatch.cli import extract as _extract  # noqa: F401  (registers `extract`)
from harmwatch.cli import demo as _demo  # noqa: F401  (registers `demo`)

__all__ = ["app"]

"""The ``harmwatch`` command line: parse options, call the stages, map errors to exit codes.

Each verb lives in its own module of this package and registers itself on ``app``.
"""

from harmwatch.cli import archive as _archive  # noqa: F401  (registers `archive export`)
from harmwatch.cli import backup as _backup  # noqa: F401  (registers `backup` and `restore`)
from harmwatch.cli import clean as _clean  # noqa: F401  (registers `clean`)
from harmwatch.cli import demo as _demo  # noqa: F401  (registers `demo`)
from harmwatch.cli import digest as _digest  # noqa: F401  (registers `digest`)
from harmwatch.cli import export as _export  # noqa: F401  (registers `export` and `report`)
from harmwatch.cli import extract as _extract  # noqa: F401  (registers `extract`)
from harmwatch.cli import incidents as _incidents  # noqa: F401  (registers `incidents`)
from harmwatch.cli import ingest as _ingest  # noqa: F401  (registers `ingest`)
from harmwatch.cli import integrity as _integrity  # noqa: F401  (registers `verify`, `verify-export`, `key`)
from harmwatch.cli import link as _link  # noqa: F401  (registers `link`)
from harmwatch.cli import run as _run  # noqa: F401  (registers `run`)
from harmwatch.cli import serve as _serve  # noqa: F401  (registers `serve` and `user`)
from harmwatch.cli import show as _show  # noqa: F401  (registers `show`)
from harmwatch.cli import source as _source  # noqa: F401  (registers `source`)
from harmwatch.cli import stats as _stats  # noqa: F401  (registers `stats`)
from harmwatch.cli import watch as _watch  # noqa: F401  (registers `watch`)
from harmwatch.cli.app import app

__all__ = ["app"]

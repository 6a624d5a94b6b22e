"""A script of the repository (``scripts/``, ``benchmarks/``) loaded as a module, for its tests."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import ROOT


def load_script(path: str) -> ModuleType:
    """The module of the script at ``path`` (from the repository root, e.g.
    "scripts/fit_place_weights.py"), named after its file and registered in ``sys.modules`` (a
    script's dataclasses look their module up there)."""
    file = ROOT / path
    spec = importlib.util.spec_from_file_location(file.stem, file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module

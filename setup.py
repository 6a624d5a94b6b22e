"""Build hooks (setuptools reads everything else from pyproject.toml).

A wheel or sdist must carry what `harmwatch serve` and `harmwatch demo` need without the repository:
the review app's vendored web assets (built by scripts/vendor_assets.sh from npm packages; kept out
of git) and the example reports (copied from examples/ into harmwatch/examples). The build runs the
vendor script when the assets are missing, and fails with a clear message when they still are
(set HARMWATCH_BUILD_WITHOUT_ASSETS=1 to build a wheel whose app runs without map, chart and htmx).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
VENDOR = ROOT / "src" / "harmwatch" / "web" / "static" / "vendor"
NEEDED = ("htmx.min.js", "leaflet.js", "leaflet.css", "uPlot.iife.min.js", "countries-110m.json", "admin1.json")


def ensure_assets() -> None:
    if all((VENDOR / n).is_file() for n in NEEDED):
        return
    script = ROOT / "scripts" / "vendor_assets.sh"
    if script.is_file():
        subprocess.run(["bash", str(script)], check=False, cwd=ROOT)
    missing = [n for n in NEEDED if not (VENDOR / n).is_file()]
    if missing and not os.environ.get("HARMWATCH_BUILD_WITHOUT_ASSETS"):
        raise SystemExit(
            f"harmwatch build: web assets missing ({', '.join(missing)}): run scripts/vendor_assets.sh "
            "(needs npm) or set HARMWATCH_BUILD_WITHOUT_ASSETS=1"
        )


def copy_examples(target: Path) -> None:
    src = ROOT / "examples"
    if src.is_dir():
        shutil.copytree(src, target, dirs_exist_ok=True)


class BuildPy(build_py):
    def run(self) -> None:
        ensure_assets()
        super().run()
        copy_examples(Path(self.build_lib) / "harmwatch" / "examples")


class Sdist(sdist):
    def run(self) -> None:
        ensure_assets()
        super().run()


setup(cmdclass={"build_py": BuildPy, "sdist": Sdist})

"""A real package (issue 14): LICENSE, compatible ranges + an exact lock, and a wheel that carries
the web assets and the examples (built from this checkout)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_license_is_the_apache_2_text():
    text = (ROOT / "LICENSE").read_text()
    assert "Apache License" in text and "Version 2.0, January 2004" in text


def test_dependencies_are_ranges_and_the_lock_is_exact():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert deps and all("==" not in d and ">=" in d and "<" in d for d in deps), deps
    lock = [x for x in (ROOT / "requirements.lock").read_text().splitlines() if x and not x.startswith("#")]
    assert lock and all("==" in x for x in lock)
    assert "--hash=sha256:" in (ROOT / "requirements-model.lock").read_text()


@pytest.mark.slow
def test_the_wheel_carries_web_assets_and_examples(tmp_path):
    if not (ROOT / "src/harmwatch/web/static/vendor/leaflet.js").is_file():
        pytest.skip("web assets not built here (scripts/vendor_assets.sh needs npm)")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("harmwatch-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "harmwatch/web/static/vendor/leaflet.js",
        "harmwatch/web/static/vendor/htmx.min.js",
        "harmwatch/web/static/vendor/uPlot.iife.min.js",
        "harmwatch/web/static/vendor/admin1.json",
        "harmwatch/examples/market_airstrike.txt",
        "harmwatch/store/migrations/versions/0301_integrity_chain.py",
    ):
        assert needed in names, needed
    assert any(n.endswith("licenses/LICENSE") for n in names)

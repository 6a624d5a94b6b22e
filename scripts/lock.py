"""Write requirements.lock: the exact version of every package the app needs at run time (the
closure of pyproject's dependencies, as installed in the running environment).

    python scripts/lock.py            # from the venv that runs it; commit the result

`make install` and CI install from the lock (`pip install -r requirements.lock`), then harmwatch
itself with --no-deps, so the app runs on exactly the versions it was tested with; pyproject.toml
keeps compatible ranges for people who install harmwatch as a library. The spaCy model is also
pinned by the sha256 of its wheel in requirements-model.lock (hash-checking mode: pip refuses a
wheel whose bytes differ).
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent


def closure(requirements: list[str]) -> dict[str, str]:
    env = default_environment()
    pins: dict[str, str] = {}
    todo = [Requirement(r) for r in requirements]
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate(env | {"extra": ""}):
            continue
        name = re.sub(r"[-_.]+", "-", req.name).lower()
        if name in pins:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            sys.exit(f"lock: {req.name} is not installed here")
        pins[name] = dist.version
        for extra_req in dist.requires or []:
            r = Requirement(extra_req)
            if (
                r.marker is None
                or r.marker.evaluate(env | {"extra": ""})
                or any(r.marker.evaluate(env | {"extra": e}) for e in req.extras)
            ):
                todo.append(r)
    return pins


def main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = closure(project["dependencies"])
    lines = [
        "# exact versions of harmwatch's run-time dependencies (scripts/lock.py writes this file)",
        *(f"{name}=={version}" for name, version in sorted(pins.items())),
    ]
    (ROOT / "requirements.lock").write_text("\n".join(lines) + "\n")
    print(f"lock: {len(pins)} packages pinned in requirements.lock")


if __name__ == "__main__":
    main()

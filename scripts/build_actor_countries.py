"""Write each language pack's country names (CLDR, via babel) into lang/<code>/actors.json.

Only the countries the pack's ``demonyms`` table lists are written, under the key ``countries``
(ISO -> names), so that "Ejército de Israel" is a state's force like "ejército israelí". Run after
editing a pack's demonyms:

    python scripts/build_actor_countries.py fr es de pt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel import Locale

LANG_DIR = Path(__file__).resolve().parent.parent / "src" / "harmwatch" / "extract" / "lang"


def build(code: str) -> None:
    path = LANG_DIR / code / "actors.json"
    pack = json.loads(path.read_text(encoding="utf-8"))
    territories = Locale(code).territories
    countries: dict[str, list[str]] = {}
    for iso in pack.get("demonyms", {}):
        name = territories.get(iso)
        if name:
            countries[iso] = [name]
    pack["countries"] = countries
    pack["_generated_by"] = "countries: scripts/build_actor_countries.py (babel CLDR territory names)"
    path.write_text(json.dumps(pack, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for code in sys.argv[1:] or ["fr", "es", "de", "pt"]:
        build(code)

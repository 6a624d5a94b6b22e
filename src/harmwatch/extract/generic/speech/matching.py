"""Matching the pack's phrases in a report's tokens: a token fits a phrase word by an exact form, a
stem (``word*``) or, in Arabic, with its clitic prefixes stripped; every match of a phrase group is
found once per report and bisected by range."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from harmwatch.extract.generic.speech.lexicon import Lexicon, Phrase
from harmwatch.extract.generic.speech.tokens import Tok, tokens_of

_GAP = 4  # words a "..." in a pack phrase may stand for, over commas (the pack may allow more)


def variants_of(lex: Lexicon, key: str) -> tuple[str, ...]:
    """A token and its forms without clitic prefixes (Arabic: و ف ب ل ك ال, alone or stacked);
    in a language that capitalises its nouns (German), a hyphenated compound and its head, the
    last part ("Hamas-Kämpfer": "kämpfer", "PKK-Terroristen": "terroristen")."""
    if not lex.prefixes:
        if lex.capitalised_nouns and "-" in key:
            head = key.rsplit("-", 1)[1]
            if len(head) >= 3:
                return (key, head)
        return (key,)
    hit = _VARIANTS.get((lex.lang, key))
    if hit is not None:
        return hit
    value = _strip_prefixes(lex.prefixes, key)
    if len(_VARIANTS) > 50_000:
        _VARIANTS.clear()
    _VARIANTS[(lex.lang, key)] = value
    return value


_VARIANTS: dict[tuple[str, str], tuple[str, ...]] = {}


def _strip_prefixes(prefixes: tuple[str, ...], key: str) -> tuple[str, ...]:
    out = [key]
    frontier = [key]
    for _ in range(2):
        nxt = []
        for w in frontier:
            for p in prefixes:
                if w.startswith(p) and len(w) - len(p) >= 2:
                    nxt.append(w[len(p) :])
                    if p.endswith("لل"):  # "للمدنيين": ل before the article drops its alef
                        out.append("ال" + w[len(p) :])
        out.extend(nxt)
        frontier = nxt
    return tuple(dict.fromkeys(out))


def _part_ok(lex: Lexicon, part: tuple[frozenset[str], tuple[str, ...]], tok: Tok) -> bool:
    exact, prefixes = part
    for v in variants_of(lex, tok.key):
        if v in exact or any(v.startswith(p) for p in prefixes):
            return True
    return False


def _closes(lex: Lexicon, toks: list[Tok], g: int) -> bool:
    """Whether toks[g] closes its clause (a mark or an auxiliary follows): a word found past the
    usual gap must, as a verb's particle or participle does ("wies ... zurück.", "... getroffen
    hatte"), not a preposition with its object ("wehrt sich seit Monaten gegen X")."""
    return g + 1 >= len(toks) or not toks[g + 1].word or toks[g + 1].key in lex.aux


def _match_at(lex: Lexicon, phrase: Phrase, toks: list[Tok], i: int, hi: int, k: int = 0) -> int | None:
    """The index after ``phrase`` (from its part ``k``) matched from token ``i`` (words only), or
    None. A gap takes the nearest word that fits the part after it; in a phrase that backtracks
    (the charges), each such word, nearest first, until the rest of the phrase matches too ("умышленно наносит ракетные удары по объектам гражданской ...": the gap
    after "умышленно" passes "наносит" for "удары")."""
    j = i
    parts = phrase.parts
    while k < len(parts):
        part = parts[k]
        if part is None:  # a gap: the next part within _GAP words
            nxt = parts[k + 1] if k + 1 < len(parts) else None
            if nxt is None:
                return j
            for g in range(j, min(hi, j + max(_GAP, lex.gap) + 1)):
                if toks[g].word and _part_ok(lex, nxt, toks[g]) and (g - j <= _GAP or _closes(lex, toks, g)):
                    end = _match_at(lex, phrase, toks, g + 1, hi, k + 2)
                    if end is not None or not phrase.backtrack:
                        return end
                if toks[g].text in ".!?;؟" or (g - j >= _GAP and toks[g].text in ",،"):
                    return None
            return None
        if k > 0 and j < hi and toks[j].text in _QUOTE_MARKS and parts[k - 1] is not None:
            j += 1  # a quotation opened or closed inside a phrase ("a indiqué avoir « neutralisé ...")
        if j >= hi or not toks[j].word or not _part_ok(lex, part, toks[j]):
            return None
        j += 1
        k += 1
    return j


# marks that open or close a quotation: a phrase's words run on across one of them
_QUOTE_MARKS = frozenset('«»"“”„‟‹›')


@dataclass(frozen=True)
class _Index:
    """Phrases by the exact forms of their first word, and those whose first word is a stem."""

    by_first: dict[str, tuple[Phrase, ...]]
    stems: tuple[tuple[tuple[str, ...], Phrase], ...]
    _memo: dict[tuple[str, ...], tuple[Phrase, ...]] = field(default_factory=dict, repr=False)
    # the stems' phrases by stem (their positions in ``stems``), and the stems' lengths
    # (ascending): a word's beginnings of those lengths are the only look-ups a new word costs
    _by_stem: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _stem_lens: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        for k, (prefixes, _ph) in enumerate(self.stems):
            for p in prefixes:
                self._by_stem.setdefault(p, []).append(k)
        self._stem_lens.extend(sorted({len(p) for p in self._by_stem}))

    def candidates(self, variants: tuple[str, ...]) -> tuple[Phrase, ...]:
        """The phrases whose first word fits one of a token's ``variants``, each once, in the
        order: exact forms (variant by variant), then stems in their order (memoised: words
        repeat)."""
        hit = self._memo.get(variants)
        if hit is None:
            cands: list[Phrase] = []
            for v in variants:
                cands.extend(self.by_first.get(v, ()))
            if self._stem_lens:
                fit: set[int] = set()
                for v in variants:
                    n = len(v)
                    for k in self._stem_lens:
                        if k > n:
                            break
                        found = self._by_stem.get(v[:k])
                        if found:
                            fit.update(found)
                cands.extend(self.stems[k][1] for k in sorted(fit))
            hit = tuple(dict.fromkeys(cands))
            if len(self._memo) >= _MEMO_WORDS:
                self._memo.clear()
            self._memo[variants] = hit
        return hit


_INDEXES: dict[int, tuple[tuple[Phrase, ...], _Index]] = {}


_MEMO_WORDS = 2_000  # distinct words whose candidate phrases an index remembers (bounded memory)


MATCHES: dict[tuple[int, int], tuple[list[tuple[int, int, str]], list[int]]] = {}


def _index(phrases: tuple[Phrase, ...]) -> _Index:
    hit = _INDEXES.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    by_first: dict[str, list[Phrase]] = {}
    stems: list[tuple[tuple[str, ...], Phrase]] = []
    for ph in phrases:
        first = ph.parts[0] if ph.parts else None
        if first is None:
            continue
        for form in first[0]:
            by_first.setdefault(form, []).append(ph)
        if first[1]:
            stems.append((first[1], ph))
    index = _Index({k: tuple(v) for k, v in by_first.items()}, tuple(stems))
    _INDEXES[id(phrases)] = (phrases, index)
    return index


def all_matches(
    lex: Lexicon, phrases: tuple[Phrase, ...], toks: list[Tok]
) -> tuple[list[tuple[int, int, str]], list[int]]:
    """Every (first token, end token, label) where one of ``phrases`` matches in the report,
    computed once per report and phrase group; with the first tokens, for bisecting."""
    key = (id(phrases), id(toks))
    hit = MATCHES.get(key)
    if hit is not None:
        return hit
    index = _index(phrases)
    out: list[tuple[int, int, str]] = []
    n = len(toks)
    for i, tok in enumerate(toks):
        if not tok.word:
            continue
        for ph in index.candidates(variants_of(lex, tok.key)):
            end = _match_at(lex, ph, toks, i, n)
            if end is not None:
                out.append((i, end, ph.label))
    value = (out, [m[0] for m in out])
    MATCHES[key] = value
    return value


def find_phrases(
    lex: Lexicon, phrases: tuple[Phrase, ...], toks: list[Tok], lo: int, hi: int
) -> list[tuple[int, int, str]]:
    """Every (first token, end token, label) where one of ``phrases`` matches in toks[lo:hi]."""
    matches, starts = all_matches(lex, phrases, toks)
    a = bisect_left(starts, lo)
    b = bisect_left(starts, hi)
    return [m for m in matches[a:b] if m[1] <= hi]


def names_any(lex: Lexicon, phrases: tuple[Phrase, ...], name: str) -> bool:
    """Whether one of ``phrases`` matches in a short string (a party's name), with the report's
    rules for words; uncached, as its tokens are no report's."""
    toks = tokens_of(name, lex.elision)
    index = _index(phrases)
    return any(
        _match_at(lex, ph, toks, i, len(toks)) is not None
        for i, tok in enumerate(toks)
        if tok.word
        for ph in index.candidates(variants_of(lex, tok.key))
    )

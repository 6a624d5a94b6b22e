"""spaCy's attribute ruler (fine tag → coarse POS and morphology, with the exceptions of
``en_core_web_sm``), applied with array operations over a batch of documents.

The model's ``attribute_ruler`` runs a token :class:`~spacy.matcher.Matcher` of 179 one- and
two-token patterns over every token: a tenth of the pipeline's time. :class:`ArrayAttributeRuler`
reads the same patterns, attributes and target indices from the loaded ruler and evaluates them as
boolean masks over the columns of :meth:`Doc.to_array`, then applies them in the ruler's order (a
later pattern overrides an earlier one, as ``AttributeRuler.set_annotations`` does) and writes the
changed columns back with :meth:`Doc.from_array`. The result is token for token what the ruler
gives (``tests/extract/test_attributes.py`` compares both on written sentences).

Only the pattern language the model's ruler uses is supported (token keys TAG, LOWER, DEP,
IS_SPACE, ORTH, NORM; plain values, IN, NOT_IN and REGEX; no operators or quantifiers);
:func:`compile_ruler` returns ``None`` for anything else and the engine keeps spaCy's ruler.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

FACTORY = "harmwatch_array_attributes"
_READ = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH, "NORM": NORM}
_WRITE = (POS, MORPH, LEMMA, TAG, DEP)  # the attributes a ruler may set that this one writes
_REGEX_CACHE_MAX = 200_000  # string hashes whose regex results are kept, per pattern

Columns = dict[int, np.ndarray]
Mask = Callable[[Columns], np.ndarray]


class Unsupported(ValueError):
    """A pattern outside what :func:`compile_ruler` evaluates."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern group of the ruler: its token tests, the target index and the values to set."""

    tokens: tuple[tuple[Mask, ...], ...]  # alternatives (patterns of the group) × token positions
    index: int
    values: tuple[tuple[int, int], ...]  # (attribute id, value)


class _Regex:
    """A REGEX test on a string attribute, remembered per string hash."""

    def __init__(self, vocab: Vocab, attr: int, pattern: str) -> None:
        self.vocab, self.attr, self.regex = vocab, attr, re.compile(pattern)
        self.known: dict[int, bool] = {}

    def __call__(self, cols: Columns) -> np.ndarray:
        values = cols[self.attr]
        uniq = np.unique(values)
        known = self.known
        if len(known) > _REGEX_CACHE_MAX:
            known.clear()
        strings = self.vocab.strings
        hits = []
        for h in uniq.tolist():
            ok = known.get(h)
            if ok is None:
                ok = known[h] = bool(self.regex.search(strings[h])) if h else False
            if ok:
                hits.append(h)
        return np.isin(values, np.array(hits, dtype=np.uint64))


def _hashes(vocab: Vocab, key: str, values: Iterable[object]) -> np.ndarray:
    return np.array([_value(vocab, key, v) for v in values], dtype=np.uint64)


def _value(vocab: Vocab, key: str, v: object) -> int:
    if key == "IS_SPACE":
        if not isinstance(v, bool):
            raise Unsupported(f"IS_SPACE {v!r}")
        return int(v)
    if not isinstance(v, str):
        raise Unsupported(f"{key} {v!r}")
    return vocab.strings.add(v) if v else 0


def _test(vocab: Vocab, key: str, spec: object) -> Mask:
    if key not in _READ:
        raise Unsupported(f"token key {key}")
    attr = _READ[key]
    if isinstance(spec, dict):
        if len(spec) != 1:
            raise Unsupported(f"{key} {spec!r}")
        ((op, arg),) = spec.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            allowed = _hashes(vocab, key, arg)
            if op == "IN":
                return lambda cols: np.isin(cols[attr], allowed)
            return lambda cols: ~np.isin(cols[attr], allowed)
        if op == "REGEX" and isinstance(arg, str) and key != "IS_SPACE":
            return _Regex(vocab, attr, arg)
        raise Unsupported(f"{key} {spec!r}")
    value = _value(vocab, key, spec)
    return lambda cols: cols[attr] == value


def _token(vocab: Vocab, spec: dict) -> Mask:
    tests = [_test(vocab, k, v) for k, v in spec.items()]
    if not tests:
        raise Unsupported("an empty token pattern")

    def mask(cols: Columns) -> np.ndarray:
        out = tests[0](cols)
        for t in tests[1:]:
            out = out & t(cols)
        return out

    return mask


def compile_ruler(ruler) -> ArrayAttributeRuler | None:
    """The array form of a loaded spaCy ``AttributeRuler``, or ``None`` if a pattern is outside
    what it evaluates (the caller then keeps spaCy's ruler)."""
    vocab = ruler.vocab
    rules: list[Rule] = []
    try:
        for k, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            _, patterns = ruler.matcher.get(vocab.strings[str(k)])
            alternatives = tuple(tuple(_token(vocab, dict(tok)) for tok in p) for p in patterns)
            if any(not alt or len(alt) <= (index if index >= 0 else -index - 1) for alt in alternatives):
                raise Unsupported(f"index {index} outside a pattern")
            values = []
            for attr, value in attrs.items():
                if attr not in _WRITE:
                    raise Unsupported(f"sets attribute {attr}")
                values.append((attr, int(value)))
            rules.append(Rule(alternatives, index, tuple(values)))
    except Unsupported:
        return None
    return ArrayAttributeRuler(vocab, tuple(rules))


class ArrayAttributeRuler:
    """The pipeline component: ``__call__`` for one document, ``pipe`` for a batch."""

    def __init__(self, vocab: Vocab, rules: tuple[Rule, ...]) -> None:
        self.vocab, self.rules = vocab, rules
        self.read = sorted(set(_READ.values()))
        self.write: list[int | str] = sorted({a for r in rules for a, _ in r.values})

    def load(self, other: ArrayAttributeRuler) -> None:
        """Take the rules of ``other`` (a compiled ruler)."""
        self.rules, self.write = other.rules, other.write

    def __call__(self, doc: Doc) -> Doc:
        self.apply([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self.apply(batch)
                yield from batch
                batch = []
        if batch:
            self.apply(batch)
            yield from batch

    def apply(self, docs: list[Doc]) -> None:
        docs = [d for d in docs if len(d)]
        if not docs:
            return
        read = np.concatenate([d.to_array(self.read) for d in docs]).reshape(-1, len(self.read))
        cols: Columns = {a: read[:, j] for j, a in enumerate(self.read)}
        lengths = np.array([len(d) for d in docs])
        doc_of = np.repeat(np.arange(len(docs)), lengths)
        n = len(doc_of)
        out = np.concatenate([d.to_array(self.write) for d in docs]).reshape(n, len(self.write))
        before = out.copy()
        col_of = {a: j for j, a in enumerate(self.write)}
        for rule in self.rules:
            for alt in rule.tokens:
                width = len(alt)
                hit = alt[0](cols)
                if width > 1:
                    hit = hit[: n - width + 1].copy()
                    for off in range(1, width):
                        hit &= alt[off](cols)[off : n - width + 1 + off]
                        hit &= doc_of[off : n - width + 1 + off] == doc_of[: n - width + 1]
                starts = np.flatnonzero(hit)
                if not len(starts):
                    continue
                target = starts + (rule.index if rule.index >= 0 else width + rule.index)
                for attr, value in rule.values:
                    out[target, col_of[attr]] = value
        changed = (out != before).any(axis=0)
        if not changed.any():
            return
        attrs = [a for a, c in zip(self.write, changed, strict=True) if c]
        cols_out = out[:, changed]
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        for i, doc in enumerate(docs):
            part = cols_out[offsets[i] : offsets[i + 1]]
            if (part != before[offsets[i] : offsets[i + 1]][:, changed]).any():
                # spaCy's stub asks for thinc's Ints2d, which a numpy int array is at run time
                doc.from_array(attrs, np.ascontiguousarray(part))  # type: ignore[arg-type]


@Language.factory(FACTORY)
def _make(nlp: Language, name: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(nlp.vocab, ())


def use_array_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the pipeline's attribute ruler ``name`` by its array form, in place; ``False``
    (nothing changed) when there is none or a pattern is not supported."""
    if name not in nlp.pipe_names:
        return False
    compiled = compile_ruler(nlp.get_pipe(name))
    if compiled is None:
        return False
    at = nlp.pipe_names.index(name)
    nlp.remove_pipe(name)
    component = nlp.add_pipe(
        FACTORY, name=name, before=nlp.pipe_names[at] if at < len(nlp.pipe_names) else None
    )
    if not isinstance(component, ArrayAttributeRuler):
        raise TypeError(f"{FACTORY} made a {type(component).__name__}, not an ArrayAttributeRuler")
    component.load(compiled)
    return True

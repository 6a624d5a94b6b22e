"""Who gives a figure: "according to X", "X said", "said X", else the outlet itself ("report")."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from harmwatch.extract.lang import load_pack

EN = load_pack("en")

REPORT = "report"  # the outlet gives the figure itself

REPORTING_VERBS = EN.words("figures", "reporting_verbs")
PRONOUNS = EN.words("figures", "source_pronouns")
# what an organisation publishes: "an Amnesty report", "the UN's tally" are given by the organisation
PUBLICATIONS = EN.words("figures", "publications")
# last words of organisations' full names ("Amnesty International", "Human Rights Watch")
ORG_ENDINGS = EN.words("figures", "org_endings")
_STOP = frozenset({",", "(", "who", "which", "that", ";", ":", "—", "–", '"', "“", "”"})
_MAX_TOKENS = 12


def _phrase(head: Token) -> str | None:
    """The noun phrase headed by ``head``: its subtree up to a comma or relative clause."""
    sent = head.sent
    start = head.left_edge.i
    end = head.i + 1
    for t in head.doc[head.i + 1 : head.right_edge.i + 1]:
        if t.text in _STOP or t.i >= sent.end:
            break
        end = t.i + 1
    words = [
        t for t in head.doc[start:end] if not (t.i == start and t.dep_ in ("det", "poss") and t.i != head.i)
    ]
    words = [t for t in words if t.dep_ != "punct" or t.text in ("-", "'", "’")]
    if not words or len(words) > _MAX_TOKENS or any(t.pos_ == "VERB" for t in words):
        compact = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")] + [head]
        words = compact
    text = head.doc[words[0].i : words[-1].i + 1].text.strip()
    return text or None


def _according_to(sent: SpacySpan) -> str | None:
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
            objs = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _phrase(objs[0])
            if t.i + 2 < sent.end:
                return _phrase(t.doc[t.i + 2])
    return None


def _reporting_subject(sent: SpacySpan) -> str | None:
    for t in sent:
        if t.lower_ not in REPORTING_VERBS or t.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [
            c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")
        ]
        if subjects:
            return _phrase(min(subjects, key=lambda c: abs(c.i - t.i)))
    return None


def _publisher(src: str, doc) -> str:
    """The organisation behind a source phrase, by the fullest name the document gives it:
    "Amnesty report" → "Amnesty International" (or "Amnesty" where the document never names it in
    full), "Amnesty" → "Amnesty International". A full name must end like one ("International",
    "Watch", "Council"...) and be the only such extension in the document. Phrases that name no
    organisation ("a new report", "the monitoring group") are returned as they are."""
    words = src.split()
    org = src
    if len(words) > 1 and words[-1].lower() in PUBLICATIONS:
        org = " ".join(words[:-1]).removesuffix("'s").removesuffix("’s").strip()
    if not org or not org[0].isupper():
        return src
    longer = {
        m.group(0)
        for m in re.finditer(re.escape(org) + r"(?: [A-Z][\w-]*)+", doc.text)
        if m.group(0).rsplit(" ", 1)[-1] in ORG_ENDINGS
    }
    return longer.pop() if len(longer) == 1 else org


class SourceFinder:
    """Finds and caches each sentence's attribution; pronouns take the last named source."""

    def __init__(self) -> None:
        self._cache: dict[int, str | None] = {}
        self._last_named: str | None = None

    def sentence_source(self, sent: SpacySpan) -> str | None:
        if sent.start not in self._cache:
            src = _according_to(sent) or _reporting_subject(sent)
            if src:
                src = _publisher(src, sent.doc)
            if src and src.lower() in PRONOUNS:
                src = self._last_named
            elif src:
                self._last_named = src
            self._cache[sent.start] = src
        return self._cache[sent.start]

    def source(self, sent: SpacySpan) -> str:
        """Who gives a figure of ``sent``: its own attribution, else the next sentence's when that
        one continues a quotation, else the report itself."""
        src = self.sentence_source(sent)
        if src:
            return src
        doc = sent.doc
        if sent.end < len(doc):
            nxt = doc[sent.end].sent
            if nxt.text.lstrip()[:1] in ('"', "“", "”") or sent.text.rstrip()[-1:] in ('"', "”"):
                src = self.sentence_source(nxt)
                if src:
                    return src
        return REPORT

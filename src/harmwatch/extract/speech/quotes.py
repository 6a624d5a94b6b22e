"""Direct quotations and their speakers.

:func:`~harmwatch.extract.speech.marks.scan_quotes` finds the quoted passages;
:func:`find_quotes` keeps those of four words or more and names their speaker from the parse:
the speech verb the quotation hangs from ("..., said X" / "X said: ..." / "X called it ..."),
the verb right after it ("...," he said), or, for a paragraph that only continues a quotation,
the previous quotation's speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from harmwatch.extract.context import DocContext, once_per_context
from harmwatch.extract.speech.cue_scan import finditer
from harmwatch.extract.speech.marks import QuoteSpan, scan_quotes, word_count
from harmwatch.extract.speech.speaker_ranking import Candidate, choose, ranking_active
from harmwatch.extract.speech.speaker_words import SPEECH_VERBS, TITLES, strip_titles
from harmwatch.extract.speech.speakers import Speakers, is_platform
from harmwatch.records import Quote, Span

MIN_WORDS = 4
_AFTER_TOKENS = 25  # how far after a quotation its "he said" may come

# the closing of a quotation followed by its attribution: ',” said ...', '” , the ministry said'
_ATTRIBUTED = re.compile(r"\s*(?:[,?!—–-]\s*[”’\"'»]+|[”’\"'»]+\s*[,—–-])")
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})
_INTRO_PUNCT = frozenset({",", ":", "“", '"', "‘", "'", "``", "‘‘", "«", "„", "—", "–"})


# a labelled pattern with trigger words, one of which (lower case) every match contains
Cue = tuple[str, tuple[str, ...], re.Pattern[str]]


def matching(text: str, patterns: tuple[Cue, ...]) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns whose trigger words occur in ``text`` (a substring test is far cheaper
    than a case-insensitive regex over the whole text)."""
    low = text.lower()
    return [(label, pattern) for label, triggers, pattern in patterns if any(t in low for t in triggers)]


# --- speakers ------------------------------------------------------------------------------------


def _tokens_between(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return (0, 0)
    return span.start, span.end


def _speaker_by_parse(sp: Speakers, doc: Doc, first: int, last: int) -> str | None:
    """The speech verb the quotation's words hang from, or that hangs from them, outside it."""
    anchor: Token | None = None
    outside_children: list[Token] = []
    for t in doc[first:last]:
        h = t.head
        if anchor is None and (h.i < first or h.i >= last) and not t.is_punct:
            anchor = h
        for c in t.children:
            if (c.i < first or c.i >= last) and c.lower_ in SPEECH_VERBS:
                outside_children.append(c)
    skip = (first, last)
    chain: list[Token] = []
    node = anchor
    while node is not None and len(chain) < 8 and _same_paragraph(sp, node.i, first, last):
        chain.append(node)
        if node.lower_ in SPEECH_VERBS:
            return sp.speaker_of_verb(node, skip)
        node = None if node.head.i == node.i else node.head
    for node in chain:  # "..., according to X" attached to the verb above the quotation
        for c in node.children:
            if (
                c.lower_ in SPEECH_VERBS
                and (c.i < first or c.i >= last)
                and _same_paragraph(sp, c.i, first, last)
            ):
                return sp.speaker_of_verb(c, skip)
    for c in outside_children:  # the quotation's own clause carries the speech verb
        if _same_paragraph(sp, c.i, first, last):
            return sp.speaker_of_verb(c, skip)
    verbs = [n for n in chain if n.pos_ in ("VERB", "AUX")]
    if not verbs:
        return None
    # no speech verb: the main clause's subject, if it can speak ("X called the attack ...")
    subject = sp.speaker_token(verbs[-1], skip)
    return sp.name_of(subject) if subject is not None and sp.is_party(subject) else None


def _same_paragraph(sp: Speakers, i: int, first: int, last: int) -> bool:
    """No line break between token ``i`` and the quotation ``[first, last)``."""
    return sp.same_paragraph(i, first) if i < first else sp.same_paragraph(last - 1, i)


def _speaker_after(sp: Speakers, doc: Doc, last: int, attributed: bool = False) -> str | None:
    """A speech verb after the quotation ("...," the ministry said / "...," X, a spokesman, said);
    a word of any kind (a verb no list holds, a misspelt "said") between the quotation's closing
    and a person's name standing alone ("...," recounted Jane Roe, a doctor) is one too, where the
    quotation closes on a comma (``attributed``)."""
    words = [t for t in doc[last : last + 4] if not t.is_punct and not t.is_space]
    if (
        attributed
        and words
        and words[0].is_lower
        and words[0].is_alpha
        and words[0].lower_ not in SPEECH_VERBS
    ):
        ent = sp.entity(doc[words[0].i + 1]) if words[0].i + 1 < len(doc) else None
        if ent is not None and ent.label_ == "PERSON" and ent.start == words[0].i + 1:
            after = doc[ent.end] if ent.end < len(doc) else None
            if after is None or after.text in (",", ".", "\n") or after.is_space:
                return sp.name_of(ent.root)
    for t in doc[last : last + _AFTER_TOKENS]:
        if "\n" in t.text or t.text in ("“", "‘", "«"):
            break
        if t.lower_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX"):
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "as" for c in t.children):
                # '"...," though residents said ...': a claim set against the quotation's, by
                # others, in a clause hung on the sentence the quotation stands in
                break
            quoted = _quoted_as(sp, doc, t)
            name = sp.name_of(quoted) if quoted is not None else sp.speaker_of_verb(t, (0, last))
            if name is None:
                name = _person_right_after(sp, doc, last)
            if name is None and attributed and t.i == words[0].i:
                name = _inverted_name(doc, t.i + 1)
            return name
        if t.text in (".", "!", "?") and t.i > last + 1 and not _abbreviation_dot(t):
            break
    return None


# a quotation signed after a dash: '"..." — Jane Roe, mayor of X' (or a spaced hyphen, as
# typed text gives a dash: '"..." - Jane Roe')
_DASH = re.compile(r"[”’\"'»]*(?:[ \t]*[—–―][ \t]*|[ \t]+--?[ \t]+)")


def _dashed(sp: Speakers, doc: Doc, text: str, end: int) -> str | None:
    """The person or body a dash after the quotation names, where the name ends the line or
    stands before a comma (its title)."""
    m = _DASH.match(text, end)
    if m is None:
        return None
    span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    ent = sp.entity(span[0]) if span is not None and len(span) else None
    if ent is None and span is not None and len(span):
        return _signed_name(doc, text, span[0].i)
    if ent is None or ent.label_ not in ("PERSON", "ORG") or ent.start_char != m.end():
        return None
    after = text[ent.end_char : ent.end_char + 1]
    return sp.name_of(ent.root) if after in ("", ",", "\n", ".") else None


def _proper_run_end(doc: Doc, i: int) -> int:
    """The end of the capitalised proper nouns from doc[i] (four at most): a name the tagger missed."""
    end = i
    while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return end


def _signed_name(doc: Doc, text: str, i: int) -> str | None:
    """A name the tagger missed signing a quotation after a dash: two to four capitalised proper
    nouns ending the line or followed by a comma (its title): '"..." - Jane Roe, director'."""
    end = _proper_run_end(doc, i)
    if (
        end - i < 2
        or end - i > 3
        or (end < len(doc) and doc[end].text not in (",", ".") and not doc[end].is_space)
    ):
        return None
    if any(doc[k].ent_type_ for k in range(i, end)):
        return None  # a place or a body the tagger knows, not an untagged person
    return text[doc[i].idx : doc[end - 1].idx + len(doc[end - 1])]


def _abbreviation_dot(t: Token) -> bool:
    """A full stop that closes a title's abbreviation ("Lt. Gen. Jane Roe"), not a sentence."""
    doc = t.doc
    return (
        t.text == "."
        and t.i > 0
        and not doc[t.i - 1].whitespace_
        and doc[t.i - 1].lower_ in TITLES
        and t.i + 1 < len(doc)
        and doc[t.i + 1].is_title
    )


def _inverted_name(doc: Doc, i: int) -> str | None:
    """The speaker of an inverted attribution ('"...," recounted Jane, 24, a student') whose
    name the tagger did not take for a person: the capitalised proper nouns right after the verb,
    up to a comma or the sentence's end (never a platform or a place)."""
    end = _proper_run_end(doc, i)
    if end == i or end - i > 3 or (end < len(doc) and doc[end].text not in (",", ".")):
        return None
    if any(doc[k].ent_type_ in ("GPE", "LOC", "FAC", "NORP") for k in range(i, end)):
        return None
    name = doc[i:end].text
    return None if is_platform(name) else strip_titles(name)


def _quoted_as(sp: Speakers, doc: Doc, verb: Token) -> Token | None:
    """Who a verb quotes '"...," the agency quoted Jane Roe as saying', read from the words
    whatever the parse made of them: the person named between the verb and "as saying" (else the
    first noun there), never the outlet that quotes."""
    end = min(len(doc) - 1, verb.i + _AFTER_TOKENS)
    for k in range(verb.i + 1, end):
        t = doc[k]
        if t.is_sent_start or "\n" in t.text:
            return None
        if t.lower_ == "as" and doc[k + 1].tag_ == "VBG" and doc[k + 1].lower_ in SPEECH_VERBS:
            between = doc[verb.i + 1 : k]
            person = next(
                (w for w in between if (e := sp.entity(w)) is not None and e.label_ == "PERSON"), None
            )
            return person or next((w for w in between if w.pos_ in ("NOUN", "PROPN")), None)
    return None


def _person_right_after(sp: Speakers, doc: Doc, last: int) -> str | None:
    for t in doc[last : last + 8]:  # past the closing marks and a title or two
        ent = sp.entity(t)
        if ent is not None and ent.label_ == "PERSON":
            return sp.name_of(ent.root)
    return None


def _speaker_before(sp: Speakers, doc: Doc, first: int) -> str | None:
    """A quotation introduced on its line: "X told reporters: ...", "X said that, ..."."""
    k = first - 1
    while k >= 0 and (doc[k].text in _INTRO_PUNCT or doc[k].lower_ == "that"):
        if doc[k].text == ":":
            for t in reversed(doc[max(0, k - 12) : k]):
                if "\n" in t.text:
                    break
                if t.lower_ in SPEECH_VERBS and t.pos_ not in _NOMINAL:
                    # (never a speech word that names a thing: "the state news agency")
                    return sp.speaker_of_verb(t, (first, len(doc)))
                if t.lower_ == "words" and t.head.lower_ == "in":  # "In the words of X: ..."
                    for c in t.children:
                        whose = [o for o in c.children if o.dep_ == "pobj"] if c.lower_ == "of" else []
                        if whose and sp.is_party(whose[0]):
                            return sp.name_of(whose[0])
            return None
        k -= 1
    if k >= 0 and k < first - 1 and doc[k].lower_ in SPEECH_VERBS and doc[k].pos_ in ("VERB", "AUX"):
        # "said that, ..." / "said, ..." / "saying ..."
        return sp.speaker_of_verb(doc[k], (first, len(doc)))
    return None


@dataclass(frozen=True, slots=True)
class QuoteIndex:
    """A document's quotations with their speakers, and the name resolver built for them;
    allegations and responses read it to credit words inside a quotation to its speaker."""

    quotes: tuple[Quote, ...]
    outer: tuple[tuple[int, int], ...]  # each quotation's span with its marks
    speakers: Speakers
    sentences: tuple[SpacySpan, ...]  # the parse's sentences, listed once for every claim rule

    def cues(self, text: str, patterns: tuple[Cue, ...]) -> list[tuple[SpacySpan, str, re.Match[str]]]:
        """Every match of the labelled patterns in ``text`` with its sentence, in the order
        sentence, pattern, position (each pattern runs once over the whole text, tried only at
        the words that can begin one of its matches: :func:`~harmwatch.extract.speech.cue_scan.finditer`)."""
        starts = [sent.start_char for sent in self.sentences]
        found: list[tuple[int, int, int, str, re.Match[str]]] = []
        for order, (label, pattern) in enumerate(matching(text, patterns)):
            for m in finditer(pattern, text):
                k = bisect_right(starts, m.start()) - 1
                if k >= 0 and m.end() <= self.sentences[k].end_char:
                    found.append((k, order, m.start(), label, m))
        found.sort(key=lambda f: f[:3])
        return [(self.sentences[k], label, m) for k, _, _, label, m in found]

    def speaker_at(self, pos: int) -> tuple[bool, str | None]:
        """Whether ``pos`` lies inside a quotation, and that quotation's speaker."""
        k = bisect_right(self.outer, (pos, 1 << 62)) - 1
        if k >= 0 and self.outer[k][0] <= pos < self.outer[k][1]:
            return True, self.quotes[k].speaker
        return False, None

    def source_of(
        self, token: Token, refused: frozenset[str] = frozenset(), finding: frozenset[str] = frozenset()
    ) -> Source:
        """Who says the words at ``token``: the quotation's speaker, or the subject of the speech
        verb the words hang from on the same line ("X said ...", "X accused Y of ...",
        "according to X"); ``refused`` are verbs of denial that make the words no claim, ``finding``
        verbs that make them a finding of their subject as a speech verb would ("the inquiry found")."""
        inside, speaker = self.speaker_at(token.idx)
        if inside:
            return Source(speaker, None, None, False)
        sp = self.speakers
        node = token
        chain: list[Token] = []
        for _ in range(12):
            if not _same_paragraph(sp, node.i, token.i, token.i + 1):
                break
            chain.append(node)
            low = node.lower_
            if low in refused:
                return Source(sp.speaker_of_verb(node), node, None, True)
            if (low in SPEECH_VERBS or low in finding) and node.i != token.i:
                subject = sp.speaker_token(node)
                if subject is not None and sp.is_party(subject):
                    return Source(sp.name_of(subject), node, subject, False)
                return Source(None, node, None, False)
            if node.head.i == node.i:
                break
            node = node.head
        for node in chain:
            for c in node.children:
                if c.lower_ == "according":
                    subject = sp.speaker_token(c)
                    if subject is not None:
                        return Source(sp.name_of(subject), c, subject, False)
        return Source(None, None, None, False)


@dataclass(frozen=True, slots=True)
class Source:
    """Who says a claim (``name`` is ``None`` when the text gives nobody), through which verb
    and subject token; ``refused`` when the words hang from a verb of denial."""

    name: str | None
    verb: Token | None
    subject: Token | None
    refused: bool


@once_per_context
def quote_index(ctx: DocContext) -> QuoteIndex:
    """The quotations of ``ctx``, computed once per document."""
    return _build_index(ctx)


def find_quotes(ctx: DocContext) -> tuple[Quote, ...]:
    return quote_index(ctx).quotes


def _build_index(ctx: DocContext) -> QuoteIndex:
    text, doc = ctx.text, ctx.doc
    spans = [q for q in scan_quotes(text) if word_count(text[q.start : q.end]) >= MIN_WORDS]
    outer = tuple((q.outer_start, q.outer_end) for q in spans)
    sp = Speakers(doc, outer, text)
    quotes: list[Quote] = []
    prev_end = -1
    ranked = ranking_active()
    for q in spans:
        first, last = _tokens_between(doc, q.start, q.end)
        if not _continues(text, prev_end, q.outer_start):
            sp.recent = None
        # the attributions the quotation's words give, in the rules' order: the first found
        # names the speaker (or nobody, when it is the platform the words were posted on)
        options = _attributions(sp, q, first, last, every=ranked) if last > first else []
        speaker = next((name for _how, name in options if name is not None), None)
        if prev_end < 0:
            # a quotation alone at the report's head: the person the next sentence names
            speaker = _lead_speaker(sp, text, q) or speaker
        if is_platform(speaker):  # never the platform the words were posted on
            speaker = None
        if speaker is None:
            speaker = _interviewee(sp, text, q.outer_start) or _labelled(sp, text, q.outer_start)
        if speaker is None:
            # a quotation left unattributed goes on from the last speaker, unless a person is
            # named since, in the quotation's paragraph or the one before ("Tom Baker disagreed.")
            since = max(prev_end, _previous_paragraph(text, q.outer_start))
            # (the previous speaker named again in the attribution of that quotation goes on)
            named = sp.last_person(q.outer_start)
            since_names = sp.persons_between(since, q.outer_start)
            if sp.recent is not None and since_names and since_names[-1] == sp.recent:
                speaker = sp.recent
            else:
                speaker = named if named and since_names else sp.recent
            if speaker is None and first > 0:
                # nobody named since: who spoke in the sentences just before on the quotation's
                # line ("The ministry said 20 people died. “Our teams are still at the site.”"),
                # or on the line before where it ends on a colon; a quotation alone on its line
                # after a full stop is a heading, whose speaker the text does not give
                line = text.rfind("\n", 0, q.outer_start) + 1
                before = text[: max(line - 1, 0)].rstrip()
                if not text[line : q.outer_start].strip() and before.endswith(":"):
                    line = before.rfind("\n") + 1
                speaker = sp.speaker_since(max(since, line), first)
        if ranked:
            speaker = choose("quote", q.start, quote_candidates(sp, speaker, options))
        quotes.append(Quote(speaker=speaker, text=text[q.start : q.end], span=Span(q.start, q.end)))
        sp.recent, prev_end = speaker, q.outer_end
    sp.recent = None
    # a paragraph left open takes the speaker named where the quotation goes on
    for i in range(len(quotes) - 2, -1, -1):
        if (
            quotes[i].speaker is None
            and not spans[i].closed
            and _continues(text, spans[i].outer_end, spans[i + 1].outer_start)
        ):
            quotes[i] = Quote(quotes[i + 1].speaker, quotes[i].text, quotes[i].span)
    return QuoteIndex(tuple(quotes), outer, sp, tuple(doc.sents))


# the label of an answer in an interview printed as questions and answers ("A: ...")
_ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s*$")
_QUESTION = re.compile(r"^[ \t]*(?:Q|Question)\s*[:.]", re.MULTILINE)


def _attributions(
    sp: Speakers, q: QuoteSpan, first: int, last: int, every: bool
) -> list[tuple[str, str | None]]:
    """The attributions the words around a quotation give (how, name), in the rules' order, up
    to the first that names someone (all of them with ``every``)."""
    doc, text = sp.doc, sp.text
    ways = []
    if _ATTRIBUTED.match(text, q.end):  # "...," X said: the attribution the quotation ends on
        ways.append(("after_attributed", lambda: _speaker_after(sp, doc, last, attributed=True)))
    ways += [
        ("dashed", lambda: _dashed(sp, doc, text, q.end)),
        ("before", lambda: _speaker_before(sp, doc, first)),
        ("parse", lambda: _speaker_by_parse(sp, doc, first, last) or None),
        ("after", lambda: _speaker_after(sp, doc, last)),
    ]
    out: list[tuple[str, str | None]] = []
    for how, find in ways:
        out.append((how, find()))
        if out[-1][1] is not None and not every:
            break
    return out


def quote_candidates(
    sp: Speakers, pick: str | None, options: list[tuple[str, str | None]]
) -> list[Candidate]:
    """The names a quotation's speaker may be: the rules' ``pick`` first, then every other name
    an attribution of the quotation gives (``options``: how, name), each with the attributions
    that give it (``via_before``: "X said: ..."; ``via_after``: "...," X said; ...)."""
    names = [pick] + [n for _how, n in options if n is not None and n != pick and not is_platform(n)]
    out = []
    for k, name in enumerate(dict.fromkeys(names)):
        feats = {
            "rule": float(k == 0),
            **{f"via_{how}": 1.0 for how, n in options if n == name and n is not None},
        }
        if name is None:
            feats["none"] = 1.0
        else:
            feats.update(sp.name_features(name))
        out.append(Candidate(name, feats))
    return out


def _interviewee(sp: Speakers, text: str, start: int) -> str | None:
    """The speaker of an answer in a question-and-answer interview ('Q: ...' / 'A: "..."'): the
    person the piece named last before its first question."""
    line = text.rfind("\n", 0, start) + 1
    answer = _ANSWER.match(text, line, start)
    if answer is None or answer.end() != start:
        return None
    first = _QUESTION.search(text, 0, line)
    if first is None:
        return None
    named = sp.last_person(first.start())
    if named is not None:
        return named
    # a name the tagger missed, in apposition before the first question ("Its director, Jane
    # Roe, spoke to us after ...")
    doc = sp.doc
    for t in reversed(doc[: _tokens_between(doc, 0, first.start())[1]]):
        if t.text == "," and t.i + 1 < len(doc):
            name = _signed_name(doc, text, t.i + 1)
            if name is not None:
                return name
    return None


# a line that opens on a speaker's name as its label, as transcripts print them ("Roe: ...")
_LABEL = re.compile(r"[ \t]*((?:[A-Z][\w'’.-]+[ \t]+){0,3}[A-Z][\w'’-]+)[ \t]*:[ \t]*$")


def _labelled(sp: Speakers, text: str, start: int) -> str | None:
    """The speaker of a quotation that opens a line after a name as its label ("Roe: “...”"),
    where the text names that person (never a label such as "Photo:" or a place)."""
    line = text.rfind("\n", 0, start) + 1
    m = _LABEL.match(text, line, start)
    if m is None or m.end() != start:
        return None
    return sp.person_named(m.group(1))


HEAD_CHARS = 160  # where a report's head ends: a headline and a dateline
# a dateline before the lead ("GOMA, March 20 - ", "KHARKIV, Ukraine, May 5 (Wire) - ")
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,[^\n,]{1,20}){0,3}(?:\s*\([^)\n]{1,20}\))?\s*[-\u2013\u2014]\s*")
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


def _lead_speaker(sp: Speakers, text: str, q: QuoteSpan) -> str | None:
    """The speaker of a quotation that stands alone at the head of a report, after a dateline
    at most, a paragraph of its own ('GOMA, March 20 - "..."'): the first person the next
    sentence names ("Those were the words of X", "For X, 19, the memory ..."); else None."""
    if q.outer_start > HEAD_CHARS:
        return None
    line = text.rfind("\n", 0, q.outer_start) + 1
    lead = text[line : q.outer_start]
    if lead.strip() and not _DATELINE.fullmatch(lead):
        return None
    nl = text.find("\n", q.outer_end)
    rest = text[q.outer_end : nl if nl >= 0 else len(text)]
    if rest.strip(" .") or nl < 0:
        return None  # the sentence goes on after the quotation
    start = len(text) - len(text[nl:].lstrip())
    end = _SENTENCE_END.search(text, start)
    names = sp.persons_between(start, end.end() if end else len(text))
    return names[0] if names else None


def _continues(text: str, prev_end: int, start: int) -> bool:
    """The previous quotation ends on this line or the paragraph before."""
    if prev_end < 0 or start - prev_end > 400:
        return False
    between = text[prev_end:start]
    if "\n" not in between:
        return True
    lines = [ln for ln in between.split("\n") if ln.strip()]
    return len(lines) <= 1 and (not lines or len(lines[0]) < 250)


def line_of(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The part of the sentence ``[start, end)`` on the line of ``at``, without outer spaces."""
    nl = text.rfind("\n", start, at)
    if nl >= 0:
        start = nl + 1
    nl = text.find("\n", at, end)
    if nl >= 0:
        end = nl
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _previous_paragraph(text: str, pos: int) -> int:
    """Where the paragraph before the one holding ``pos`` begins."""
    j = text.rfind("\n", 0, pos)
    while j >= 0 and text[j].isspace():
        j -= 1
    return text.rfind("\n", 0, j + 1) + 1 if j >= 0 else 0

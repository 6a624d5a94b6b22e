"""Who says something: the speaker of a quote, the accuser of an allegation, a responding party.

Built once per document (:class:`Speakers`), it resolves the subject of a speech verb to a name:
a named person or organisation when the text gives one ("said Jane Roe, a spokeswoman for the
ministry" → "Jane Roe"), the most recent person named before a "he"/"she", the organisation a
"the ministry said" refers back to, or else the subject's own noun phrase ("a local official").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cache
from math import log1p

from spacy.tokens import Doc, Span, Token

from harmwatch.extract.actors.names import ARMED_GROUPS
from harmwatch.extract.lang import load_pack
from harmwatch.extract.places.frames import locative_before
from harmwatch.extract.places.gazetteer import get_gazetteer, name_key
from harmwatch.extract.places.mentions import DATELINE, FACILITIES, cue_near
from harmwatch.extract.places.resolve import DIRECTION_OF
from harmwatch.extract.speech.speaker_ranking import MAX_MENTIONS, Candidate, choose, ranking_active
from harmwatch.extract.speech.speaker_words import (
    ALIAS_FRAME,
    ARMED_GROUP_NOUNS,
    BODY_NAME_WORDS,
    CALLING,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_NOUNS,
    GENERIC_ORG_NOUNS,
    GROUP_PRONOUNS,
    MALE_NOUNS,
    NAME_LABELS,
    ORG_NOUN_KIN,
    ORG_NOUNS,
    PAREN_ACRONYM,
    PARTY_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLACE_DWELLER_NOUNS,
    PLACING_PREPS,
    PLATFORMS,
    POSSESSIVE_PRONOUNS,
    PRESS_WORDS,
    PRONOUN_GENDERS,
    RELATIVE_PRONOUNS,
    RELAY_VERBS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SPELLED_OUT,
    SPOKES_NOUNS,
    STATE_NOUNS,
    SUB_BODY_NOUNS,
    SUBJECT_DEPS,
    TITLES,
    VOICE_NOUNS,
    acronym_span,
    clean_name,
    initials,
    strip_titles,
)

_MAX_PHRASE = 8
_SALIENT_WINDOW = 400  # chars back in which a person in subject position outranks a later one
_RANK_WINDOW = 1500  # chars back in which a name competes with the rules' pick in the ranking
_RANK_MAX = 6  # names at most besides the rules' pick


class Speakers:
    """Name resolution over one parsed document; ``excluded`` are char ranges (quotes) whose names
    never serve as antecedents of a pronoun. ``recent`` is the last speaker a caller resolved, the
    antecedent of "they" and of "the source said"."""

    def __init__(self, doc: Doc, excluded: Iterable[tuple[int, int]] = (), text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # ``doc.text`` rebuilds the string on each call
        # token indices of line breaks, to tell whether two tokens share a paragraph
        self._breaks = [t.i for t in doc if t.is_space and "\n" in t.text]
        self.recent: str | None = None
        self._sents: list[Span] = []  # the parse's sentences, listed on first need
        self._sent_starts: list[int] = []
        self._token_starts: list[int] = []  # token offsets, listed on first need
        self._names: set[str] | None = None  # the persons' names, listed on first need
        self._ent_of: dict[int, Span] = {}
        ranges = sorted(excluded)
        self._ranges = ranges
        persons: list[tuple[int, str, bool]] = []
        orgs: list[tuple[int, str, bool]] = []
        states: list[tuple[int, str]] = []  # countries named as a clause's subject
        self._acronyms: dict[str, str] = {}
        self._shorts: dict[str, str] = {}  # full name -> the acronym the text gives it in brackets
        self._affiliations: dict[str, str] = {}  # person -> the organisation they speak for
        self._gender: dict[str, str] = {}  # person -> "m"/"f" where a word beside the name says so
        self._spoken_of: set[int] = set()  # where persons are named only as the subject of another's words
        # name -> the spokesperson's titles the text gives it (``responses._titles``), found on first need
        self.titles: dict[str, tuple] = {}
        named: list[tuple[str, Span]] = []
        surnames_seen: set[str] = set()
        for ent in _described_persons(_joined_portfolios(doc)):
            if ent.label_ not in NAME_LABELS or is_platform(ent.text):
                continue
            if all(w.lower() in TITLES for w in ent.text.split()):
                continue  # "Brig" of "Brig. Gen. Jane Roe", cut off by its full stop: no name
            ent = _relabelled(ent, surnames_seen)
            if ent.label_ == "PERSON" and " " in ent.text.strip():
                surnames_seen.add(ent.text.split()[-1])
            for t in ent:
                self._ent_of[t.i] = ent
            if ent.label_ == "ORG":
                name = clean_name(ent.text)
                short = initials(name)
                if len(short) >= 2 and " " in name:
                    self._acronyms.setdefault(short, name)
            if _inside(ranges, ent.start_char):
                continue
            if ent.label_ == "PERSON":
                spoken_of = _spoken_of(ent)
                subject = _in_subject(ent) and not spoken_of
                if not subject and (_named_as_place(ent) or _building_hit(ent)):
                    continue  # a town the tagger took for a person: never a speaker found by nearness
                full = self._full_person(persons, ent.text)
                if spoken_of:
                    self._spoken_of.add(ent.start_char)
                persons.append((ent.start_char, full, subject))
                named.append((full, ent))
                gender = _gender_beside(ent)
                if gender and full not in self._gender:
                    self._gender[full] = gender
            elif ent.label_ == "GPE" and _in_subject(ent):
                states.append((ent.start_char, clean_name(ent.text)))
            elif ent.label_ == "ORG" and ent.text.lower() not in PLATFORMS:
                # (in "a UN agency said", the agency speaks, not the UN)
                part = ent.root.dep_ == "compound" and ent.root.head.lower_ in SUB_BODY_NOUNS
                subject = _in_subject(ent)
                if not subject and _building_hit(ent):
                    continue  # "the attack on the X Hotel": where it happened, never who speaks
                whole = whole_name(ent)
                orgs.append((whole.start_char, self.expand(clean_name(whole.text)), subject and not part))
        # a body's name the tagger missed: a run of capitalised words ending in a noun for a body
        # ("the Northern Resistance Front", "the Valley Defence Militia")
        for t in doc:
            if (
                t.pos_ == "PROPN"
                and t.is_title
                and (t.lower_ in ORG_NOUNS or t.lower_ in ARMED_GROUP_NOUNS)
                and t.i not in self._ent_of
                and not _inside(ranges, t.idx)
                and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN")
            ):
                name = self._proper_name(t)
                if len(name.split()) >= 2 and not any(w.lower() in TITLES for w in name.split()[:1]):
                    start = t.idx - (len(name) - len(t.text)) if name.endswith(t.text) else t.idx
                    orgs.append((start, name, t.dep_ in SUBJECT_DEPS))
                    short = initials(name)
                    if len(short) >= 2:
                        self._acronyms.setdefault(short, name)
        orgs.sort(key=lambda o: o[0])
        spelled = SPELLED_OUT.finditer(self.text) if PAREN_ACRONYM.search(self.text) else ()
        for m in spelled:  # "Full Name (FN)"
            full, short = " ".join(m.group(1).split()), m.group(2)
            words = full.split()
            n = acronym_span(words, short)
            if n and len(short) >= 2:
                full = " ".join(words[len(words) - n :])
                self._acronyms[short] = full  # (the text's own spelling wins over a guess)
                self._shorts.setdefault(full, short)
        self._learn_genders(named)
        # a name given after its bearer is described ("a herder who asked to be identified only
        # as X"): a person named there, whatever the tagger made of the name
        for start, name in self._aliases():
            if not any(p[0] == start for p in persons):
                persons.append((start, name, self._described_subject(start)))
        # a person's name the tagger missed or took for a body's, described by a "who" clause
        # ("Jane Roe, who runs the camp's clinic, said"), in subject position
        for t in doc:
            if t.pos_ != "PROPN" or t.dep_ not in SUBJECT_DEPS or not _described_by_who(t):
                continue
            tagged = self._ent_of.get(t.i)
            run = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t]
            if (
                (tagged is not None and tagged.label_ != "ORG")
                or len(run) < 2
                or any(w.lower_ in _BODY_WORDS or not w.is_title for w in run)
                or _inside(ranges, t.idx)
            ):
                continue
            start = run[0].idx
            if not any(p[0] == start for p in persons):
                persons.append((start, self._proper_name(t), True))
                orgs = [o for o in orgs if not start <= o[0] <= t.idx]
        # a surname alone the tagger missed ("Roe told reporters"), in subject position
        surnames = {p[1].split()[-1]: p for p in persons if " " in p[1]}
        if surnames:
            for t in doc:
                p = surnames.get(t.text)
                if (
                    p is not None
                    and (
                        t.dep_ in SUBJECT_DEPS or (t.i > 0 and "\n" in doc[t.i - 1].text)
                    )  # or opening a line
                    and t.i not in self._ent_of
                    and t.idx > p[0]
                    and not _inside(ranges, t.idx)
                ):
                    persons.append((t.idx, p[1], True))
        persons.sort(key=lambda p: p[0])
        self._persons = persons
        self._person_starts = [p[0] for p in persons]
        self._orgs = orgs
        self._states = states
        self._state_starts = [p[0] for p in states]
        self._org_starts = [o[0] for o in orgs]
        # unnamed people who speak ("a military spokesman said", "according to a senior officer"):
        # a later "he"/"she" refers back to them rather than to a person named before them
        self._voices = [t for t in doc if _is_voice(t) and not _inside(ranges, t.idx)]
        self._voice_starts = [t.idx for t in self._voices]
        # (after the bodies named are known: a role in "the group's" refers back to one)
        for full, ent in named:
            org = self._affiliation(ent)
            if org and full not in self._affiliations:
                self._affiliations[full] = org

    def _aliases(self) -> list[tuple[int, str]]:
        """The names the text gives in an alias frame (``ALIAS_FRAME``: "identified only as X",
        "who calls himself X", "who gave only her first name, X"), with where each begins,
        outside quotations."""
        return [
            (m.start("name"), clean_name(m.group("name")))
            for m in ALIAS_FRAME.finditer(self.text)
            if not _inside(self._ranges, m.start()) and clean_name(m.group("name"))
        ]

    def _described_subject(self, start: int) -> bool:
        """Whether the person an alias frame names at char ``start`` is described by a clause's
        subject ("A mother who gave her name as X said ..."): the clause holding the frame hangs
        on a noun in subject position."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        node = span[0] if span is not None and len(span) else None
        if node is not None and node.dep_ in SUBJECT_DEPS and node.head.lower_ in SPEECH_VERBS:
            return True  # (the parser made the name itself the subject of the speech verb)
        for _ in range(8):
            if node is None or node.head.i == node.i:
                return False
            if node.dep_ in ("relcl", "acl", "appos"):
                noun = node.head  # (a noun left as the root: the parser lost the sentence's verb)
                return noun.dep_ in SUBJECT_DEPS or (noun.dep_ == "ROOT" and noun.pos_ == "NOUN")
            node = node.head
        return False

    def _owned_body(self, ent: Span) -> str | None:
        """The organisation a possessive name owns, named right after it ("the Example
        Government's Ministry of Interior" → "Ministry of Interior"): the parser, taking the
        two names for one phrase, may make the owner the head that a verb's subject is."""
        doc = self.doc
        if ent.root.dep_ == "poss":
            return None  # the parse already reads the owner as such ("X's department opened")
        k = ent.end
        if ent[-1].lower_ not in ("'s", "’s"):
            if k >= len(doc) or doc[k].lower_ not in ("'s", "’s"):
                return None
            k += 1
        owned = self._ent_of.get(k)
        if owned is None or owned.label_ != "ORG" or owned.start != k or not owned.text[:1].isupper():
            return None  # (a name: never "X's internal affairs department")
        return self.expand(clean_name(owned.text))

    def _named_ahead(self, token: Token) -> str | None:
        """The name a body first described without one is given just after: "a regional rights
        group said ..." (indefinite) or a headline's "Army says ..." (no determiner, before the
        first line break), then named as a subject in that sentence or the two after it ("The
        Example Rights Centre said", "The Example Defence Force said"), by a name holding the
        noun, a kindred word or the noun's own describing noun ("rights")."""
        low = token.lower_
        if low not in ORG_NOUNS or low in DOCUMENT_NOUNS or self._parent_body(token) is not None:
            return None
        dets = [c.lower_ for c in token.children if c.dep_ == "det"]
        if any(c.dep_ == "prep" for c in token.children):
            return None  # "a group of residents"
        headline = not dets and (not self._breaks or token.i < self._breaks[0]) and token.is_title
        if not headline and dets not in (["a"], ["an"]):
            return None
        words = {low, *ORG_NOUN_KIN.get(low, ())} | {
            c.lower_ for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
        }
        k = self._sentence_at(token.i)
        last = self._sents[min(len(self._sents) - 1, k + 2)]
        end = last[-1].idx
        for start, name, subject in self._orgs[bisect_right(self._org_starts, token.idx) :]:
            if start > end:
                break
            if subject and any(w in words for w in name.lower().replace("-", " ").split()):
                return self.expand(name)
        return None

    def _alias(self, token: Token) -> str | None:
        """The name a described person is given in a clause hung on the noun ("a herder who
        asked to be identified only as X said", "the gang's leader, who calls himself X,")."""
        if token.pos_ != "NOUN" or self.entity(token) is not None:
            return None
        # (the clause may hang on the noun's "of" complement: "the mother of the bride, who gave
        # her name only as X")
        rights = [*token.rights]
        rights += [
            c
            for p in token.rights
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
            for c in o.rights
        ]
        for c in rights:
            if c.dep_ not in ("relcl", "acl", "appos"):
                continue
            start, end = c.left_edge.idx, c.right_edge.idx + len(c.right_edge)
            m = ALIAS_FRAME.search(self.text, start, end)
            if m is not None and not _inside(self._ranges, m.start()):
                return clean_name(m.group("name")) or None
        return None

    @staticmethod
    def _full_person(persons: list[tuple[int, str, bool]], name: str) -> str:
        """A surname alone ("Roe", "Mr Roe") stands for the full name given earlier ("Jane Roe")."""
        name = strip_titles(clean_name(name))
        words = name.split()
        for p in reversed(persons):
            full = p[1]
            fw = full.split()
            if len(fw) > len(words) and fw[-len(words) :] == words:
                return full
        return name

    def _learn_genders(self, named: list[tuple[str, Span]]) -> None:
        """The gender of a person the words beside the name leave open, from the personal pronoun
        that next follows the name, as a subject, in its sentence with no other person between
        ("Jane Roe left her office" → a woman), when every such pronoun agrees."""
        votes: dict[str, set[str]] = {}
        ends = sorted((ent.start, ent.end) for _, ent in named)
        for full, ent in named:
            if full in self._gender or not _in_subject(ent):
                continue  # (a pronoun after a name in object position is often the subject's)
            sent = ent.sent
            nxt = bisect_left(ends, (ent.end, -1))
            stop = min(sent.end, ends[nxt][0] if nxt < len(ends) else sent.end)
            for t in self.doc[ent.end : stop]:
                gender = PRONOUN_GENDERS.get(t.lower_)
                if gender and t.pos_ in ("PRON", "DET") and not _inside(self._ranges, t.idx):
                    if t.dep_ == "poss" and _clause_of(t).i != _clause_of(ent.root).i:
                        # a possessive in the words reported ("Jane Roe said his class had
                        # planted a tree") is most often another's: no vote
                        break
                    votes.setdefault(full, set()).add(gender)
                    break
        for full, found in votes.items():
            if len(found) == 1:
                self._gender[full] = next(iter(found))

    def affiliation(self, person: str | None) -> str | None:
        """The organisation a person named in the text works for ("Jane Roe, director at the
        Coastal Rights Centre" → "Coastal Rights Centre"), if the text says so."""
        return self._affiliations.get(person) if person else None

    def _affiliation(self, ent: Span) -> str | None:
        root = ent.root
        # "Jane Roe, director at X" / "Jane Roe of X" / "a spokesman for X, Jane Roe"
        places = [c for c in root.children if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of")]
        if root.dep_ == "appos" and root.head.lower_ in ROLE_NOUNS:
            places.append(root.head)
        for place in places:
            if place.dep_ == "appos" and place.lower_ not in ROLE_NOUNS and place.pos_ != "NOUN":
                continue
            for t in place.subtree:
                org = self._ent_of.get(t.i)
                if org is not None and org.label_ == "ORG" and not (ent.start <= t.i < ent.end):
                    return self.expand(clean_name(org.text))
            owner = self._body_owner(place)
            if owner:
                return owner
        for c in root.lefts:  # "Amnesty director Jane Roe", "Kremlin spokesman Jane Roe"
            if c.dep_ == "compound" and c.lower_ in ROLE_NOUNS:
                for t in c.subtree:
                    org = self._ent_of.get(t.i)
                    if org is not None and org.label_ == "ORG":
                        return self.expand(clean_name(org.text))
        return self._org_before_role(ent)

    def _body_owner(self, role: Token) -> str | None:
        """The body a role is held in when the text names it again by a common noun ("Jane Roe,
        the organisation's deputy director", "the group's researcher"): the organisation that
        noun refers back to."""
        if role.lower_ not in ROLE_NOUNS:
            return None
        for c in role.children:
            if (
                c.dep_ == "poss"
                and c.is_lower
                and c.lower_ in ORG_NOUNS
                and c.lower_ not in DOCUMENT_NOUNS
                and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
            ):
                return self._antecedent(c, 0)
        return None

    def _org_before_role(self, ent: Span) -> str | None:
        """The proper name written before a role noun and the titles before a person ("ABC
        Spokesperson Rear Adm. Jane Roe" → "ABC"), whatever the parse made of the words."""
        doc = self.doc
        k = ent.start - 1
        while k >= 0 and ent.start - k <= 4 and doc[k].lower_ not in ROLE_NOUNS:
            t = doc[k]
            if "\n" in t.text or not (t.lower_ in TITLES or t.is_title or t.text.endswith(".")):
                return None
            k -= 1
        if k < 1 or doc[k].lower_ not in ROLE_NOUNS:
            return None
        end = k
        start = end
        while start > 0 and end - start < 6:
            t = doc[start - 1]
            if "\n" in t.text or t.pos_ != "PROPN" or t.ent_type_ in ("PERSON", "GPE", "DATE"):
                break
            start -= 1
        if start == end:
            return None
        return self.expand(clean_name(self.text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]))

    def expand(self, name: str) -> str:
        """An acronym ("ICRC") as the organisation it stands for, when the text names it in full;
        a full name with the acronym the text gives it ("Full Name (FN)")."""
        if 2 <= len(name) <= 6 and name.isupper() and name in self._acronyms:
            return f"{self._acronyms[name]} ({name})"
        if " " in name and self._shorts:
            # "UN Office" of "UN Office in North Lakeland (UNONL)": the tagger cut the name at a
            # joining word
            cut = [
                f for f in self._shorts if f.startswith(name + " ") and f.split()[len(name.split())].islower()
            ]
            name = cut[0] if len(cut) == 1 else name
            short = self._shorts.get(name)
            if short and short not in name:
                return f"{name} ({short})"
        return name

    # --- antecedents ---------------------------------------------------------------------------
    def last_person(self, before: int, gender: str | None = None) -> str | None:
        """The person a "he"/"she" at ``before`` refers to: the last person named in subject
        position nearby, else the last one named; an unnamed speaker in subject position
        ("a police spokesman said") after that person wins. With ``gender`` ("m"/"f", the
        pronoun's), a person or voice the text marks as of the other gender is passed over."""
        at, name, subject = self._last_named_person(before, gender)
        k = bisect_left(self._voice_starts, before)
        # (a voice in subject position nearby outranks a person named only as an object or in
        # the words reported: "The farmer said his brother, Jane Roe, was shot")
        floor = at if subject else min(at, before - _SALIENT_WINDOW)
        while k and self._voice_starts[k - 1] > floor:
            voice = self._voices[k - 1]
            k -= 1
            if gender and _noun_gender(voice.lower_) not in (None, gender):
                continue
            found = self.name_of(voice, depth=1)
            if found:
                return found
            break
        return name

    def _agrees(self, name: str, gender: str | None) -> bool:
        return gender is None or self._gender.get(name) in (None, gender)

    def _last_named_person(self, before: int, gender: str | None = None) -> tuple[int, str | None, bool]:
        """Where the person a pronoun at ``before`` refers to is last named, the name, and
        whether that mention is a subject."""
        k = bisect_left(self._person_starts, before)
        if not k:
            return -1, None, False
        for j in range(k - 1, -1, -1):
            start, name, subject = self._persons[j]
            if before - start > _SALIENT_WINDOW:
                break
            if subject and self._agrees(name, gender):
                return start, name, True
        # the last person named, passing first over those named as the subject of another's
        # words ("He said the mayor, Jane Roe, had ordered ... “...,” he added")
        for spoken in (False, True):
            for j in range(k - 1, -1, -1):
                start, name, _ = self._persons[j]
                if (spoken or start not in self._spoken_of) and self._agrees(name, gender):
                    return start, name, False
        return self._persons[k - 1][0], self._persons[k - 1][1], False

    def person_named(self, name: str) -> str | None:
        """The person the text names whose name is ``name`` or ends with it ("Roe" for "Jane
        Roe"); ``None`` where the text names no such person."""
        words = strip_titles(clean_name(name)).split()
        if not words:
            return None
        for p in reversed(self._persons):
            if p[1].split()[-len(words) :] == words:
                return p[1]
        return None

    def same_paragraph(self, i: int, j: int) -> bool:
        """Whether no line break lies between tokens ``i`` and ``j``."""
        lo, hi = (i, j) if i < j else (j, i)
        k = bisect_left(self._breaks, lo)
        return k >= len(self._breaks) or self._breaks[k] >= hi

    def persons_between(self, start: int, end: int) -> list[str]:
        """The persons named between chars ``start`` and ``end``, in text order."""
        k = bisect_left(self._person_starts, start)
        j = bisect_left(self._person_starts, end)
        return [p[1] for p in self._persons[k:j]]

    def last_org(self, before: int, containing: str | None = None) -> str | None:
        """The organisation named last before ``before`` (whose name holds ``containing``); one
        named as a subject nearby ("Unicef, the children's agency, said ...") outranks an
        organisation only mentioned after it."""
        k = bisect_left(self._org_starts, before)
        last = None
        for j in range(k - 1, -1, -1):
            start, name, subject = self._orgs[j]
            if containing is not None and containing not in name.lower():
                continue
            if last is None:
                last = name
            if before - start > _SALIENT_WINDOW:
                break
            if subject:
                return self.expand(name)
        return self.expand(last) if last else None

    def entity(self, token: Token) -> Span | None:
        return self._ent_of.get(token.i)

    # --- subjects ------------------------------------------------------------------------------
    def subjects_of(self, verb: Token, depth: int = 0, skip: tuple[int, int] = (0, 0)) -> list[Token]:
        """The subject(s) of a verb, or of the verb it hangs from ("..., saying" → who says);
        tokens in the ``skip`` range (the quotation itself) are never the subject."""
        quoted = self._quoted_as_saying(verb, skip)
        if quoted is not None:
            return [quoted]
        subs = [
            c
            for c in (_subject_past_dateline(c) for c in verb.children if c.dep_ in SUBJECT_DEPS)
            if c is not None
            and not skip[0] <= c.i < skip[1]
            and not _in_dateline(c)
            and not is_platform(c.text)  # "a message on Facebook saying": the parse's subject
        ]
        if subs and all(not self.same_paragraph(c.i, verb.i) for c in subs):
            # a subject across a paragraph break: the parser ran a headline without a full stop
            # into the paragraph, whose opening name is the subject ("Attacks on hospitals\n\n
            # Physicians for Human Rights said ...")
            opener = self._paragraph_opener(verb)
            if opener is not None:
                ent = self.entity(opener)
                if (ent is not None and ent.label_ in ("PERSON", "ORG")) or (
                    ent is None and _long_proper_name(opener)
                ):
                    return [opener]
        if subs:
            return subs
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and not skip[0] <= verb.head.head.i < skip[1]:
            # "the agency quoted Jane Roe as saying ...": who is quoted speaks, not who quotes
            quoted = self._quoted_as_saying(verb.head.head, skip)
            if quoted is not None:
                return [quoted]
        if verb.lower_ == "according":
            for child in verb.children:
                if child.lower_ == "to":
                    objs = [o for o in child.children if o.dep_ == "pobj"]
                    if objs:
                        return objs
        # "said X" parsed with X as object or attribute
        for child in verb.children:
            if child.dep_ in ("dobj", "attr") and child.i > verb.i:
                ent = self.entity(child)
                if ent is not None and ent.label_ == "PERSON":
                    return [child]
        # "the 45-year-old asked" parsed with the age as the verb's modifier
        aged = [c for c in verb.children if c.i < verb.i and _aged(c) and _definite_age(c)]
        if aged:
            return aged
        head = verb.head
        if head.i != verb.i and not self.same_paragraph(head.i, verb.i):
            # the parser ran the paragraph on from the one before (no full stop at its end): the
            # noun that opens the paragraph, hung on a word before the break, is its subject
            opener = self._paragraph_opener(verb)
            return [opener] if opener is not None else []
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.lower_ in CALLING
            and head.dep_ == "ccomp"
            and head.head.lower_ in SPEECH_VERBS
            and head.head.i < head.i
        ):
            # "X said the army had targeted civilians, calling the strike ...": the parser hangs
            # the participle that names the act on the reported clause, but who calls it so is
            # who says it
            head = head.head
        if depth < 4 and head.i != verb.i and not skip[0] <= head.i < skip[1]:
            inherited = self.subjects_of(head, depth + 1, skip)
            # a subject borrowed from the clause above must be able to speak
            parties = [t for t in inherited if self.is_party(t)]
            if (
                not parties
                and verb.dep_ == "conj"
                and verb.lower_ in SPEECH_VERBS
                and head.dep_ == "ccomp"
                and head.head.lower_ in SPEECH_VERBS
                and not skip[0] <= head.head.i < skip[1]
            ):
                # "It said no troops were sent there and blamed ...": the parser hangs the second
                # speech verb on the reported clause, whose subject cannot speak; who blames is
                # who says
                parties = [t for t in self.subjects_of(head.head, depth + 2, skip) if self.is_party(t)]
            return parties
        return []

    def _quoted_as_saying(self, verb: Token, skip: tuple[int, int]) -> Token | None:
        """Who is quoted where a verb quotes a party "as saying" ("the agency quoted Jane Roe as
        saying", "X cited a local official, Jane Roe, as telling reporters"): the verb's object,
        never its subject (the outlet that passes the words on)."""
        if not _as_saying(verb):
            return None
        # (any noun: who is quoted speaks, "the head of the district, Jane Roe"; of two objects,
        # "an officer, Jane Roe", parsed side by side, the named person)
        quoted = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and not skip[0] <= c.i < skip[1]
            and (c.pos_ in ("NOUN", "PROPN") or self.is_party(c))
        ]
        return min(quoted, key=self._rank) if quoted else None

    def _paragraph_opener(self, verb: Token) -> Token | None:
        k = bisect_left(self._breaks, verb.i)
        start = self._breaks[k - 1] + 1 if k else 0
        for t in self.doc[start : verb.i]:
            if t.is_space or t.is_punct:
                continue
            if t.pos_ in ("PROPN", "NOUN") and t.head.i < start and self.is_party(t):
                return t
            if t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN"):
                return None
        return None

    def speaker_of_verb(self, verb: Token, skip: tuple[int, int] = (0, 0), depth: int = 0) -> str | None:
        token = self.speaker_token(verb, skip)
        return self.name_of(token, depth) if token is not None else None

    def speaker_token(self, verb: Token, skip: tuple[int, int] = (0, 0)) -> Token | None:
        """The token that names who speaks through ``verb``."""
        subs = self.subjects_of(verb, skip=skip)
        if not subs:
            # "..., SP Jane Roe, said that": the name just before the verb
            k = verb.i - 1
            while k >= 0 and self.doc[k].is_punct and "\n" not in self.doc[k].text:
                k -= 1
            if (
                k >= 0
                and self.doc[k].pos_ in ("PROPN", "NOUN")
                and self.is_party(self.doc[k])
                # (right before the verb only a person's name: "Jane Roe wrote on X:" parsed
                # with another subject the rules refuse)
                and (k < verb.i - 1 or self._is_person(self.doc[k]))
            ):
                return self.doc[k]
            return None
        # of two subjects ("spokesman Col. Jane Roe said"), the named person
        return min(subs, key=self._rank)

    def _is_person(self, token: Token) -> bool:
        ent = self.entity(token)
        return ent is not None and ent.label_ == "PERSON"

    def is_party(self, token: Token) -> bool:
        """Whether a subject can be a party that speaks, accuses or responds (not "the incident")."""
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            return False  # "no group has claimed responsibility"
        return (
            self.entity(token) is not None
            or token.pos_ == "PROPN"
            or token.lower_ in PERSON_PRONOUNS
            or token.lower_ in GROUP_PRONOUNS
            or token.lower_ in ("i", "you")
            or token.lower_ in PARTY_NOUNS
            or any(
                c.dep_ in ("appos", "compound", "poss") and self.entity(c) is not None for c in token.children
            )
        )

    def _rank(self, token: Token) -> int:
        ent = self.entity(token)
        if ent is not None and ent.label_ == "PERSON":
            return 0
        if token.pos_ == "PROPN":
            return 1
        return 2

    def name_of(self, token: Token, depth: int = 0) -> str | None:
        """The name a subject token stands for: the rules' pick (:meth:`_rule_name`), which for a
        word that refers back ("he", "it", "the ministry", "the official") competes with the
        other names given before it in the fitted ranking (:mod:`.speaker_ranking`)."""
        found = self._rule_name(token, depth)
        point = _point(token) if ranking_active() else None
        if point is None:
            return found
        return choose(point, token.idx, self.candidates(point, token, found))

    def _state_portfolio(self, token: Token) -> str | None:
        """ "X's minister of information", "X's defence minister", "X's foreign ministry": a state's
        office holder or body named by a portfolio, as written (the state alone would be the
        country, not its minister or ministry; the bare body would be any earlier one)."""
        low = token.lower_
        body = low in ORG_NOUNS and low not in DOCUMENT_NOUNS and low not in VOICE_NOUNS and token.is_lower
        if not (token.pos_ == "NOUN" and low in PERSON_NOUNS or token.pos_ in ("NOUN", "PROPN") and body):
            return None
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        ent = self.entity(owner) if owner is not None else None
        if owner is None or (ent is not None and ent.label_ == "PERSON"):
            return None
        if low not in PERSON_NOUNS and (ent is None or ent.label_ != "GPE"):
            return None  # (a body of a state only: "the group's media office" is the group's voice)
        start = owner.i  # the possessor's own words, never a dateline run into it ("CITY - X's")
        while start > 0 and self.doc[start - 1].dep_ == "compound" and self.doc[start - 1].pos_ == "PROPN":
            start -= 1
        end = token.i + 1
        for c in token.rights:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == end:
                end = c.right_edge.i + 1
        if end == token.i + 1 and not any(c.dep_ in ("compound", "amod") for c in token.lefts):
            return None  # "X's president": the state answers
        return clean_name(self.doc[start:end].text)

    # --- the ranking's candidates ----------------------------------------------------------------
    def candidates(self, point: str, token: Token, pick: str | None) -> list[Candidate]:
        """The names ``token`` may stand for at a ranked ``point``: the rules' ``pick`` first,
        then the other names of its kind (persons for "he" and "the official"; organisations and
        states for "it" and "the ministry") mentioned in the ``_RANK_WINDOW`` chars before it,
        the nearest first, and the last speaker."""
        at = token.idx
        gender = PRONOUN_GENDERS.get(token.lower_) if point == "person" else None
        personal = point in ("person", "person_noun")
        pool: list[tuple[int, str, bool, str]] = []  # start, name, subject, kind
        if personal:
            pool += [
                (p[0], p[1], p[2], "person") for p in self._persons[: bisect_left(self._person_starts, at)]
            ]
        else:
            pool += [
                (o[0], self.expand(o[1]), o[2], "org")
                for o in self._orgs[: bisect_left(self._org_starts, at)]
            ]
            pool += [(p[0], p[1], True, "state") for p in self._states[: bisect_left(self._state_starts, at)]]
        pool.sort(key=lambda m: m[0])
        mentions: dict[str, list[tuple[int, bool, str]]] = {}
        for start, named, subject, kind in pool:
            mentions.setdefault(named, []).append((start, subject, kind))
        names: list[str | None] = [pick]
        for start, earlier, _subject, _kind in reversed(pool):
            if at - start > _RANK_WINDOW or len(names) > _RANK_MAX:
                break
            if earlier not in names:
                names.append(earlier)
        if self.recent is not None and self.recent not in names:
            names.append(self.recent)
        affiliated = {self._affiliations.get(pick or "")} | {
            p for p, o in self._affiliations.items() if o == pick
        }
        out = []
        for k, name in enumerate(names):
            feats: dict[str, float] = {"rule": float(k == 0)}
            if name is None:
                feats["none"] = 1.0
                out.append(Candidate(None, feats))
                continue
            seen = mentions.get(name)
            feats.update(self._mention_features(at, token.i, seen) if seen else self.name_features(name))
            if seen and _is_town(name):
                feats["town"] = 1.0
            if name == self.recent:
                feats["recent"] = 1.0
            if gender is not None and name in self._gender:
                feats["agree"] = 1.0 if self._gender[name] == gender else -1.0
            if k and name in affiliated:
                feats["affiliated"] = 1.0
            if point == "org_noun" and not personal:
                # "the ministry" / "the group": a name that holds the noun or a kindred word, or
                # names an armed group where the noun is one for an armed group
                kin = (token.lower_, *ORG_NOUN_KIN.get(token.lower_, ()))
                if any(w in name.lower().split() for w in kin):
                    feats["kin"] = 1.0
                if token.lower_ in ARMED_GROUP_NOUNS and is_armed_group(name):
                    feats["armed"] = 1.0
            out.append(Candidate(name, feats))
        return out

    def name_features(self, name: str) -> dict[str, float]:
        """Features of a name by itself: a common noun phrase ("phrase": "a local official"), a
        name the text gives a person ("person") or none it tags ("unlisted"), a town ("town")."""
        feats: dict[str, float] = {}
        if name.islower():
            feats["phrase"] = 1.0
        elif name in self._person_names():
            feats["person"] = 1.0
        else:
            feats["unlisted"] = 1.0
        if _is_town(name):
            feats["town"] = 1.0
        return feats

    def _person_names(self) -> set[str]:
        if self._names is None:
            self._names = {p[1] for p in self._persons}
        return self._names

    def _mention_features(self, at: int, i: int, seen: list[tuple[int, bool, str]]) -> dict[str, float]:
        start, subject, kind = seen[-1]
        near = self._token_at(start)
        back = self._sentence_at(i) - self._sentence_at(near.i)
        first = self._sentence_at(self._token_at(seen[0][0]).i)
        return {
            kind: 1.0,
            "dist": min((at - start) / 400, 5.0),
            "sents": float(min(back, 5)),
            "same_sent": float(back == 0),
            "same_par": float(self.same_paragraph(near.i, i)),
            "subject": float(subject),
            "any_subject": float(any(m[1] for m in seen)),
            "speech": float(any(_speaks(self._token_at(m[0])) for m in seen[-3:])),
            "mentions": log1p(min(len(seen), MAX_MENTIONS)),
            "lead": float(first <= 2),
        }

    def _token_at(self, char: int) -> Token:
        if not self._token_starts:
            self._token_starts = [t.idx for t in self.doc]
        return self.doc[max(0, bisect_right(self._token_starts, char) - 1)]

    def _rule_name(self, token: Token, depth: int = 0) -> str | None:
        """The name a subject token stands for, by the rules."""
        low = token.lower_
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS or low in POSSESSIVE_PRONOUNS:
            bound = self._bound(token)  # "X said that he/it ...", "X, with its spokesman saying"
            if bound is not None:  # (a named subject of its own sentence: one level more)
                return self.name_of(bound, depth + 1) if depth < 3 else None
        if low in POSSESSIVE_PRONOUNS:
            low = POSSESSIVE_PRONOUNS[low]
        if low in PERSON_PRONOUNS:
            gender = PRONOUN_GENDERS.get(token.lower_)
            return self.last_person(token.idx, gender) or (
                self._untagged_person_before(token) if depth < 2 else None
            )
        if low in RELATIVE_PRONOUNS and token.head.dep_ == "relcl" and depth < 2:
            return self.name_of(token.head.head, depth + 1)
        if low in GROUP_PRONOUNS:
            # the body named as a subject in the sentences before, first by salience
            salient = self._salient(token) if depth < 2 else None
            found = self.name_of(salient, depth + 1) if salient is not None else None
            if low == "it":
                return found or self.last_org(token.idx) or self.recent or self._named_speaker_before(token)
            return self.recent or found or self.last_org(token.idx)
        if token.pos_ == "PRON":
            return None
        ent = self.entity(token)
        if ent is not None and ent.label_ == "PERSON":
            return self._full_person(self._persons_before(ent.start_char), whole_name(ent).text)
        if ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
            owned = self._owned_body(ent)  # "X's Ministry of Interior" parsed with X as the head
            if owned:
                return owned
        alias = self._alias(token)  # "a herder who asked to be identified only as X"
        if alias:
            return alias
        ahead = self._named_ahead(token)  # "a rights group said ... The Example Rights Centre said"
        if ahead:
            return ahead
        if (
            ent is None
            and token.pos_ == "PROPN"
            and any(
                c.dep_ == "compound" and (e := self.entity(c)) is not None and e.label_ == "PERSON"
                for c in token.children
            )
        ):
            return self._proper_name(token)  # "Mayor Jane Roe" with only "Mayor Jane" tagged
        # "a spokesman for the ministry, Jane Roe," / "the ministry's spokesman Jane Roe"
        person = self._person_in(
            t for c in token.children if c.dep_ in ("appos", "compound") for t in c.subtree
        )
        if person:
            return person
        apposed = self._apposed_org(token)  # "the children's agency, Unicef,": the name in apposition
        if apposed:
            return apposed
        if token.pos_ == "NOUN" and low in ORG_NOUNS:
            # "the UN mission in South Sudan, UNMISS,": the body's name, that the parser hung on
            # the place its noun is placed in (a place is never restated as an organisation)
            for p in token.children:
                for o in p.children if p.dep_ == "prep" else ():
                    place = self.entity(o)
                    if o.dep_ == "pobj" and place is not None and place.label_ in ("GPE", "LOC"):
                        apposed = self._apposed_org(o)
                        if apposed:
                            return apposed
        if ent is None and token.pos_ == "NOUN":
            for c in token.children:  # "the health minister, Jane Roe," (a name the tagger missed)
                if c.dep_ == "appos" and c.pos_ == "PROPN" and self.entity(c) is None:
                    return self._proper_name(c)
            if low in PERSON_NOUNS:  # "the minister in the government of X, Jane Roe," (appos misattached)
                names = [
                    t for t in token.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i > token.i
                ]
                if names and self.doc[names[-1].i + 1 : names[-1].i + 2].text in (",", ""):
                    return self._proper_name(names[-1])
        if ent is not None:
            return self.expand(clean_name(whole_name(ent).text))
        portfolio = self._state_portfolio(token) if token.is_lower else None
        if portfolio:  # (before a lower-case body word the tagger took for a name is read as one)
            return portfolio
        if token.pos_ == "PROPN" and not (token.is_lower and (_hyphenated(token) or low in PERSON_NOUNS)):
            # (a surname alone, untagged, as the full name given before; never the hyphenated
            # role the tagger took for a name: "director-general", "secretary-general")
            return self._full_person(self._persons_before(token.idx), self._proper_name(token))
        own = self._sub_body_name(token)  # "the UN refugee agency" ... "UNHCR's spokesperson"
        if own:
            return own
        if (
            token.pos_ == "NOUN"
            and token.is_lower
            and low in SUB_BODY_NOUNS
            and any(c.dep_ == "compound" and c.lower_ in PRESS_WORDS for c in token.children)
        ):
            for c in token.children:  # "the group's media office": the group speaks through it
                ent = self.entity(c)
                if c.dep_ == "poss" and ent is not None and ent.label_ == "ORG":
                    return self.expand(clean_name(ent.text))
        titled = self._titled_before(token)  # "the UN envoy" after "UN envoy Jane Roe"
        if titled:
            return titled
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if _aged(token) and (definite or _definite_age(token)):
            # "the 52-year-old said": the person given that age ("Jane Roe, 52,"), else the
            # person in the news
            return self._of_age(token) or self.recent or self.last_person(token.idx)
        if definite and low in STATE_NOUNS:  # "the country said": a state named as a subject
            k = bisect_left(self._state_starts, token.idx)
            if k and token.idx - self._state_starts[k - 1] <= 2 * _SALIENT_WINDOW:
                return self._states[k - 1][1]
        # "a statement quoting Colonel Jane Roe said": a person anywhere in the subject
        person = self._person_in(
            t for t in token.subtree if not _placed(token, t) and not _in_relative(token, t)
        )
        if person:
            return person
        for child in token.children:
            # "the Amnesty report", "a UN spokesman", "the country's Channel Nine broadcaster"
            ent = self.entity(child)
            if (
                child.dep_ == "compound"
                and ent is not None
                and ent.label_ != "PERSON"
                and not _common_body(ent)
            ):
                return self.expand(clean_name(ent.text))
            if child.dep_ == "compound" and ent is None and child.pos_ == "PROPN" and low in ORG_NOUNS:
                return self._proper_name(child)
        portfolio = self._state_portfolio(token)
        if portfolio:
            return portfolio
        for child in token.children:
            # "their statement", "the council's statement"
            if child.dep_ == "poss" and depth < 2:
                return self.name_of(child, depth + 1)
        # "the official", "our correspondent", "the father-of-three"
        mods = _modifiers(token)
        if low in DOCUMENT_NOUNS:  # "the report, published on Monday, said": a clause describes it
            mods = [c for c in mods if c.dep_ not in ("acl", "relcl")]
        bare = bool(mods) and all(c.lower_ in ("the", "our") for c in mods)
        # "the statement issued by X", "a report released by X": the author named by the agent
        # (any word for what was said or written: "reports issued by X", "a video released by X")
        # (never a body's own noun: "the administration set up by X" speaks for itself)
        a_body = low in ORG_NOUNS and low not in DOCUMENT_NOUNS and low not in VOICE_NOUNS
        if depth < 2 and token.pos_ == "NOUN" and low not in PERSON_NOUNS and not a_body:
            for c in token.children:
                # "a ministry statement quoted by the agency": the agency only passes it on
                if c.dep_ == "acl" and c.lower_ not in RELAY_VERBS:
                    for a in c.children:
                        if a.dep_ == "agent":
                            for o in a.children:
                                if o.dep_ == "pobj" and self.is_party(o):
                                    return self.name_of(o, depth + 1)
        if (low in VOICE_NOUNS or low in DOCUMENT_NOUNS) and depth < 2:
            for c in token.children:  # "a statement from X", "a communique by X", "a report by X"
                if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                    for o in c.children:
                        if o.dep_ == "pobj" and self.is_party(o) and o.lower_ not in PLATFORMS:
                            return self.name_of(o, depth + 1)
            # "a defence ministry statement said": the author named by its noun compounds
            author = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
            if author and low not in PERSON_NOUNS:
                first = author[0].left_edge
                return clean_name(self.text[first.idx : author[-1].idx + len(author[-1])]) or None
        # "a statement said", "a spokesperson said": an unnamed voice of the organisation in
        # the news (never a place, date or platform: last_org holds organisations only)
        voice = bool(mods) and all(c.lower_ in ("a", "an") for c in mods) and low in VOICE_NOUNS
        if voice:
            # the body that spoke in the sentences just before ("The army said ... Asked about
            # the boy, a spokesman said"), else the last speaker, else the last organisation
            # (in its paragraph: never a headline's subject)
            salient = self._salient(token) if depth < 2 else None
            if salient is not None and self._kind(salient)[1] and self.same_paragraph(salient.i, token.i):
                found = self.name_of(salient, depth + 1) or self.recent or self.last_org(token.idx)
            else:
                found = self.recent or self.last_org(token.idx)
            if found:
                return found
        # "the human rights organization", "the UN-backed body": a definite description whose
        # other words only describe it refers back like "the organization"
        described = (
            not bare
            and (low in ORG_NOUNS or low in ARMED_GROUP_NOUNS)
            and any(c.lower_ == "the" for c in mods)
            and all(
                c.lower_ == "the"
                or (c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and self.entity(c) is None)
                or _creed(c, low)
                for c in mods
            )
        )
        if (bare or described) and (low in ORG_NOUNS or low in PERSON_NOUNS or low in ARMED_GROUP_NOUNS):
            found = self._antecedent(token, depth)
            if found:
                return found
        if bare and (low in VOICE_NOUNS or low in GENERIC_ORG_NOUNS) and depth < 2:
            # "X said in a message ... the message said": who said the words the noun names;
            # "This was reported by the mayor, X. ... the report says": who spoke last
            found = (
                (self._same_noun_before(token, depth) if low in VOICE_NOUNS else None)
                or self.recent
                or self.last_speaker(token)
            )
            if found:
                return found
        body = self._body_of_voice(token) if depth < 2 else None
        if body:
            return body
        return self.phrase(token)

    def _body_of_voice(self, token: Token) -> str | None:
        """An unnamed voice of a body ("a ministry spokesman", "an army official") that the text
        names in full elsewhere, as that name with the voice's noun ("Zarvian Defence Ministry
        spokesman")."""
        low = token.lower_
        if token.pos_ != "NOUN" or not (low in PERSON_NOUNS or low in VOICE_NOUNS):
            return None
        nouns = [c for c in token.lefts if c.dep_ == "compound"]
        named = self.entity(nouns[0]) if nouns else None
        if (
            len(nouns) != 1
            or nouns[0].lower_ not in ORG_NOUNS
            or (named is not None and not _common_body(named))
        ):
            return None
        noun = nouns[0].lower_
        for word in (noun, *ORG_NOUN_KIN.get(noun, ())):
            org = self.last_org(token.idx, containing=word)
            if org and org.lower() != noun:
                return f"{org} {token.text}"
        # (a body the tagger did not take for a name: "the Kestran military")
        org = self._named_kin_before(token, (noun, *ORG_NOUN_KIN.get(noun, ())))
        return f"{org} {token.text}" if org else None

    def _bound(self, pronoun: Token) -> Token | None:
        """The subject a pronoun refers to within its sentence: the named subject of a clause
        above the pronoun's own ("The office called for an inquiry, with its spokesman saying",
        "Roe said that he blamed ..."), of the pronoun's kind (a person for "he", a body for
        "it"/"they"); ``None`` when the sentence has none (the antecedent is then sought before)."""
        personal = pronoun.lower_ in PERSON_PRONOUNS or pronoun.lower_ in ("his", "her")
        own = pronoun.head.i if pronoun.dep_ in SUBJECT_DEPS else None
        node = pronoun
        for _ in range(8):
            if node.head.i == node.i:
                return None
            via, node = node, node.head
            if node.i == own or node.pos_ not in ("VERB", "AUX"):
                continue
            # a possessive in a phrase set before the clause's subject looks ahead to it ("In its
            # report, the commission concluded ...")
            fronted = pronoun.dep_ == "poss" and via.dep_ == "prep" and via.i < node.i
            for c in node.children:
                if c.dep_ not in SUBJECT_DEPS or c.pos_ == "PRON":
                    continue
                if c.i >= pronoun.i and not (fronted and via.i < c.i < node.i):
                    continue
                ent = self.entity(c)
                is_person = (
                    (ent is not None and ent.label_ == "PERSON")
                    or c.lower_ in PERSON_NOUNS
                    or (ent is None and c.pos_ == "PROPN" and c.lower_ not in ORG_NOUNS)
                )
                is_body = (ent is not None and ent.label_ in ("ORG", "GPE", "NORP")) or (
                    ent is None and c.lower_ in ORG_NOUNS
                )
                if (personal and is_person and not is_body) or (not personal and is_body):
                    return c
                return None  # the nearest named subject above is of the other kind
        return None

    def _sentence_at(self, i: int) -> int:
        """The index in ``self._sents`` of the sentence holding token ``i`` (the parse's sentences
        listed on first need)."""
        if not self._sents:
            self._sents = list(self.doc.sents)
            self._sent_starts = [s.start for s in self._sents]
        return bisect_left(self._sent_starts, i + 1) - 1

    def _untagged_person_before(self, pronoun: Token) -> str | None:
        """The person a "he"/"she" refers to when the text names no person before it: the last
        proper name in subject position in its sentence or the three before that the tagger left
        untagged or took for an organisation, and whose words name no kind of body ("Amira Nouri
        lost two sons ... she said"; never "the Valdora Red Crescent", whose words name a body)."""
        k = self._sentence_at(pronoun.i)
        for j in range(k, max(-1, k - 4), -1):
            for t in reversed(self._sents[j]):
                if t.i >= pronoun.i or t.dep_ not in SUBJECT_DEPS or t.pos_ != "PROPN":
                    continue
                if _inside(self._ranges, t.idx):
                    continue
                ent = self.entity(t)
                if ent is not None and ent.label_ != "ORG":
                    continue
                words = ent if ent is not None else [c for c in t.lefts if c.dep_ == "compound"] + [t]
                if len(words) < 2 or any(
                    w.lower_ in _BODY_WORDS or w.pos_ != "PROPN" and w.lower_ != "the" for w in words
                ):
                    continue
                return self.expand(clean_name(ent.text)) if ent is not None else self._proper_name(t)
        return None

    def _titled_before(self, token: Token) -> str | None:
        """The person a definite role ("the envoy", "the UN envoy") names: the last person the
        text gave that role before ("UN envoy Jane Roe", "Jane Roe, the envoy,")."""
        low = token.lower_
        if (
            not (
                token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower
            )  # ("the bishop" tagged PROPN)
            or low not in PERSON_NOUNS | ROLE_NOUNS
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        ):
            return None
        same = SPOKES_NOUNS if low in SPOKES_NOUNS else {low}
        for k in range(token.i - 1, -1, -1):
            t = self.doc[k]
            if t.lower_ not in same or _inside(self._ranges, t.idx):
                continue
            # "envoy Jane Roe" (the name right after the role, past titles, whatever the parse)
            m = k + 1
            if m < len(self.doc) and self.doc[m].text == ",":
                m += 1  # "the army's spokesman, Brig. Gen. Jane Roe"
            while (
                m < len(self.doc)
                and m - k <= 5
                and (
                    self.doc[m].lower_ in TITLES
                    or self.doc[m].text == "."
                    and self.doc[m - 1].lower_ in TITLES
                )
            ):
                m += 1
            ent = self.entity(self.doc[m]) if m < len(self.doc) else None
            if ent is not None and ent.label_ == "PERSON" and ent.start == m:
                return self._full_person(self._persons_before(ent.start_char), ent.text)
            for near in (t.head, *t.children):
                ent = self.entity(near)
                if (
                    ent is not None
                    and ent.label_ == "PERSON"
                    and (near.i == t.head.i and t.dep_ in ("compound", "appos") or near.dep_ == "appos")
                ):
                    return self._full_person(self._persons_before(ent.start_char), ent.text)
        return None

    def _named_speaker_before(self, pronoun: Token) -> str | None:
        """What an "it" refers to when no body is named before it: the named subject of a speech
        verb in the sentences before (up to three), whatever the tagger took it for ("it" is never
        a person, so a name it gave a person's label names a body)."""
        k = self._sentence_at(pronoun.i)
        for j in range(k - 1, max(-1, k - 4), -1):
            for t in self._sents[j]:
                if (
                    t.dep_ in SUBJECT_DEPS
                    and t.head.lower_ in SPEECH_VERBS
                    and (self.entity(t) is not None or t.pos_ == "PROPN")
                    and not _inside(self._ranges, t.idx)
                ):
                    ent = self.entity(t)
                    return self.expand(clean_name(ent.text)) if ent is not None else self._proper_name(t)
        return None

    def _kind(self, token: Token) -> tuple[bool, bool]:
        """Whether a subject names a person, and whether it names a body (organisation, state,
        force: "the ministry", "police", "officials")."""
        ent = self.entity(token)
        person = (ent is not None and ent.label_ == "PERSON") or (
            ent is None
            and (token.lower_ in PERSON_NOUNS or (token.pos_ == "PROPN" and token.lower_ not in ORG_NOUNS))
        )
        body = (ent is not None and ent.label_ in ("ORG", "GPE", "NORP")) or (
            ent is None and token.lower_ in ORG_NOUNS
        )
        return person and not body, body

    def _salient(self, pronoun: Token) -> Token | None:
        """The body an "it"/"they" opening a clause refers to: the first subject that names a
        body in each of the sentences before (up to three, the nearest first), outside quotations."""
        k = self._sentence_at(pronoun.i)
        before = range(k - 1, max(-1, k - 4), -1)
        subjects = [
            t
            for j in before
            for t in self._sents[j]
            if t.dep_ in SUBJECT_DEPS
            and t.pos_ != "PRON"
            and not _inside(self._ranges, t.idx)
            and self.is_party(t)
        ]
        # who spoke last, unless a person; else the first body named as a subject
        for t in subjects:
            if t.head.lower_ in SPEECH_VERBS and not self._kind(t)[0]:
                return t
        return next((t for t in subjects if self._kind(t)[1]), None)

    def last_speaker(self, token: Token) -> str | None:
        """Who spoke last before ``token`` in the sentences before it (up to three): the agent
        of a passive speech verb ("this was reported by the mayor, X") or its party subject."""
        k = self._sentence_at(token.i)
        for j in range(k - 1, max(-1, k - 4), -1):
            for t in reversed(self._sents[j]):
                if (
                    t.lower_ not in SPEECH_VERBS
                    or t.pos_ not in ("VERB", "AUX")
                    or _inside(self._ranges, t.idx)
                ):
                    continue
                for a in t.children:
                    if a.dep_ == "agent":
                        for o in a.children:
                            if o.dep_ == "pobj" and self.is_party(o):
                                return self.name_of(o, 2)
                subject = self.speaker_token(t)
                if subject is not None and subject.pos_ != "PRON" and self.is_party(subject):
                    return self.name_of(subject, 2)
        return None

    def speaker_since(self, since: int, before: int) -> str | None:
        """Who speaks through the last speech verb outside quotations between char ``since`` and
        token ``before`` (a party named as its subject, or the agent of a passive one)."""
        for t in reversed(self.doc[:before]):
            if t.idx < since:
                break
            if t.lower_ not in SPEECH_VERBS or t.pos_ not in ("VERB", "AUX") or _inside(self._ranges, t.idx):
                continue
            subject = self.speaker_token(t)
            if subject is not None and subject.pos_ != "PRON" and self.is_party(subject):
                found = self.name_of(subject, 1)
                if found and not is_platform(found):
                    return found
        return None

    def _antecedent(self, token: Token, depth: int) -> str | None:
        """What "the ministry"/"the official" refers back to."""
        low = token.lower_
        if low in ORG_NOUNS:
            org = self.last_org(token.idx, containing=low)
            if org:
                return org
        unnamed: list[str] = []  # the fuller phrases of the noun met before with no name
        found = self._same_noun_before(token, depth, unnamed)
        if found:
            return found
        found = self._antecedent_of_kind(token)
        return found or (unnamed[0] if unnamed else None)

    def _antecedent_of_kind(self, token: Token) -> str | None:
        """What "the army"/"the group"/"the report"/"the official" refers back to where the same
        noun names nobody before it: a body of its kind, the last speaker, the last person."""
        low = token.lower_
        if low in ORG_NOUNS:  # "the army" after "... Defence Forces": an organisation of its kind
            for word in ORG_NOUN_KIN.get(low, ()):
                org = self.last_org(token.idx, containing=word)
                if org:
                    return org
            # "the force" after "the Riverland police", a name the tagger did not take for one
            org = self._named_kin_before(token, ORG_NOUN_KIN.get(low, [low]))
            if org:
                return org
        if low in ARMED_GROUP_NOUNS:  # "the Islamist group" after "Al-Example": an armed group
            org = self._armed_group_before(token.idx)
            if org:
                return org
        if low in DOCUMENT_NOUNS:  # "the report states": whoever was said to publish it
            found = self.recent or self.last_speaker(token)
            if found:
                return found
        if low in GENERIC_ORG_NOUNS:
            # (the last speaker only where a body: "the agency said" after a person's quotation
            # refers back to a body named before)
            recent = self.recent if self.recent not in self._person_names() else None
            return recent or self.last_org(token.idx) or self._proper_subject_before(token)
        if low in PERSON_NOUNS:
            return self._named_since_recent(token) or self.recent or self.last_person(token.idx)
        return None

    def _apposed_org(self, token: Token) -> str | None:
        """The organisation's name set in apposition to ``token`` ("the agency, Unicef,"): a
        child the tagger gives an ORG of its own, headed by that child."""
        for c in token.children:
            named = self.entity(c)
            if c.dep_ in _APPOS and named is not None and named.label_ == "ORG" and named.root.i == c.i:
                return self.expand(clean_name(named.text))
        return None

    def _named_since_recent(self, token: Token) -> str | None:
        """The person "the official"/"the father" refers to where another than the last speaker
        was named since that speaker's last mention as the subject of a clause nearby ("Jane Roe
        said ... “…,” Roe said. The camp's doctor, John Doe, said ... “…,” the official said"):
        the newer subject, the more salient (of the noun's gender where it has one)."""
        if self.recent is None:
            return None
        at, name, subject = self._last_named_person(token.idx, _noun_gender(token.lower_))
        if not subject or name is None or name == self.recent:
            return None
        k = bisect_left(self._person_starts, token.idx)
        last = max((p[0] for p in self._persons[:k] if p[1] == self.recent), default=-1)
        j = bisect_left(self._org_starts, token.idx)
        last = max(
            last, max((o[0] for o in self._orgs[:j] if self.recent in (o[1], self.expand(o[1]))), default=-1)
        )
        return name if last < at else None

    def _armed_group_before(self, before: int) -> str | None:
        """The armed group an "the group"/"the militia" at char ``before`` refers back to: of the
        organisations named in the ``_RANK_WINDOW`` chars before it that are armed groups (a name
        of the actors pack's list, or one whose words name an armed group: "... Resistance
        Front"), the most mentioned, the latest on a tie."""
        k = bisect_left(self._org_starts, before)
        count: dict[str, int] = {}
        last: dict[str, int] = {}
        for j in range(k - 1, -1, -1):
            start, name, _subject = self._orgs[j]
            if before - start > _RANK_WINDOW:
                break
            if is_armed_group(name):
                count[name] = count.get(name, 0) + 1
                last.setdefault(name, start)
        if not count:
            return None
        return self.expand(max(count, key=lambda n: (count[n], last[n])))

    def _named_kin_before(self, token: Token, nouns: Iterable[str]) -> str | None:
        """The last body named before ``token`` by one of ``nouns`` with a proper name or a
        people's adjective before it ("the Riverland police", "the Kestran air force")."""
        words = set(nouns)
        for k in range(token.i - 1, max(-1, token.i - _BACK_TOKENS), -1):
            t = self.doc[k]
            if t.lower_ not in words or t.pos_ not in ("NOUN", "PROPN") or _inside(self._ranges, t.idx):
                continue
            if self._parent_body(t) is not None:
                continue  # "a UN agency": a part of the UN, not a name
            mods = [c for c in t.lefts if c.dep_ in ("compound", "amod") and _proper(c)]
            if mods:
                return clean_name(self.text[self.doc[mods[0].left_edge.i].idx : t.idx + len(t)]) or None
        return None

    def _proper_subject_before(self, token: Token) -> str | None:
        """The last proper name that was a clause's subject before ``token``, in the paragraph
        or the one before: "the organisation" after "Orlen Watch has documented ...", where
        the tagger did not take the name for an organisation's."""
        for k in range(token.i - 1, max(-1, token.i - _BACK_TOKENS), -1):
            t = self.doc[k]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or _inside(self._ranges, t.idx):
                continue
            ent = self.entity(t)
            if ent is None or ent.label_ == "ORG":
                return self._proper_name(t)
            return None  # the last subject named a person or a place: no body to refer back to
        return None

    def _same_noun_before(self, token: Token, depth: int, unnamed: list[str] | None = None) -> str | None:
        low = token.lower_
        # the same noun met before: "a police official told ..." ... "the official said"
        if depth < 2:
            for k in range(token.i - 1, max(-1, token.i - 400), -1):
                t = self.doc[k]
                if t.lower_ == low and not _inside(self._ranges, t.idx):
                    beside = self._named_beside(t)  # "Jane Roe, a local farmer" ... "the farmer said"
                    if beside:
                        return beside
                    verb = t.head.head
                    if t.dep_ == "pobj" and t.head.lower_ in ("in", "via") and verb.lower_ in SPEECH_VERBS:
                        # "X said in a statement ..." ... "the statement said": X
                        found = self.speaker_of_verb(verb, depth=depth + 1)
                        if found:
                            return found
                    found = self.name_of(t, depth + 1)
                    if found and found == self._parent_body(t):
                        continue  # "a UN agency" names a part of the UN, not which agency
                    if found and found.lower() == low and low not in PERSON_NOUNS and t.dep_ != "poss":
                        # "X issued a statement" ... "the statement said": who issued it (never
                        # who speaks for the noun's owner: "the ministry's spokesman, X, said")
                        verb = t.head if t.head.pos_ in ("VERB", "AUX") else t.head.head
                        found = (
                            self.speaker_of_verb(verb, depth=depth + 1)
                            if verb.pos_ in ("VERB", "AUX")
                            else None
                        )
                    if found and (
                        low in PERSON_NOUNS or found.lower() not in (low, (self.phrase(t) or "").lower())
                    ):
                        return found
                    if found and found.lower() != low and unnamed is not None:
                        unnamed.append(found)  # (a body's noun met before with no name: a last resort)
        return None

    def _of_age(self, old: Token) -> str | None:
        """The person "the 45-year-old" refers to: the last name before it given that age in
        apposition ("Jane Roe, 45, lost ..." / "Jane Roe (45)"), whatever the tagger made of
        the name."""
        age = self.doc[old.i - 3]
        if not age.like_num:
            age = self.doc[old.i - 4]
        for k in range(old.i - 5, 1, -1):
            t = self.doc[k]
            if t.text != age.text or k + 1 >= len(self.doc) or self.doc[k + 1].text not in (",", ")"):
                continue
            if self.doc[k - 1].text not in (",", "(") or _inside(self._ranges, t.idx):
                continue
            name = self.doc[k - 2]
            if name.pos_ == "PROPN" and name.is_title:
                ent = self.entity(name)
                if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE"):
                    return self._full_person(self._persons_before(ent.start_char), ent.text)
                return self._proper_name(name)
        return None

    def _parent_body(self, token: Token) -> str | None:
        """The body that a noun for a part of one ("agency", "office", "body") says it belongs
        to: "the UN refugee agency", "a UN agency", "the UN children's agency" → "UN"."""
        if token.pos_ != "NOUN" or not token.is_lower or token.lower_ not in SUB_BODY_NOUNS:
            return None  # (never "the Riverland Water Agency", a name)
        for t in self.doc[token.left_edge.i : token.i]:
            ent = self.entity(t)
            if ent is not None and ent.label_ in ("ORG", "GPE") and ent.end <= token.i:
                return self.expand(clean_name(ent.text))
        return None

    def _sub_body_name(self, token: Token) -> str | None:
        """The name of a body described as a part of another ("the UN refugee agency warned"):
        an organisation named in the sentence, the one before or the one after whose name
        begins with its parent's ("UNHCR"), else ``None``."""
        parent = self._parent_body(token)
        if parent is None:
            return None
        k = self._sentence_at(token.i)
        lo = self._sents[max(0, k - 1)].start
        hi = self._sents[min(len(self._sents) - 1, k + 1)].end
        found = {
            self.expand(clean_name(e.text))
            for e in self.doc[lo:hi].ents
            if e.label_ == "ORG" and not (e.start <= token.i < e.end)
        }
        # (an acronym the tagger left untagged, possessive included: "UNICEF´s director")
        found |= {
            clean_name(t.text) for t in self.doc[lo:hi] if t.pos_ == "PROPN" and clean_name(t.text).isupper()
        }
        own = sorted(n for n in found if n != parent and n.startswith(parent) and n[len(parent) :].isupper())
        if len(own) == 1:
            return own[0]
        if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            # "The WHO said ... “...,” the UN agency said": the body other than the parent named
            # as a subject in the sentence before refers to the same body
            start = self._sents[max(0, k - 1)][0].idx
            subjects = [
                self.expand(name)
                for at, name, subject in self._orgs[bisect_left(self._org_starts, start) :]
                if at < token.idx and subject and name != parent and not _inside(self._ranges, at)
            ]
            if subjects and len(set(subjects)) == 1:
                return subjects[0]
        return None

    def _named_beside(self, noun: Token) -> str | None:
        """The name a common noun stands beside as its apposition or compound: "Jane Roe, a local
        farmer" and "aid group Mercy Bridge" name who a later "the farmer", "the aid group" is."""
        head = noun.head
        if noun.dep_ not in ("appos", "compound") or head.i == noun.i or head.pos_ != "PROPN":
            return None
        ent = self.entity(head)
        if ent is not None and ent.label_ not in ("PERSON", "ORG"):
            return None
        return self.name_of(head, depth=2)

    def _proper_name(self, token: Token) -> str:
        """A proper name the tagger left out: the token with its proper-noun compounds."""
        start = token.i
        while start > 0:
            before = self.doc[start - 1]
            if before.dep_ == "case" and start > 1 and _in_name_possessor(self.doc[start - 2], token):
                start -= 2  # "People's" of "South Sudan People's Defence Forces": a word of the name
                continue
            if before.dep_ != "compound" or before.head.i > token.i or "\n" in before.text:
                break
            start -= 1
        start = _hyphen_part(self.doc, start, -1)  # "Jamaat-ul-" of "Jamaat-ul-Mizan Front"
        text = self.text[self.doc[start].idx : token.idx + len(token)]
        return self.expand(strip_titles(clean_name(text)))

    def _persons_before(self, start: int) -> list[tuple[int, str, bool]]:
        k = bisect_left(self._person_starts, start)
        return self._persons[:k]

    def _person_in(self, tokens: Iterable[Token]) -> str | None:
        for t in tokens:
            ent = self.entity(t)
            if ent is not None and ent.label_ == "PERSON":
                return self._full_person(self._persons_before(ent.start_char), ent.text)
        return None

    def phrase(self, token: Token) -> str | None:
        """The subject's noun phrase, cut before a comma or relative clause ("a local official")."""
        start = token.left_edge.i
        end = token.i + 1
        for t in token.rights:
            if t.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos") or t.is_punct:
                break
            if t.dep_ in ("prep", "npadvmod") and any(w.ent_type_ in ("DATE", "TIME") for w in t.subtree):
                break  # "a dissident faction on Wednesday": the day is no part of the name
            end = t.right_edge.i + 1
        if end - start > _MAX_PHRASE:
            end = start + _MAX_PHRASE
        toks = [t for t in self.doc[start:end] if not t.is_space]
        dashes = [
            k
            for k, t in enumerate(toks)
            if t.text in _DASHES and t.whitespace_ and k and toks[k - 1].whitespace_
        ]
        if dashes:  # "POPAYAN, Colombia - A dissident faction": a dateline runs up to its dash
            toks = toks[dashes[-1] + 1 :]
        while toks and (
            toks[0].lower_ in DETERMINERS or toks[0].lower_ in ("its", "their") or toks[0].is_punct
        ):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].lower_ in RELATIVE_PRONOUNS):
            toks = toks[:-1]
        if not toks:
            return None
        text = self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]
        return clean_name(text) or None


# words in the name of a body (never of a person): organisation, party and state nouns, the words
# an organisation's name uses for them, and other words that name a body in a proper name (the pack's)
_BODY_WORDS = (
    ORG_NOUNS
    | STATE_NOUNS
    | GENERIC_ORG_NOUNS
    | frozenset(w for words in ORG_NOUN_KIN.values() for w in words)
    | BODY_NAME_WORDS
)


def _in_name_possessor(word: Token, head: Token) -> bool:
    """Whether a possessive word is a word of the proper name it stands in ("People's Defence
    Forces", "Attorney General's Office"): a capitalised proper noun, no place, people or person
    the tagger names, that possesses a word of the name."""
    return (
        word.dep_ == "poss"
        and word.pos_ == "PROPN"
        and word.is_title
        and word.ent_type_ not in ("GPE", "NORP", "PERSON", "LOC")
        and word.head.i <= head.i
        and head.is_title
    )


# a dash standing alone between words: no noun phrase runs across it (a dateline's ends there)
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})

# the gender a personal pronoun gives its antecedent


def _point(token: Token) -> str | None:
    """Which ranked choice a word that refers back calls for: "person" ("he", "his"), "group"
    ("it", "their"), "person_noun" ("the official"), "org_noun" ("the ministry"); else ``None``."""
    low = token.lower_
    low = POSSESSIVE_PRONOUNS.get(low, low)
    if low in PERSON_PRONOUNS and token.pos_ in ("PRON", "DET"):
        return "person"
    if low in GROUP_PRONOUNS and token.pos_ in ("PRON", "DET"):
        return "group"
    if token.pos_ != "NOUN":
        return None
    mods = _modifiers(token)
    if not any(c.lower_ == "the" for c in mods) or not all(
        c.lower_ == "the"
        or (c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN") and not c.ent_type_)
        or _creed(c, low)
        for c in mods
    ):
        return None  # (only "the" and describing words: "the official", "the armed group")
    if low in PERSON_NOUNS:
        return "person_noun"
    if low in ORG_NOUNS or low in ARMED_GROUP_NOUNS:
        return "org_noun"
    return None


_PORTFOLIO = re.compile(r"\b(?:Ministry|Department|Office|Secretariat)\s+(?:of|for)\s+[A-Z]")


def _joined_portfolios(doc: Doc) -> list[Span]:
    """The document's entities, an organisation's name the tagger cut short made whole
    (:func:`_with_head`), a ministry of two portfolios that the tagger split in two made
    one again ("Ministry of Defence" + "and" + "Veterans Affairs" → "Ministry of Defence and
    Veterans Affairs"): an organisation named "Ministry/Department/Office of X" followed, past
    "and", by an organisation or a run of capitalised words."""
    ents = list(doc.ents)
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            ent.label_ == "ORG"
            and nxt is not None
            and nxt.label_ == "ORG"
            and nxt.start == ent.end + 1
            and doc[ent.end].lower_ == "and"
            and _PORTFOLIO.search(ent.text)
            and all(t.is_title or t.lower_ in ("of", "and", "for") for t in nxt)
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            k += 2
            continue
        named = _past_dateline(ent)
        if named is not None:
            out.append(_with_possessor(_with_head(named)))
        k += 1
    return _joined_modifiers(out)


def _described_persons(ents: list[Span]) -> list[Span]:
    """The entities with the persons a role in apposition describes made persons: a name set
    beside a person noun ("the city's mayor, Jane Roe," / "The church's pastor, Rev. Jane Roe,")
    that the tagger took for an organisation or a place, or left untagged, is a person's, where
    its words are capitalised and none names a kind of body."""
    if not ents:
        return ents
    doc = ents[0].doc
    out: list[Span] = []
    for ent in ents:
        if ent.label_ != "PERSON" and _beside_role(ent.root, after=False) and _person_like(list(ent)):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    tagged = {t.i for ent in ents for t in ent}
    for t in doc:
        if t.i in tagged or t.pos_ != "PROPN" or not _beside_role(t):
            continue
        words = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t]
        while words and (words[0].lower_ in TITLES or words[0].lower_.rstrip(".") in TITLES):
            words = words[1:]
        if len(words) < 2 or words[-1].i - words[0].i != len(words) - 1:
            continue
        if any(w.i in tagged for w in words) or not _person_like(words):
            continue
        out.append(Span(doc, words[0].i, t.i + 1, label="PERSON"))
    out.sort(key=lambda e: e.start)
    return out


def _beside_role(root: Token, after: bool = True) -> bool:
    """Whether a name stands in apposition to a lower-case person noun, after it ("the mayor,
    X") or, with ``after``, before it ("X, a lawyer": only for a name the tagger left untagged;
    one it took for an organisation may be one, "X, a rights group's representative")."""
    doc = root.doc
    head = root.head
    if (
        root.dep_ == "appos"
        and head.i < root.i
        and _role_noun(head)
        and doc[root.left_edge.i - 1 : root.left_edge.i].text == ","
    ):
        return True
    return after and any(
        c.dep_ == "appos"
        and c.i > root.i
        and _role_noun(c)
        and doc[c.left_edge.i - 1 : c.left_edge.i].text == ","
        for c in root.children
    )


def _role_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.is_lower and token.lower_ in PERSON_NOUNS


def _person_like(words: list[Token]) -> bool:
    """Two or more capitalised words, none a word that names a body."""
    return len(words) >= 2 and all(w.is_title and w.lower_ not in _BODY_WORDS for w in words)


def _joined_modifiers(ents: list[Span]) -> list[Span]:
    """Entities the tagger cut out of the organisation's name they stand in, joined to it:
    "Islamic" + "State" + "West Africa Province" → "Islamic State West Africa Province" (each
    part, capitalised, modifies a word of the part after it, and one part is an organisation)."""
    out = list(ents)
    k = len(out) - 2
    while k >= 0:
        a, b = out[k], out[k + 1]
        if (
            a.end == b.start
            and "PERSON" not in (a.label_, b.label_)
            and "ORG" in (a.label_, b.label_)
            and a.root.dep_ in ("compound", "amod", "nmod")
            and b.start <= a.root.head.i < b.end
            and all(t.is_title or t.is_upper for t in a)
        ):
            out[k : k + 2] = [Span(a.doc, a.start, b.end, label="ORG")]
        k -= 1
    return out


def _with_possessor(ent: Span) -> Span:
    """An organisation's name that opens on a possessive word of the name ("General's Office"),
    with the words before it that the tagger left out ("Attorney General's Office"): capitalised
    proper nouns, untagged, that modify the possessive word."""
    doc = ent.doc
    first = doc[ent.start]
    if ent.label_ != "ORG" or first.dep_ != "poss" or not any(c.dep_ == "case" for c in first.children):
        return ent
    start = ent.start
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i == first.i
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label="ORG")


def _past_dateline(ent: Span) -> Span | None:
    """An organisation's name the tagger ran on from a line's dateline ("BEIRUT - Human Rights
    Watch") as the name after the dateline; ``None`` where one word is left ("BEIRUT - Rockets":
    a sentence's first word, capitalised by its place, names no body)."""
    doc = ent.doc
    if ent.label_ != "ORG" or (ent.start and "\n" not in doc[ent.start - 1].text):
        return ent
    m = DATELINE.match(ent.text)
    if m is None or m.end() >= len(ent.text):
        return ent
    rest = doc.char_span(ent.start_char + m.end(), ent.end_char, label="ORG", alignment_mode="contract")
    return rest if rest is not None and len(rest) >= 2 else None


def _with_head(ent: Span) -> Span:
    """An organisation's name whose last word the tagger left out, given back: the capitalised
    proper noun right after the name that all its words modify ("the Independent Investigative"
    + "Mechanism"), untagged."""
    doc = ent.doc
    end = ent.end
    if ent.label_ != "ORG" or end >= len(doc):
        return ent
    head = doc[end]
    if head.pos_ != "PROPN" or not head.is_title or head.ent_type_ or ent.root.head.i != end:
        return ent
    if head.lower_ in PERSON_NOUNS or head.lower_ in ROLE_NOUNS or head.lower_ in TITLES:
        return ent  # "the NAF Director": a role in the body, not the body's name
    return Span(doc, ent.start, end + 1, label="ORG")


def _creed(word: Token, noun: str) -> bool:
    """Whether a modifier is a people's or creed's adjective before a noun for an armed group
    ("the Islamist group", "the jihadist militia"): it only describes the group, which the
    text named before."""
    return word.dep_ == "amod" and word.ent_type_ == "NORP" and noun in ARMED_GROUP_NOUNS


@cache
def _armed_group_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p, _name in ARMED_GROUPS))


def is_armed_group(name: str) -> bool:
    """Whether an organisation's name names an armed group: one of the actors pack's armed
    groups (case as written), or a name one of whose words is a noun for an armed group
    ("Northern Resistance Front", "Valley Defence Militia")."""
    if _armed_group_pattern().fullmatch(name.removeprefix("the ")):
        return True
    words = name.split()
    return len(words) >= 2 and any(w.lower() in ARMED_GROUP_NOUNS and w[:1].isupper() for w in words[1:])


def _named_as_place(ent: Span) -> bool:
    """Whether the words around ``ent`` make it a place, as the place stage reads them ("the
    village of X", "X district", "east of X"), whatever the tagger labelled it."""
    text = ent.doc.text
    return (
        cue_near(ent) is not None
        or DIRECTION_OF.search(text, max(0, ent.start_char - 40), ent.start_char) is not None
    )


def _building_hit(ent: Span) -> bool:
    """Whether ``ent`` names a building (its last word a facility's: "X Hotel", "X Market") after
    a word that makes it where something happened ("the attack on", "struck", "at")."""
    return ent[-1].lower_ in FACILITIES and locative_before(ent.doc.text, ent.start_char)


def _is_town(name: str) -> bool:
    """Whether ``name`` is the name of a town or region (never a speaker; a country may be)."""
    if not name[:1].isupper() or (name.isupper() and len(name) < 4):
        return False  # (never an acronym: "UN" is also a town)
    key = name_key(name)
    found = get_gazetteer().lookup(name, fuzzy=False)
    return (
        any(p.kind != "country" for p in found)
        and not any(p.kind == "country" for p in found)
        and any(name_key(p.name) == key for p in found)
    )


def _described_by_who(token: Token) -> bool:
    """Whether a noun is described by a relative clause whose subject is "who" (a person)."""
    return any(
        c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in SUBJECT_DEPS for g in c.children)
        for c in token.children
    )


def _speaks(token: Token) -> bool:
    """Whether a name's token is (in) the subject of a speech verb."""
    node = token
    if node.dep_ in ("compound", "appos", "poss") and node.head.i != node.i:
        node = node.head
    return node.dep_ in SUBJECT_DEPS and node.head.lower_ in SPEECH_VERBS


def _noun_gender(word: str) -> str | None:
    """The gender ("m"/"f") of a word that only names a man or a woman ("husband", "Mrs", "spokeswoman")."""
    return "m" if word in MALE_NOUNS else "f" if word in FEMALE_NOUNS else None


def _gender_beside(ent: Span) -> str | None:
    """The gender the words beside a person's name give: a title or noun just before it ("Mrs
    Jane Roe", "her husband, Omar", "spokeswoman Jane Roe"), its own first word, or a noun in
    apposition ("Omar, her husband,", "Jane Roe, a mother of three,")."""
    doc = ent.doc
    root = ent.root
    near = [doc[ent.start]]
    k = ent.start - 1
    while k >= 0 and ent.start - k <= 3 and doc[k].text in (",", ".", "-"):
        k -= 1
    if k >= 0:
        near.append(doc[k])
    if root.dep_ == "appos":
        near.append(root.head)
    near += [c for c in root.children if c.dep_ == "appos"]
    for t in near:
        gender = _noun_gender(t.lower_)
        if gender:
            return gender
    return None


_DASHES = frozenset({"-", "--", "—", "–"})


def _placed(noun: Token, word: Token) -> bool:
    """Whether ``word`` stands in a phrase that places ``noun`` ("a resident of X", "a nurse in X"):
    what the placing preposition governs is a place, even when the tagger takes an unfamiliar town
    for a person's name."""
    node = word
    while node.i != noun.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.head.i == noun.i:
            prep = node.head.lower_
            return prep in PLACING_PREPS or (prep == "of" and noun.lower_ in PLACE_DWELLER_NOUNS)
        node = node.head
    return False


def _long_proper_name(token: Token) -> bool:
    """Whether ``token`` opens a proper name of two capitalised words or more, linking words
    aside ("Physicians for Human Rights"), never one capitalised word ("Antipersonnel mines")."""
    doc = token.doc
    words = 0
    k = token.i
    while k < len(doc) and (doc[k].is_title or doc[k].lower_ in ("for", "of", "the", "and") and words):
        words += doc[k].is_title
        k += 1
    return token.pos_ == "PROPN" and words >= 2 and doc[k - 1].is_title


def _in_relative(noun: Token, word: Token) -> bool:
    """Whether ``word`` stands in a relative clause on ``noun`` ("a trader who fled to X", "a
    woman whose son, Jon Roe, died"): what it names is not the noun."""
    node = word
    while node.i != noun.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False


# how far back a definite noun looks for the body it refers to (a few sentences)
_BACK_TOKENS = 120


def _proper(word: Token) -> bool:
    """A proper name or a people's adjective ("Zarvian") before a noun."""
    return word.pos_ == "PROPN" or (
        word.pos_ == "ADJ" and word.text[:1].isupper() and word.i > word.sent.start
    )


# prepositions after which a town's name is a place ("in", "near", "at", ...: the actors pack's)
_PLACE_PREPS = load_pack("en").words("actors", "frame_place_preps") | load_pack("en").words(
    "actors", "frame_target_preps"
)
# entities whose words are never part of a proper name beside them ("Monday Islamic State said")
_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_TITLE_WORDS = TITLES | PERSON_NOUNS | ROLE_NOUNS  # words of a title, never of the name beside it
_APPOS = frozenset({"appos", "npadvmod"})  # the parser gives a name between commas either


def _relabelled(ent: Span, surnames: set[str]) -> Span:
    """An entity with the label its place in the text gives it where the tagger's is wrong: a
    "person" in apposition to an organisation noun ("the children's agency, Unicef,") is an
    organisation; a "place" or "organisation" that is the surname of a person named before
    ("Jane Alwan ... Alwan said") is that person."""
    root = ent.root
    if ent.label_ == "PERSON" and root.dep_ in _APPOS and root.head.lower_ in ORG_NOUNS and len(ent) == 1:
        return Span(ent.doc, ent.start, ent.end, label="ORG")
    if ent.label_ != "PERSON" and len(ent) == 1 and root.dep_ in _APPOS and root.head.lower_ in PERSON_NOUNS:
        # a name in apposition to a noun for a person ("his widow, Salma,"): that person
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    if ent.label_ != "PERSON" and len(ent) == 1 and ent.text in surnames:
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    if (
        ent.label_ == "PERSON"
        and len(ent) == 1
        and ent.text not in surnames
        and (root.dep_ in ("compound", "nmod") or root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS)
        and _is_town(ent.text)
    ):
        # a town's name alone that the tagger took for a person's, where it names a place: a
        # noun's modifier ("Bomb blast at Lakeport camp", "a Lakeport resident") or after a
        # preposition of place ("in Lakeport"); never the antecedent of "she said" (a name that
        # is also a first name stays a person's where it speaks: "Victoria said")
        return Span(ent.doc, ent.start, ent.end, label="GPE")
    return ent


def is_platform(name: str | None) -> bool:
    """Whether ``name`` names a platform a statement is posted on ("Telegram", "Twitter/X"),
    which is never who speaks."""
    parts = [p for p in (name or "").lower().replace("/", " ").split() if p]
    return bool(parts) and all(p in PLATFORMS for p in parts)


def _subject_past_dateline(subject: Token) -> Token | None:
    """A subject the parser found in a dateline, with the line's real subject hung on it as its
    apposition ("HARLOW, Feb 8 - Kora claimed ...": "Kora"), or on the agency's
    name the dateline gives: that apposition; a dateline's subject without one is ``None``, any
    other subject itself."""
    node: Token | None = subject
    while node is not None and _in_dateline(node):  # "CITY, Feb 8 (Agency) - X": through the agency
        node = next((c for c in node.children if c.dep_ == "appos"), None)
    return node


def _in_dateline(token: Token) -> bool:
    """Whether ``token`` is in a dateline ("CITY, Country (AFP) - ..."): the short, verbless
    opening of its line, cut off by a dash."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text and token.i - start < 10:
        start -= 1
    for k in range(token.i + 1, min(len(doc), start + 12)):
        t = doc[k]
        if t.text in _DASHES and t.whitespace_ and doc[k - 1].whitespace_:
            return not any(x.pos_ in ("VERB", "AUX") for x in doc[start:k])
        if "\n" in t.text:
            break
    return False


def _in_subject(ent: Span) -> bool:
    """Whether a named entity is (part of) a clause's subject; a name in apposition right before
    a speech verb ("The group's director, Jane Roe, said") is, whatever the parse made of the
    words before it."""
    root = ent.root
    doc = ent.doc
    return (
        any(t.dep_ in SUBJECT_DEPS for t in ent)
        or (
            root.dep_ in ("appos", "npadvmod", "compound", "poss")
            and root.head.dep_ in SUBJECT_DEPS
            # (never the possessor of a person: in "Jane Roe's widow said", the widow speaks)
            and not (root.dep_ == "poss" and root.head.lower_ in PERSON_NOUNS)
            # (a name hung on another person's name is another person, in a clause that
            # describes the subject: "Jane Roe, who lost her cousin John in the strike, said")
            and not (root.head.ent_type_ == "PERSON" and root.head.i not in range(ent.start, ent.end))
        )
        or (root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS)  # "X and Y brokered"
        or (
            # "a trader named Jane Roe said": the name a participle gives the subject noun
            root.dep_ == "oprd"
            and root.head.dep_ == "acl"
            and root.head.tag_ == "VBN"
            and root.head.head.dep_ in SUBJECT_DEPS
        )
        or (
            root.dep_ == "appos"
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == ","
            and doc[ent.end + 1].lower_ in SPEECH_VERBS
            and doc[ent.end + 1].pos_ in ("VERB", "AUX")
        )
    )


def _spoken_of(ent: Span) -> bool:
    """Whether a name is the subject of words another is reported to say, or of a clause that
    describes another ("She said her supervisor, Jane Roe, had sent everyone out", "The farmer
    said his brother, Jane Roe, was shot", "Jane Roe, whose son John Roe was killed, said"): the
    one who speaks is the reporting verb's subject, and the one spoken of no subject a later
    "she said" refers to."""
    t = ent.root
    for _ in range(6):
        if t.dep_ == "relcl":
            # "Jane Roe, whose son John Roe was killed, said": the clause describes its noun
            return any(w.lower_ == "whose" for w in t.subtree)
        if t.dep_ == "ccomp":
            verb = t.head
            return verb.lower_ in SPEECH_VERBS and any(
                c.dep_ in SUBJECT_DEPS and not ent.start <= c.i < ent.end for c in verb.children
            )
        if t.head is t or t.dep_ in ("ROOT", "advcl"):
            return False
        t = t.head
    return False


def _clause_of(token: Token) -> Token:
    """The verb of the clause a token stands in (the sentence's root where none is above it)."""
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            return node
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return node


def _is_voice(token: Token) -> bool:
    """An unnamed person who speaks: a person noun ("spokesman", "officer") that is the subject of
    a speech verb or the object of "according to", with no name of its own."""
    if token.lower_ not in PERSON_NOUNS or token.pos_ != "NOUN" or token.ent_type_:
        return False
    if any(c.ent_type_ == "PERSON" for c in token.subtree):
        return False
    if token.dep_ in SUBJECT_DEPS:
        return token.head.lower_ in SPEECH_VERBS
    if token.dep_ == "dobj" and _as_saying(token.head):  # "the report quoted a witness as saying"
        return True
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _common_body(ent: Span) -> bool:
    """Whether an entity is only a lower-case body noun the tagger took for a name ("an army
    spokesman"): no name of its own."""
    return len(ent) == 1 and ent[0].is_lower and ent[0].lower_ in ORG_NOUNS


def _as_saying(verb: Token) -> bool:
    """Whether a verb quotes its object "as saying" ("quoted a witness as saying")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lower_ in SPEECH_VERBS for g in c.children)
        for c in verb.children
    )


def _aged(token: Token) -> bool:
    """``old`` in "the 52-year-old": a person described by age."""
    doc = token.doc
    i = token.i
    return (
        token.lower_ == "old"
        and i >= 3
        and doc[i - 1].text == "-"
        and doc[i - 2].lower_ in ("year", "years")
        and (doc[i - 3].like_num or (doc[i - 3].text == "-" and i >= 4 and doc[i - 4].like_num))
    )


def _definite_age(old: Token) -> bool:
    """``old`` in "the 45-year-old" (not "a 45-year-old"), however the parse hung "the"."""
    doc = old.doc
    k = old.i - 3 if doc[old.i - 3].like_num else old.i - 4
    return k > 0 and doc[k - 1].lower_ == "the"


def _modifiers(token: Token) -> list[Token]:
    """The words that modify a noun: its children less punctuation, the possessive marker ("'s"
    of "the group's spokesman", which makes "the group" the owner, no modifier of it) and the words
    hyphenated to it (:func:`_hyphenated`)."""
    return [c for c in token.children if c.dep_ not in ("punct", "case") and not _hyphenated(c)]


def _name_part(t: Token, person: bool = False) -> bool:
    """A word that may stand in a proper name beside a tagged one: a capitalised proper noun (no
    title of the pack's, no date or number; in a person's name never an acronym ("PM", "MP") nor
    a word the tagger gives another name: "Air Commodore" of "Air Commodore Jane Roe")."""
    return (
        (t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.dep_ == "compound"))  # ("Islamic" of "Islamic State")
        and t.is_alpha
        and (t.is_title or (t.is_upper and not person))
        and not (person and t.ent_type_)
        and t.lower_ not in _TITLE_WORDS
        and t.ent_type_ not in _NOT_NAME_ENTS
    )


def _hyphen_part(doc: Doc, i: int, step: int) -> int:
    """The farthest token (in the direction ``step``) of the hyphen-joined parts of a name beyond
    token ``i`` ("Tehreek-e-" before "Taliban", "-al-Sham" after "Ansar"): each joined with no
    space, the farthest one capitalised; ``i`` itself where none is ("anti-" is no name part)."""
    end = j = i
    while 0 <= j + 2 * step < len(doc):
        dash, part = doc[j + step], doc[j + 2 * step]
        first = part if step < 0 else doc[j]  # (the earlier word: no space after it, nor the dash)
        if dash.text != "-" or first.whitespace_ or dash.whitespace_ or not part.is_alpha:
            break
        if part.lower_ in _TITLE_WORDS:
            break
        j += 2 * step
        if part.is_title or part.is_upper:
            end = j
    return end


def whole_name(ent: Span) -> Span:
    """A tagged name widened to the whole proper name the small model often cuts ("Sahel
    Province" of "Islamic State Sahel Province", "Taliban Pakistan" of "Tehreek-e-Taliban
    Pakistan"): the proper nouns the parse joins to it as compounds or flat parts, the parts
    joined to it by hyphens, and "of" and a proper name after it ("State of Iraq"); never across
    a comma, a verb, a line break or a title word. A person's name takes no "of" ("Jane Roe of
    the X Fund": where she works)."""
    doc = ent.doc
    person = ent.label_ == "PERSON"
    start, end = ent.start, ent.end
    moved = True
    while moved:
        moved = False
        hyph = _hyphen_part(doc, start, -1)
        if hyph < start:
            start, moved = hyph, True
            continue
        if start > 0:
            t = doc[start - 1]
            if _name_part(t, person) and t.dep_ in ("compound", "flat") and start <= t.head.i < end:
                start, moved = start - 1, True
                continue
        hyph = _hyphen_part(doc, end - 1, 1)
        if hyph > end - 1:
            end, moved = hyph + 1, True
            continue
        if end < len(doc):
            t = doc[end]
            joined = any(
                doc[k].head.i == t.i and doc[k].dep_ in ("compound", "flat") for k in range(start, end)
            )
            if _name_part(t, person) and joined:
                end, moved = end + 1, True
                continue
            # "of" after the name, or the last word of it ("the Holy Army of" tagged without its place)
            of = t if t.lower_ == "of" else doc[end - 1] if doc[end - 1].lower_ == "of" else None
            objs = [c for c in of.children if c.dep_ == "pobj"] if of is not None and not person else []
            if (
                of is not None
                and objs
                and start <= of.head.i < end
                and objs[0].i >= end
                and all(_name_part(w) for w in doc[of.i + 1 : objs[0].i + 1])
            ):
                end, moved = objs[0].i + 1, True
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def _hyphenated(token: Token) -> bool:
    """``of`` in "father-of-three" (or "father of three"): a word joined to its head by hyphens,
    or "of" and a number, which only describe a person."""
    doc = token.doc
    if token.lower_ == "of" and token.dep_ == "prep":
        objs = [c for c in token.children if c.dep_ == "pobj"]
        if objs and all(o.like_num and not list(o.children) for o in objs):
            return True
    return token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_


def _inside(ranges: list[tuple[int, int]], pos: int) -> bool:
    k = bisect_left(ranges, (pos, 1 << 62)) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]

"""Group events into incidents: each event joins its best-scoring candidate incident or starts one.

Public API (pure, no I/O)::

    Linker(threshold: float = LINK_THRESHOLD)
        .add(ev: EventRef) -> str          # the incident key the event joins (new or existing)
        .assign(ev: EventRef, key: str)    # put an event into a known incident without scoring
                                           # (reload links kept in a database, then .add new events)
        .incidents() -> list[Incident]     # in order of creation
    link_all(events: Iterable[EventRef], threshold: float = LINK_THRESHOLD) -> list[Incident]
        relink everything from scratch (``harmwatch link --rebuild``); the result does not depend
        on the input order: events are linked by date (precise dates first), then document id.
    incident_key(ev: EventRef) -> str      # "inc-" + 20 hex digits, from the event that founds it

Deterministic: for one input order, the same keys and groups every time. Two events of one
document never join the same incident (a report describing two attacks describes two incidents).
A newcomer must cohere with every member (``coherent``), not only score against the profile; where
there is no date to compare (it gives no incident date, or no member does) it must also bring
``strong_evidence`` from one member (the same main place and type family with tolls that agree,
or an agreeing place and two specific details), so a date elsewhere moving by a day never opens
such a join.
An unclassified event (a report no language pack read: ``Event.unclassified``) is not scored: it
joins an incident only where it is a ``strong_match`` of one of the incident's classified members
(and coherent with all of them), a classified event joins an incident of unclassified events
only on the same test, and an unclassified event adds nothing to its incident's profile, so
nothing else ever joins through it (no chain).
Cost per event is bounded by the blocking caps, so linking n events is O(n).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np

from harmwatch.link.blocking import BlockIndex, day_interval
from harmwatch.link.similarity import (
    LINK_THRESHOLD,
    EventFeatures,
    IncidentProfile,
    coherent,
    features,
    has_incident_date,
    score,
    strong_evidence,
    strong_match,
    text_signature,
    undated,
)
from harmwatch.records import EventRef, Incident

# members an incident checks a newcomer against (its first reports; bounded cost per event)
MAX_MEMBERS_CHECKED = 32
# extra evidence an event without any date needs to join an incident
UNDATED_MARGIN = 2.0
# what an undated event that at least names a weekday ("on Friday") needs instead
WEEKDAY_ONLY_MARGIN = 1.5

KEY_HEX = 20  # 80 bits: keys derived from content stay distinct across every store


def incident_key(ev: EventRef) -> str:
    """The key of the incident ``ev`` founds: a hash of its document id and event index. The
    store gives the document's sha256 as its id, so the key is derived from content."""
    return "inc-" + hashlib.sha256(ev.ref.encode("utf-8")).hexdigest()[:KEY_HEX]


def _margin(f: EventFeatures) -> float:
    if not undated(f):
        return 0.0
    return WEEKDAY_ONLY_MARGIN if f.weekdays else UNDATED_MARGIN


class Linker:
    """Incremental linker: keeps the block index and a profile per incident in memory."""

    def __init__(self, threshold: float = LINK_THRESHOLD) -> None:
        self.threshold = threshold
        self._index = BlockIndex()
        self._profiles: list[IncidentProfile] = []
        self._keys: list[str] = []
        self._members: list[list[EventRef]] = []
        self._docs: list[set[str]] = []
        self._feats: list[list[EventFeatures]] = []
        self._classified: list[int] = []  # members of each incident that are not unclassified
        self._by_key: dict[str, int] = {}
        self._sig_doc: str | None = None
        self._sig: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self._keys)

    def _features(self, ev: EventRef) -> EventFeatures:
        if ev.document_id != self._sig_doc:  # events of one document come together: hash its text once
            self._sig_doc, self._sig = ev.document_id, text_signature(ev.text)
        return features(ev, signature=self._sig)

    def _new(self, key: str) -> int:
        i = len(self._keys)
        self._keys.append(key)
        self._profiles.append(IncidentProfile())
        self._members.append([])
        self._docs.append(set())
        self._feats.append([])
        self._classified.append(0)
        self._by_key[key] = i
        return i

    def _join(self, i: int, ev: EventRef, f: EventFeatures) -> str:
        if not f.unclassified:  # an unclassified event lends the incident no evidence
            self._profiles[i].add(f)
            self._classified[i] += 1
        self._members[i].append(ev)
        self._docs[i].add(ev.document_id)
        if len(self._feats[i]) < MAX_MEMBERS_CHECKED:
            self._feats[i].append(f)
        self._index.add(i, ev)
        return self._keys[i]

    def best_match(self, ev: EventRef, f: EventFeatures) -> tuple[int | None, float]:
        """The best-scoring incident the event may join: one whose every member is compatible
        with it (no chain of pairwise links joins reports of different incidents); an undated
        event needs a higher score, and without a date to compare on either side strong
        evidence from one member (:func:`strong_evidence`)."""
        if f.unclassified:
            return self._strong_match(ev, f, lambda i: self._classified[i] > 0)
        need = self.threshold + _margin(f)
        scored = []
        for i in self._index.candidates(ev):
            if ev.document_id in self._docs[i] or not self._classified[i]:
                continue
            s = score(f, self._profiles[i])
            if s >= need:
                scored.append((-s, i))
        for neg, i in sorted(scored):  # best first; ties keep the earlier incident
            feats = self._feats[i]
            if not all(coherent(f, g) for g in feats):
                continue
            if not has_incident_date(f) or not any(has_incident_date(g) for g in feats):
                if not strong_evidence(f, feats):  # no date to compare: only strong evidence joins
                    continue
            return i, -neg
        # an incident of unclassified reports only: joined on the strong test alone
        return self._strong_match(ev, f, lambda i: self._classified[i] == 0)

    def _strong_match(self, ev: EventRef, f: EventFeatures, eligible) -> tuple[int | None, float]:
        """The first eligible incident one of whose members is a strong match of ``f`` (an
        unclassified event and a classified one, either way round), ``f`` coherent with all."""
        for i in sorted(self._index.candidates(ev)):
            if ev.document_id in self._docs[i] or not eligible(i):
                continue
            feats = self._feats[i]
            if any(strong_match(f, g) or strong_match(g, f) for g in feats) and all(
                coherent(f, g) for g in feats
            ):
                return i, self.threshold
        return None, float("-inf")

    def add(self, ev: EventRef) -> str:
        f = self._features(ev)
        best, best_score = self.best_match(ev, f)
        if best is None or best_score < self.threshold:
            key = incident_key(ev)
            while key in self._by_key:  # the same event given twice founds a second incident
                key = "inc-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:KEY_HEX]
            best = self._new(key)
        return self._join(best, ev, f)

    def assign(self, ev: EventRef, key: str) -> None:
        i = self._by_key.get(key)
        if i is None:
            i = self._new(key)
        self._join(i, ev, self._features(ev))

    def incidents(self) -> list[Incident]:
        return [Incident(key=k, events=tuple(m)) for k, m in zip(self._keys, self._members, strict=True)]


def link_order(ev: EventRef) -> tuple:
    """Rebuild order: precisely dated events by date, then vaguely dated, then undated; then id."""
    days = day_interval(ev.date.start, ev.date.end)
    if days is None:
        rank, day = 2, 0
    else:
        rank, day = (0 if days[1] - days[0] <= 3 else 1), days[0]
    return rank, day, ev.document_id, ev.event_index


def link_all(events: Iterable[EventRef], threshold: float = LINK_THRESHOLD) -> list[Incident]:
    linker = Linker(threshold)
    for ev in sorted(events, key=link_order):
        linker.add(ev)
    return linker.incidents()

"""The audit log as sentences: "ana changed killed_max from 12 to 30", with links to the claims,
documents and incidents an entry touched, and its time with the time zone. A sentence is a tuple of
parts, each plain text or a :class:`Link`; templates escape both (nothing here is HTML)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class Link:
    href: str
    text: str


@dataclass(frozen=True)
class ClaimRef:
    """What a sentence says of a claim it names: its kind, its document, and whether the page that
    shows the sentence shows the claim too (then the link stays on that page)."""

    kind: str
    document_id: int
    on_page: bool


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: str  # ISO 8601 with its offset, for <time datetime>
    when: str  # "2026-12-06 14:03 UTC"
    who: str
    parts: tuple[str | Link, ...]  # the sentence after the user's name

    @property
    def text(self) -> str:
        """The sentence as plain text (links as their text), name first."""
        return f"{self.who} " + "".join(p if isinstance(p, str) else p.text for p in self.parts)


def when(at: datetime) -> tuple[str, str]:
    """(ISO with offset, "YYYY-MM-DD HH:MM UTC"); a stored time without a zone is UTC (SQLite)."""
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.isoformat(), at.strftime("%Y-%m-%d %H:%M UTC")


def value(v: Any) -> str:
    if v is None or v == "" or v == []:
        return "unknown"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return ", ".join(value(x) for x in v)
    if isinstance(v, dict):
        return "; ".join(f"{k} {value(x)}" for k, x in v.items())
    return str(v)


def _quote(text: str, limit: int = 120) -> str:
    text = " ".join(str(text).split())
    return f"“{text[:limit]}{'…' if len(text) > limit else ''}”"


def _changes(before: Mapping | None, after: Mapping | None) -> list[str | Link]:
    """ ", killed_max from 12 to 30 and place from X to Y" for the fields that changed."""
    before, after = before or {}, after or {}
    fields = [f for f in after if before.get(f) != after.get(f)]
    out: list[str | Link] = []
    for i, f in enumerate(fields):
        sep = ": " if i == 0 else (" and " if i == len(fields) - 1 else ", ")
        out.append(f"{sep}{f} from {value(before.get(f))} to {value(after.get(f))}")
    return out


def _incident(i: Any) -> Link:
    return Link(f"/incidents/{int(i)}", f"incident {int(i)}")


def _claim(claim_id: int, here: int, claims: Mapping[int, ClaimRef]) -> Link:
    """A link to the claim: on this incident's page where it shows there, else on its document's
    page; the text names its kind where known."""
    ref = claims.get(claim_id)
    text = f"{ref.kind} claim {claim_id}" if ref else f"claim {claim_id}"
    if ref and ref.on_page and here:
        return Link(f"/incidents/{here}#claim-{claim_id}", text)
    if ref:
        return Link(f"/documents/{ref.document_id}#claim-{claim_id}", text)
    return Link(f"#claim-{claim_id}", text)


def sentence(e: Any, here: int, claims: Mapping[int, ClaimRef]) -> tuple[str | Link, ...]:
    """What the entry ``e`` (an audit row) did, as the words after its user's name. ``here``: the
    incident whose page shows it (0: none); ``claims``: what is known of the claims it may name."""
    b, a = e.before or {}, e.after or {}
    act = e.action
    if act == "correct":
        fields = list(a)
        parts: list[str | Link] = []
        for i, f in enumerate(fields):
            sep = "" if i == 0 else (" and " if i == len(fields) - 1 else ", ")
            parts.append(f"{sep}{f} from {value(b.get(f))} to {value(a.get(f))}")
        return ("changed ", *parts)
    if act in ("confirm_claim", "reject_claim"):
        verb = "confirmed" if act == "confirm_claim" else "rejected"
        out: list[str | Link] = [f"{verb} ", _claim(e.object_id, here, claims)]
        if a.get("corrected") and a.get("corrected") != b.get("corrected"):
            old = b.get("corrected") or {}
            new = a["corrected"]
            diff = {k: v for k, v in new.items() if old.get(k) != v}
            if old or diff:
                out.append(" and corrected it")
                out.extend(_changes({k: old.get(k) for k in diff}, diff))
        if b.get("status") not in (None, "unreviewed") and b.get("status") != a.get("status"):
            out.append(f" (it was {b['status']})")
        return tuple(out)
    if act == "grade":
        out = [f"graded the incident {value(a.get('grade'))}"]
        if b.get("grade"):
            out.append(f" (was {b['grade']})")
        if a.get("status") != b.get("status"):
            out.append(f" and so marked it {value(a.get('status'))}")
        return tuple(out)
    if act == "assign":
        who = a.get("assignee")
        return (f"assigned the incident to {who}",) if who else ("left the incident unassigned",)
    if act == "status":
        return (f"moved the incident from {value(b.get('status'))} to {value(a.get('status'))}",)
    if act == "merge":
        other = a.get("merged") or (b.get("other") or {}).get("id")
        out = ["merged ", _incident(other), " into ", _incident(e.object_id)]
        out.extend(_changes(b.get("keep"), a.get("keep")))
        return tuple(out)
    if act == "merged_into":
        return ("merged ", _incident(e.object_id), " into ", _incident(a.get("merged_into")))
    if act == "unmerge":
        out = ["undid the merge of ", _incident(a.get("restored")), " out of ", _incident(e.object_id)]
        out.extend(_changes(b.get("keep"), a.get("keep")))
        return tuple(out)
    if act == "unmerged":
        return ("restored ", _incident(e.object_id), " from ", _incident(a.get("from_incident")))
    if act == "split":
        docs = b.get("documents") or []
        out = ["split "]
        for i, d in enumerate(docs):
            out += [", " if i else "", Link(f"/documents/{int(d)}", f"document {int(d)}")]
        out += [" off ", _incident(e.object_id), " into ", _incident(a.get("new_incident"))]
        out.extend(_changes(b.get("keep"), a.get("keep")))
        return tuple(out)
    if act == "split_from":
        out = ["made ", _incident(e.object_id), " from "]
        for i, d in enumerate(a.get("documents") or []):
            out += [", " if i else "", Link(f"/documents/{int(d)}", f"document {int(d)}")]
        out += [" of ", _incident(a.get("from_incident"))]
        return tuple(out)
    if act == "note":
        return (f"added a note: {_quote(a.get('text', ''))}",)
    if act == "share_note":
        return (f"shared their draft note: {_quote(a.get('text', ''))}",)
    # an action this module does not know yet: still a sentence, with its raw before and after
    return (f"{act.replace('_', ' ')} {e.object_type} {e.object_id}", *_changes(b, a))


def lines(history: list[Any], here: int, claims: Mapping[int, ClaimRef]) -> list[AuditLine]:
    out = []
    for e in history:
        iso, text = when(e.at)
        out.append(AuditLine(e.id, iso, text, e.user, sentence(e, here, claims)))
    return out

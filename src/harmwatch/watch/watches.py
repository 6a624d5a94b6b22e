"""Watches: a named incident filter (the filter of ``harmwatch incidents``), its recipients,
its digest schedule and its alert thresholds. Every value is checked here, before it is stored."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from itertools import product
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.errors import UsageError
from harmwatch.store.queries import IncidentFilter, find_incidents, now
from harmwatch.store.tables import Incident
from harmwatch.watch.tables import Watch

# a pragmatic check of an address (RFC 5322 allows more; no mail server accepts much more)
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")
_AT = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def check_name(name: str, what: str = "watch") -> str:
    if not _NAME.match(name):
        raise UsageError(f"bad {what} name {name!r}: letters, digits, '.', '_' and '-' only")
    return name


def check_email(addr: str) -> str:
    if len(addr) > 254 or not _EMAIL.match(addr):
        raise UsageError(f"invalid e-mail address {addr!r}")
    return addr


def check_url(url: str, option: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{option}: expected an http(s) URL, got {url!r}")
    return url


def check_tz(tz: str) -> str:
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise UsageError(f"unknown time zone {tz!r} (an IANA name such as Europe/London)") from e
    return tz


def parse_at(at: str | None) -> tuple[time, ...]:
    """``"07:00,19:00"`` as sorted times; None or empty: no schedule (due at every run)."""
    if not at:
        return ()
    out = []
    for part in at.split(","):
        m = _AT.match(part.strip())
        if not m:
            raise UsageError(f"--at: expected HH:MM[,HH:MM...], got {at!r}")
        out.append(time(int(m.group(1)), int(m.group(2))))
    return tuple(sorted(set(out)))


def known_types() -> dict[str, str]:
    from harmwatch.link.blocking import ACLED_EVENT_TYPE

    return {t.lower(): t for t in ACLED_EVENT_TYPE}


def check_country(cc: str) -> str:
    import pycountry

    if not re.fullmatch(r"[A-Za-z]{2}", cc) or pycountry.countries.get(alpha_2=cc.upper()) is None:
        raise UsageError(f"unknown country {cc!r}: expected an ISO 3166 alpha-2 code such as SY")
    return cc.upper()


def check_type(t: str) -> str:
    types = known_types()
    if t.lower() not in types:
        raise UsageError(f"unknown event type {t!r}; one of: {', '.join(sorted(types.values()))}")
    return types[t.lower()]


@dataclass(frozen=True, slots=True)
class WatchFilter:
    """What a watch matches: countries and types are alternatives; every other field must hold."""

    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    perpetrator: str | None = None  # words of a perpetrator's name
    query: str | None = None  # every word in the place, type, perpetrators or a source's title
    min_killed: int | None = None
    since: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "countries": list(self.countries),
            "types": list(self.types),
            "perpetrator": self.perpetrator,
            "query": self.query,
            "min_killed": self.min_killed,
            "since": self.since,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> WatchFilter:
        return cls(
            countries=tuple(d.get("countries") or ()),
            types=tuple(d.get("types") or ()),
            perpetrator=d.get("perpetrator"),
            query=d.get("query"),
            min_killed=d.get("min_killed"),
            since=d.get("since"),
        )

    def checked(self) -> WatchFilter:
        if self.min_killed is not None and self.min_killed < 0:
            raise UsageError(f"--min-killed: expected a count >= 0, got {self.min_killed}")
        return WatchFilter(
            countries=tuple(dict.fromkeys(check_country(c) for c in self.countries)),
            types=tuple(dict.fromkeys(check_type(t) for t in self.types)),
            perpetrator=(self.perpetrator or "").strip() or None,
            query=(self.query or "").strip() or None,
            min_killed=self.min_killed,
            since=self.since,
        )

    def store_filters(self) -> list[IncidentFilter]:
        """The store filters of ``harmwatch incidents`` whose union this watch reads."""
        return [
            IncidentFilter(country=c, sub_event_type=t, min_killed=self.min_killed, since=self.since)
            for c, t in product(self.countries or (None,), self.types or (None,))
        ]

    def describe(self) -> str:
        parts = []
        if self.countries:
            parts.append("country " + " or ".join(self.countries))
        if self.types:
            parts.append("type " + " or ".join(self.types))
        if self.perpetrator:
            parts.append(f"perpetrator ~ {self.perpetrator!r}")
        if self.query:
            parts.append(f"words {self.query!r}")
        if self.min_killed is not None:
            parts.append(f"at least {self.min_killed} killed")
        return ", ".join(parts) or "every incident"


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def _haystack(inc: Incident) -> set[str]:
    words: set[str] = set()
    for s in (inc.place, inc.admin1, inc.sub_event_type, inc.weapon):
        words.update(_words(s or ""))
    for p in inc.perpetrators or []:
        words.update(_words(p.get("name") or ""))
    for src in inc.sources:
        words.update(_words(src.document.title or ""))
    return words


def matches(f: WatchFilter, inc: Incident) -> bool:
    """The checks the store query cannot make (perpetrator and words)."""
    if f.perpetrator:
        want = _words(f.perpetrator)
        names = [set(_words(p.get("name") or "")) for p in inc.perpetrators or []]
        if not any(all(w in n for w in want) for n in names):
            return False
    if f.query:
        hay = _haystack(inc)
        if not all(w in hay for w in _words(f.query)):
            return False
    return True


def watched_incidents(session: Session, f: WatchFilter) -> list[Incident]:
    """Every incident the watch matches, by id, each once."""
    seen: dict[int, Incident] = {}
    for sf in f.store_filters():
        for inc in find_incidents(session, sf):
            if inc.id not in seen and matches(f, inc):
                seen[inc.id] = inc
    return [seen[k] for k in sorted(seen)]


@dataclass(frozen=True, slots=True)
class Alerts:
    killed: int | None = None  # a new incident with at least this many killed
    rise: float | None = None  # a toll that rose by at least this many percent
    denial: bool = False  # a new denial

    def to_dict(self) -> dict[str, Any]:
        return {"killed": self.killed, "rise": self.rise, "denial": self.denial}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Alerts:
        return cls(d.get("killed"), d.get("rise"), bool(d.get("denial")))

    @property
    def any(self) -> bool:
        return self.killed is not None or self.rise is not None or self.denial


@dataclass(frozen=True, slots=True)
class WatchSpec:
    name: str
    filter: WatchFilter = WatchFilter()
    emails: tuple[str, ...] = ()
    webhook: str | None = None
    at: str | None = None
    tz: str = "UTC"
    alerts: Alerts = field(default_factory=Alerts)
    private: bool = False
    owner: str | None = None


def add_watch(session: Session, spec: WatchSpec) -> Watch:
    """Check every value of ``spec`` and store the watch (UsageError names the first bad one)."""
    check_name(spec.name)
    flt = spec.filter.checked()
    emails = [check_email(a) for a in spec.emails]
    webhook = check_url(spec.webhook, "--webhook") if spec.webhook else None
    tz = check_tz(spec.tz)
    times = parse_at(spec.at)
    if spec.alerts.killed is not None and spec.alerts.killed < 1:
        raise UsageError("--alert-killed: expected a count >= 1")
    if spec.alerts.rise is not None and spec.alerts.rise <= 0:
        raise UsageError("--alert-rise: expected a percentage > 0")
    if session.scalar(select(Watch.id).where(Watch.name == spec.name)) is not None:
        raise UsageError(f"a watch named {spec.name!r} exists already (harmwatch watch rm {spec.name})")
    w = Watch(
        name=spec.name,
        owner=spec.owner,
        filters=flt.to_dict(),
        emails=emails,
        webhook=webhook,
        webhook_secret=secrets.token_hex(32) if webhook else None,
        at=",".join(t.strftime("%H:%M") for t in times) or None,
        tz=tz,
        alerts=spec.alerts.to_dict(),
        private=spec.private,
        feed_token=secrets.token_urlsafe(24),
        created_at=now(),
    )
    session.add(w)
    session.flush()
    return w


def get_watch(session: Session, name: str) -> Watch:
    w = session.scalar(select(Watch).where(Watch.name == name))
    if w is None:
        raise UsageError(f"no watch named {name!r} (harmwatch watch list)")
    return w


def all_watches(session: Session) -> list[Watch]:
    return list(session.scalars(select(Watch).order_by(Watch.name)))


def recipients(w: Watch) -> list[str]:
    """Who a watch delivers to: mailto:ADDR for each address, webhook:URL, and its Atom feed."""
    out = [f"mailto:{a}" for a in w.emails or []]
    if w.webhook:
        out.append(f"webhook:{w.webhook}")
    out.append("atom")
    return out


def last_slot(w: Watch, at: datetime) -> datetime | None:
    """The latest scheduled digest time at or before ``at`` (aware), or None without a schedule."""
    times = parse_at(w.at)
    if not times:
        return None
    tz = ZoneInfo(w.tz or "UTC")
    local = at.astimezone(tz)
    for days_back in range(0, 3):
        day = (local - timedelta(days=days_back)).date()
        for t in reversed(times):
            slot = datetime.combine(day, t, tzinfo=tz)
            if slot <= local:
                return slot
    return None


def digest_due(w: Watch, at: datetime) -> bool:
    """Without --at: at every run. With it: when a scheduled time passed since the last digest
    (or since the watch was made)."""
    slot = last_slot(w, at)
    if slot is None:
        return True
    since = w.last_digest_at or w.created_at
    if since.tzinfo is None:  # SQLite gives naive datetimes back: they are UTC
        from datetime import UTC

        since = since.replace(tzinfo=UTC)
    return slot > since

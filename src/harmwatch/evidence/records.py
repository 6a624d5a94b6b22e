"""Records of the evidence locker: an HTTP exchange as it went over the wire, a custody record
(who, when, how, from where), and a piece of evidence waiting to be stored."""

from __future__ import annotations

import getpass
import hashlib
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from harmwatch import __version__

Kind = Literal["warc", "screenshot", "pdf"]

MEDIA_TYPES: dict[str, str] = {
    "warc": "application/warc",
    "screenshot": "image/png",
    "pdf": "application/pdf",
}


@dataclass(frozen=True, slots=True)
class Exchange:
    """One HTTP request and its response (a redirect hop is one too), as sent and received."""

    url: str
    method: str
    request_headers: tuple[tuple[str, str], ...]
    http_version: str  # "HTTP/1.1"
    status: int
    reason: str
    response_headers: tuple[tuple[str, str], ...]
    body: bytes  # the payload after transfer and content decoding (see evidence/warc.py)
    at: datetime  # UTC, when the request was sent
    server_ip: str | None = None


@dataclass(frozen=True, slots=True)
class Custody:
    """Who kept a piece of evidence, when (UTC), how (tool and harmwatch version) and from where
    (this machine's hostname, and the URL the evidence is of)."""

    by: str
    at: datetime
    tool: str
    harmwatch_version: str
    hostname: str
    source_url: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "by": self.by,
            "at": self.at.astimezone(UTC).isoformat(),
            "tool": self.tool,
            "harmwatch_version": self.harmwatch_version,
            "hostname": self.hostname,
            "source_url": self.source_url,
        }


def who(by: str | None = None) -> str:
    """``by`` (``--by``), else the operating-system user."""
    if by:
        return by
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name for this uid (containers)
        return "unknown"


def custody(tool: str, source_url: str | None, by: str | None = None, at: datetime | None = None) -> Custody:
    return Custody(
        by=who(by),
        at=at or datetime.now(UTC),
        tool=tool,
        harmwatch_version=__version__,
        hostname=socket.gethostname(),
        source_url=source_url,
    )


@dataclass(frozen=True, slots=True)
class Evidence:
    """A piece of evidence not yet in the locker: its bytes and custody."""

    kind: Kind
    data: bytes
    custody: Custody

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.kind]

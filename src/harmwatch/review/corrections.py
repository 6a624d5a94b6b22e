"""What an analyst may write into a correction, checked by field type before it reaches the store:
dates are real calendar dates (YYYY, YYYY-MM or YYYY-MM-DD) and an end is not before its start;
figures are whole numbers from 0 to MAX_FIGURE and a maximum is not below its minimum; a country is
an ISO 3166-1 alpha-2 code; text is one short line. A claim's correction may only change the fields
its kind has, each with the type it has. Every refusal is a UsageError with a one-line reason."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, get_args

from harmwatch.errors import UsageError
from harmwatch.records import Outcome

MAX_FIGURE = 10_000_000  # more people than any attack has killed: a typo, and beyond the store's integers
MAX_TEXT = 200
DATE_FIELDS = ("date_start", "date_end")
FIGURE_FIELDS = ("killed_min", "killed_max", "injured_min", "injured_max")
TEXT_FIELDS = ("place", "admin1", "sub_event_type", "weapon")
CORRECTABLE = (*DATE_FIELDS, "place", "admin1", "country", "sub_event_type", "weapon", *FIGURE_FIELDS)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
USER_ASSIGNED = frozenset({"XK"})  # Kosovo: widely used, not (yet) in ISO 3166-1


def parse_date(value: str, what: str = "date") -> str:
    m = _DATE.match(value)
    if not m:
        raise UsageError(f"{what}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        date(y, mo, d)
    except ValueError as e:
        raise UsageError(f"{what}: {value!r} is not a calendar date ({e})") from e
    return value


def parse_figure(value: Any, what: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise UsageError(f"{what}: give a whole number")
    text = str(value).strip()
    if not re.fullmatch(r"-?\d{1,30}", text):
        raise UsageError(f"{what}: {text[:40]!r} is not a whole number")
    n = int(text)
    if n < 0:
        raise UsageError(f"{what} cannot be negative")
    if n > MAX_FIGURE:
        raise UsageError(f"{what}: {n} is too large (at most {MAX_FIGURE:,})")
    return n


def parse_text(value: str, what: str) -> str:
    text = value.strip()
    if _CONTROL.search(text):
        raise UsageError(f"{what}: control characters are not allowed")
    if len(text) > MAX_TEXT:
        raise UsageError(f"{what}: too long ({len(text)} characters, at most {MAX_TEXT})")
    return text


def is_country_code(code: str) -> bool:
    import pycountry

    return code in USER_ASSIGNED or pycountry.countries.get(alpha_2=code) is not None


def parse_country(value: str) -> str:
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code) or not is_country_code(code):
        raise UsageError(f"country: {value.strip()[:40]!r} is not an ISO 3166-1 alpha-2 code (e.g. SY, UA)")
    return code


def parse_correction(field: str, value: str | None, current: dict[str, Any]) -> Any:
    """The value ``field`` takes for the text ``value`` (empty: unknown), checked against the
    incident's ``current`` fields (a range's other end). Raises UsageError saying what is wrong."""
    if field not in CORRECTABLE:
        raise UsageError(f"field must be one of {', '.join(CORRECTABLE)}")
    if value is None or not value.strip():
        return None
    if field in FIGURE_FIELDS:
        n = parse_figure(value, field)
        kind, end = field.rsplit("_", 1)
        other = current.get(f"{kind}_{'max' if end == 'min' else 'min'}")
        if other is not None and n is not None:
            if end == "min" and n > other:
                raise UsageError(
                    f"{field} ({n}) cannot exceed {kind}_max ({other}); correct {kind}_max first"
                )
            if end == "max" and n < other:
                raise UsageError(
                    f"{field} ({n}) cannot be below {kind}_min ({other}); correct {kind}_min first"
                )
        return n
    if field in DATE_FIELDS:
        d = parse_date(value.strip(), field)
        start = d if field == "date_start" else current.get("date_start")
        until = d if field == "date_end" else current.get("date_end")
        if (
            start
            and until
            and _DATE.match(start)
            and _DATE.match(until)
            and until[: len(start)] < start[: len(until)]
        ):
            raise UsageError(f"date_end ({until}) cannot be before date_start ({start})")
        return d
    if field == "country":
        return parse_country(value)
    return parse_text(value, field)


# what each claim kind's correctable fields hold: a type, or a tuple of allowed words
_FIGURE = "figure"
CLAIM_FIELDS: dict[str, dict[str, Any]] = {
    "casualty": {
        "outcome": get_args(Outcome),
        "group": str,
        "min": _FIGURE,
        "max": _FIGURE,
        "source": str,
        "approximate": bool,
        "vague": bool,
    },
    "quote": {"speaker": str},
    "allegation": {"accuser": str, "accused": str, "charge": str},
    "response": {
        "party": str,
        "stance": ("deny", "acknowledge", "investigate", "justify", "regret", "no_comment"),
    },
}


def check_claim_correction(kind: str, payload: dict[str, Any], corrected: dict[str, Any]) -> dict[str, Any]:
    """``corrected`` when every key is a correctable field of a ``kind`` claim with a value of its
    type (a figure: a whole number 0..MAX_FIGURE or null; max ≥ min); else UsageError."""
    allowed = CLAIM_FIELDS.get(kind)
    if allowed is None:  # other kinds: only the fields the claim has, with their types
        allowed = {k: type(v) for k, v in payload.items() if isinstance(v, str | bool | int)}
    out: dict[str, Any] = {}
    for key, value in corrected.items():
        spec = allowed.get(key)
        if spec is None:
            raise UsageError(
                f"a {kind} claim has no correctable field {str(key)[:40]!r}; fields: {', '.join(allowed)}"
            )
        if spec == _FIGURE:
            if isinstance(value, bool) or not (value is None or isinstance(value, int)):
                raise UsageError(f"{key}: give a whole number or null")
            out[key] = parse_figure(value, key)
        elif isinstance(spec, tuple):
            if value not in spec:
                raise UsageError(f"{key}: must be one of {', '.join(spec)}")
            out[key] = value
        elif spec is bool:
            if not isinstance(value, bool):
                raise UsageError(f"{key}: give true or false")
            out[key] = value
        elif spec is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise UsageError(f"{key}: give a whole number")
            out[key] = parse_figure(value, key)
        else:
            if not isinstance(value, str):
                raise UsageError(f"{key}: give text")
            out[key] = parse_text(value, key)
    lo = out.get("min", payload.get("min")) if kind == "casualty" else None
    hi = out.get("max", payload.get("max")) if kind == "casualty" else None
    if isinstance(lo, int) and isinstance(hi, int) and hi < lo:
        raise UsageError(f"max ({hi}) cannot be below min ({lo})")
    return out

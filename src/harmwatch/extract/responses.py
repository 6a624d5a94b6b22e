"""Responses of parties: denials, acknowledgements, inquiries, justifications."""

from __future__ import annotations

from harmwatch.extract.context import DocContext
from harmwatch.records import Response


def find_responses(ctx: DocContext) -> tuple[Response, ...]:
    return ()

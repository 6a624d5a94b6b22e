"""Web routes of watches: ``/watches/{name}.atom``, the watch's Atom feed. A private watch's feed
needs its secret token (``?token=``, compared in constant time); any other watch's feed is served
to whoever may read the incident list (a logged-in user, an API token, or anyone when the public
read-only view is on), or with the token (feed readers cannot log in)."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from harmwatch.errors import UsageError
from harmwatch.watch.atom import feed_xml
from harmwatch.watch.watches import get_watch

router = APIRouter(include_in_schema=False)


@router.get("/watches/{name}.atom")
def watch_feed(request: Request, name: str, token: str | None = Query(None, max_length=200)) -> Response:
    from harmwatch.web.auth import principal

    with request.app.state.db.session() as session:
        try:
            w = get_watch(session, name)
        except UsageError as e:
            raise HTTPException(404, "no such watch") from e
        good_token = token is not None and hmac.compare_digest(token.encode(), w.feed_token.encode())
        if w.private and not good_token:
            raise HTTPException(404, "no such watch")  # a private watch's existence is not revealed
        if not good_token:
            principal(request, session, allow_public=True)
        body = feed_xml(session, w, self_url=str(request.url.remove_query_params("token")))
    return Response(body, media_type="application/atom+xml; charset=utf-8")

"""The API's docs (/docs: Swagger UI, /redoc: ReDoc), from the copies the package ships (npm's
swagger-ui-dist and redoc, copied by scripts/vendor_assets.sh): they work offline, with no CDN and no
web fonts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, "api_docs.html", {"viewer": "swagger"})


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, "api_docs.html", {"viewer": "redoc"})

"""A digest or alert as a multipart e-mail (plain text that reads alone, and simple inline-styled
HTML with no remote images), or as a webhook's JSON body."""

from __future__ import annotations

import json
from collections import OrderedDict
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from typing import Any

KIND_ORDER = {"new": 0, "figure": 1, "source": 2, "response": 3}


def _by_incident(items: list[dict[str, Any]]) -> OrderedDict[str, list[dict[str, Any]]]:
    groups: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for it in sorted(items, key=lambda i: (KIND_ORDER[i["kind"]], i["payload"].get("id") or 0)):
        groups.setdefault(it["incident_key"], []).append(it)
    return groups


def _who_text(by: list[dict[str, Any]]) -> str:
    parts = []
    for b in by:
        if b.get("given_by"):
            parts.append(f"per {b['given_by']} ({b['outlet']})")
        else:
            parts.append(f"per {b['outlet']}")
    return "; ".join(dict.fromkeys(parts))


def _source_line(src: dict[str, Any]) -> str:
    fig = ""
    if src.get("killed_max") is not None:
        lo, hi = src.get("killed_min"), src["killed_max"]
        fig = f"{hi if lo in (None, hi) else f'{lo}–{hi}'} killed"
        if src.get("given_by"):
            fig += f" per {src['given_by']}"
    title = f" “{src['title']}”" if src.get("title") else ""
    return (
        f"{src['outlet']}{title}"
        + (f" — {fig}" if fig else "")
        + (f" <{src['url']}>" if src.get("url") else "")
    )


def summary_line(items: list[dict[str, Any]]) -> str:
    n = {k: sum(1 for i in items if i["kind"] == k) for k in KIND_ORDER}
    parts = []
    if n["new"]:
        parts.append(f"{n['new']} new incident{'s' * (n['new'] != 1)}")
    if n["figure"]:
        parts.append(f"{n['figure']} figure change{'s' * (n['figure'] != 1)}")
    if n["source"]:
        parts.append(f"{n['source']} new source{'s' * (n['source'] != 1)}")
    if n["response"]:
        parts.append(
            f"{n['response']} denial{'s' * (n['response'] != 1)}/admission{'s' * (n['response'] != 1)}"
        )
    return ", ".join(parts)


def render_text(watch: str, describe: str, items: list[dict[str, Any]], alert: bool) -> str:
    lines = [
        f"harmwatch {'ALERT' if alert else 'digest'} for watch '{watch}' ({describe})",
        summary_line(items),
        "",
    ]
    for group in _by_incident(items).values():
        head = group[0]["payload"]
        lines.append(f"* {head['date'] or 'date unknown'} — {head['place']} — {head['type']}")
        for it in group:
            p = it["payload"]
            if it["kind"] == "new":
                who = _who_text(p.get("killed_by") or [])
                lines.append(f"  NEW: killed {p['killed']}" + (f", {who}" if who else ""))
                if p.get("perpetrators"):
                    lines.append(f"  Perpetrator named: {', '.join(p['perpetrators'])}")
                for src in p["sources"].values():
                    lines.append(f"  - {_source_line(src)}")
                for r in p["responses"].values():
                    lines.append(
                        f"  - {r['stance'].upper()}: {r['party'] or 'a party'}: {r['text']} ({r['outlet']})"
                    )
            elif it["kind"] == "figure":
                who = _who_text(p.get("by") or [])
                lines.append(f"  KILLED: {p['old']} → {p['new']}" + (f", {who}" if who else ""))
            elif it["kind"] == "source":
                lines.append(f"  NEW SOURCE: {_source_line(p['source'])}")
            else:
                r = p["response"]
                lines.append(
                    f"  NEW {r['stance'].upper()}: {r['party'] or 'a party'}: {r['text']} ({r['outlet']})"
                )
        if head.get("link"):
            lines.append(f"  Review: {head['link']}")
        lines.append("")
    lines.append("You receive this because you are a recipient of this harmwatch watch.")
    return "\n".join(lines) + "\n"


_P = "margin:0 0 6px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;"
_TAG = {
    "new": ("NEW", "#b00020"),
    "figure": ("TOLL", "#8a4b00"),
    "source": ("SOURCE", "#1d5a8a"),
    "response": ("RESPONSE", "#4a4a4a"),
}


def _a(url: str | None, text: str) -> str:
    if not url or not url.startswith(("http://", "https://")):
        return escape(text)
    return f'<a href="{escape(url, quote=True)}" style="color:#1d5a8a;">{escape(text)}</a>'


def _tag(kind: str) -> str:
    label, colour = _TAG[kind]
    return (
        f'<span style="display:inline-block;padding:1px 6px;border-radius:3px;background:{colour};'
        f'color:#fff;font-size:11px;font-weight:bold;">{label}</span> '
    )


def _source_html(src: dict[str, Any]) -> str:
    bits = [_a(src.get("url"), src["outlet"])]
    if src.get("title"):
        bits.append(f"“{escape(src['title'])}”")
    if src.get("killed_max") is not None:
        lo, hi = src.get("killed_min"), src["killed_max"]
        fig = f"{hi if lo in (None, hi) else f'{lo}–{hi}'} killed"
        if src.get("given_by"):
            fig += f" per {src['given_by']}"
        bits.append(f"— <b>{escape(fig)}</b>")
    return " ".join(bits)


def render_html(watch: str, describe: str, items: list[dict[str, Any]], alert: bool) -> str:
    out = [
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>harmwatch</title></head>',
        '<body style="margin:0;padding:0;background:#f4f4f4;">',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4;">'
        '<tr><td align="center" style="padding:16px;">',
        '<table role="presentation" width="640" cellpadding="0" cellspacing="0" '
        'style="max-width:640px;width:100%;background:#ffffff;border:1px solid #ddd;">',
        f'<tr><td style="padding:16px;background:{"#b00020" if alert else "#263238"};color:#fff;'
        'font-family:Arial,Helvetica,sans-serif;">'
        f'<div style="font-size:12px;opacity:.85;">harmwatch {"alert" if alert else "digest"}</div>'
        f'<div style="font-size:20px;font-weight:bold;">{escape(watch)}</div>'
        f'<div style="font-size:13px;">{escape(describe)} · {escape(summary_line(items))}</div></td></tr>',
    ]
    for group in _by_incident(items).values():
        head = group[0]["payload"]
        out.append('<tr><td style="padding:14px 16px;border-top:1px solid #eee;">')
        out.append(
            f'<p style="{_P}font-size:16px;font-weight:bold;">'
            f"{escape(head['place'])} — {escape(head['type'])}</p>"
            f'<p style="{_P}color:#666;">{escape(head["date"] or "date unknown")} · killed {escape(head["killed"])}</p>'
        )
        for it in group:
            p = it["payload"]
            if it["kind"] == "new":
                who = _who_text(p.get("killed_by") or [])
                out.append(
                    f'<p style="{_P}">{_tag("new")}killed <b>{escape(p["killed"])}</b>'
                    + (f", {escape(who)}" if who else "")
                    + "</p>"
                )
                if p.get("perpetrators"):
                    out.append(
                        f'<p style="{_P}">Perpetrator named: {escape(", ".join(p["perpetrators"]))}</p>'
                    )
                out.append(f'<ul style="margin:0 0 6px 18px;padding:0;{_P}">')
                out += [f"<li>{_source_html(s)}</li>" for s in p["sources"].values()]
                out += [
                    f"<li><b>{escape(r['stance'])}</b>: {escape(r['party'] or 'a party')}: "
                    f"{escape(r['text'])} ({_a(r.get('url'), r['outlet'])})</li>"
                    for r in p["responses"].values()
                ]
                out.append("</ul>")
            elif it["kind"] == "figure":
                who = _who_text(p.get("by") or [])
                out.append(
                    f'<p style="{_P}">{_tag("figure")}killed <b>{escape(p["old"])} → {escape(p["new"])}</b>'
                    + (f", {escape(who)}" if who else "")
                    + "</p>"
                )
            elif it["kind"] == "source":
                out.append(f'<p style="{_P}">{_tag("source")}{_source_html(p["source"])}</p>')
            else:
                r = p["response"]
                out.append(
                    f'<p style="{_P}">{_tag("response")}<b>{escape(r["stance"])}</b>: '
                    f"{escape(r['party'] or 'a party')}: {escape(r['text'])} ({_a(r.get('url'), r['outlet'])})</p>"
                )
        if head.get("link"):
            out.append(f'<p style="{_P}">{_a(head["link"], "Open in the review app")}</p>')
        out.append("</td></tr>")
    out.append(
        '<tr><td style="padding:12px 16px;border-top:1px solid #eee;font-family:Arial,Helvetica,sans-serif;'
        'font-size:12px;color:#777;">You receive this because you are a recipient of this harmwatch watch.'
        "</td></tr></table></td></tr></table></body></html>"
    )
    return "\n".join(out) + "\n"


def subject(watch: str, items: list[dict[str, Any]], alert: bool) -> str:
    return f"[harmwatch] {'ALERT' if alert else 'Digest'} {watch}: {summary_line(items)}"


def email_message(
    *,
    watch: str,
    describe: str,
    items: list[dict[str, Any]],
    alert: bool,
    sender: str,
    to: str,
    message_id: str,
    at: datetime,
) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject(watch, items, alert)
    msg["From"] = sender
    msg["To"] = to
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = message_id
    msg["X-Harmwatch-Watch"] = watch
    # quoted-printable: 7-bit safe and no line over 76 characters (SMTP refuses lines over 998)
    msg.set_content(render_text(watch, describe, items, alert), cte="quoted-printable")
    msg.add_alternative(render_html(watch, describe, items, alert), subtype="html", cte="quoted-printable")
    return msg


def webhook_body(*, watch: str, items: list[dict[str, Any]], alert: bool, key: str, at: datetime) -> bytes:
    doc = {
        "watch": watch,
        "kind": "alert" if alert else "digest",
        "idempotency_key": key,
        "created_at": at.isoformat(),
        "items": [
            {"key": i["item_key"], "kind": i["kind"], "incident": i["incident_key"], **i["payload"]}
            for i in items
        ],
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")

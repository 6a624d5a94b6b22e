"""One digest-and-alert pass over the watches: due digests enqueue every change, other watches
only their alerts (and their Atom feed's entries); then every unsent delivery is sent.
A watch that fails is reported and the others go on."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from harmwatch.errors import HarmwatchError
from harmwatch.store.db import Database
from harmwatch.store.queries import now
from harmwatch.watch import digest
from harmwatch.watch.delivery import Report, SendOptions, batch, deliver, enqueue
from harmwatch.watch.watches import WatchFilter, all_watches, digest_due, get_watch

log = logging.getLogger(__name__)


def run_pass(
    db: Database,
    opts: SendOptions,
    *,
    watch: str | None = None,
    dry_run: bool = False,
    at: datetime | None = None,
    backoff: bool = True,
) -> Report:
    """Digests of due watches (or of ``watch``, due or not), alerts of the others, then delivery."""
    report = Report()
    at = at or now()
    with db.session() as s:
        names = [get_watch(s, watch).name] if watch else [w.name for w in all_watches(s)]
    for name in names:
        try:
            with db.session() as s:
                w = get_watch(s, name)
                due = watch is not None or digest_due(w, at)
                n = enqueue(s, w, opts.base_url, urgent_only=not due)
                deliveries = batch(s, w, opts, urgent_only=not due)
                if dry_run:
                    describe = WatchFilter.from_dict(w.filters).describe()
                    for d, items in deliveries:
                        alert = not due
                        report.dry_run.append(
                            f"To: {d.recipient}\nSubject: {d.subject}\n\n"
                            + digest.render_text(w.name, describe, items, alert)
                        )
                    s.rollback()
                    continue
                if due:
                    w.last_digest_at = at
                report.enqueued += n
        except HarmwatchError as e:
            report.errors.append(f"{name}: {e}")
        except IntegrityError:  # another run enqueued the same items meanwhile: it sends them
            report.errors.append(f"{name}: another harmwatch run is sending this watch; skipped")
    if not dry_run:
        deliver(db, opts, report, backoff=backoff)
    return report

"""The evidence locker: what a URL ingest saw (the HTTP exchange as WARC, a screenshot and PDF of
the page), kept content-addressed and never rewritten, each item with a custody record."""

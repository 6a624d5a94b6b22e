"""Watches, digests and alerts: polled sources, named incident filters, and exactly-once delivery
of what changed by e-mail, webhook and Atom feed."""

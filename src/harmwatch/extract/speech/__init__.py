"""Reported speech: quotations and speakers, allegations and responses."""

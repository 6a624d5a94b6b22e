"""Ingest: files, directories, JSONL, WARC, feeds and URLs into the store, one committed document at a time."""

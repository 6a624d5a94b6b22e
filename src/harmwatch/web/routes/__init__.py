"""HTML pages (pages.py) and the JSON API (api.py)."""

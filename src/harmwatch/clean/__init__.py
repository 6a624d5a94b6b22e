"""Cleaning: from a raw page or scraped text to the main text, with what was removed and why."""

from harmwatch.clean.boilerplate import clean_text
from harmwatch.clean.html import clean_html

__all__ = ["clean_text", "clean_html"]

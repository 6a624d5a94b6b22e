"""The incident's date, from the phrases that say it and the report's own date."""

"""Places of the incident: candidate mentions, locative frames, the gazetteer and the ranking."""

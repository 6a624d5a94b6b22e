"""Armed actors: the perpetrator, the accused of an allegation, and their names."""

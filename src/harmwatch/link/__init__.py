"""Link extracted events into incidents (pure: no I/O).

decode.py     event_refs_from_json / event_refs_from_extraction -> EventRef
blocking.py   which incidents an event is compared with (place, type family, date week)
names.py      matching keys for place and perpetrator names
similarity.py evidence score of an event against an incident's profile
cluster.py    Linker (incremental: add / assign / incidents) and link_all (rebuild)
summary.py    summarize(Incident) -> IncidentSummary (figures per source, ranges, contested)
The records it reads and writes (EventRef, Incident, IncidentSummary) are in harmwatch.records.incidents.
"""

"""Writers over incident summaries (pure: the caller opens the file).

as_acled.py    write_acled(incidents, out, timestamp=None): ACLED's 31 columns in ACLED's order
as_ucdp.py     write_ucdp(incidents, out): UCDP GED-style best / low / high
as_geojson.py  write_geojson(incidents, out): RFC 7946 FeatureCollection
as_jsonl.py    write_jsonl / read_jsonl: every source and claim, round-trips
report_html.py render_report(incidents, title=..., subtitle=..., generated=...) -> str
"""

"""Cue words of reports that are not about a new violent incident, read from the language pack
(``lang/<code>/domains.json``).

Same form as ``events.cues.CUES`` (``(label, regex, weight, weapon)``, lower-cased text, word
boundaries added): each label is a domain whose reports often use violent words without reporting
an incident (sport, business, disasters, accidents, exercises, policy, peaceful protest, trials,
memorials, statistics). These cues come last in the scan: a violence cue that starts at the same
place wins.
"""

from __future__ import annotations

from harmwatch.extract.lang import fill, load_pack

EN = load_pack("en")

# words of a protest crowd (used alone: a protest; with force words: excessive force)
PROTESTERS = EN.pattern("domains", "protesters")

DOMAIN_CUES: tuple[tuple[str, str, float, str | None], ...] = tuple(
    (c["label"], fill(c["pattern"], protesters=PROTESTERS), c["weight"], c["weapon"])
    for c in EN.value("domains", "cues")
)

NEGATIVE_DOMAINS = (
    "_protest",
    "_sport",
    "_business",
    "_disaster",
    "_accident",
    "_exercise",
    "_policy",
    "_trial",
    "_memorial",
    "_statistics",
    "_past",
)
# domains whose reports often recall a past incident: kept as a background event; ``_past`` is
# violence the text dates in an earlier year or years back ("the 2014 massacre", "years after the
# bombing"); its cue is the first of ``events.json`` so that it takes the violent words it dates
BACKGROUND_DOMAINS = ("_trial", "_memorial", "_statistics", "_past")

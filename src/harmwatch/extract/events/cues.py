"""Cue words for incident detection and ACLED sub-event types, read from the language pack
(``lang/<code>/events.json``; ``{=state}``, ``{=count}``, ``{=month}`` name shared patterns).

Each cue is ``(label, regex, weight, weapon)``: ``label`` is an ACLED sub-event type, or one of
the pseudo-labels below; the regex runs on lower-cased text with word boundaries added around it.
Pseudo-labels:

* ``_violence``: violent words that say nothing of the type ("attack", "killed by gunfire").
* ``~<type>``: weak cues of a type (aircraft, blasts): they choose a type, never make an incident.
* ``_when``: words that date one incident ("on Tuesday", "last night"); reports without them are
  more likely statistics, trials or memorials.
* ``_on_armed``, ``_on_civilians``: who was hit; they decide between an armed clash and an attack.
* ``_casualty``: harm words ("killed", "wounded"); they support an incident, never decide one.
* ``_inert``: a device that did not go off ("an unexploded shell", "found an IED", "defused a
  bomb"): it names no weapon of the incident; placed before the weapon cues, it takes their words.
* ``_past``: violence dated in an earlier year or years back ("the 2014 massacre"): a recalled
  incident, counted with the background domains (``events.domains.BACKGROUND_DOMAINS``).
* ``mishap: true`` on a cue: its words ("destroyed homes", "bodies of", "killing 12 passengers",
  "explosion") say what was hurt, not who did it; in a report with a disaster or accident cue and
  no violent act named, they count for that domain (``MISHAP_CUES``).
* ``_protest``, ``_sport``, ``_business``, ``_disaster``, ``_accident``, ``_exercise``,
  ``_policy``, ``_trial``, ``_memorial``, ``_statistics``: domains of reports that are not about a
  new violent incident; their cues are in ``events.domains`` and end ``CUES``.
"""

from __future__ import annotations

import re

from harmwatch.extract.actors.names import DEMONYMS
from harmwatch.extract.events.domains import DOMAIN_CUES, PROTESTERS
from harmwatch.extract.lang import fill, load_pack

EN = load_pack("en")

AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
GRENADE = "Grenade"
CHEMICAL = "Chemical weapon"
ATTACK = "Attack"
CLASH = "Armed clash"
ABDUCTION = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"
LOOTING = "Looting/property destruction"
MOB = "Mob violence"
PROTEST_FORCE = "Excessive force against protesters"

# types named for a weapon or means: they win over the ground types (attack, clash) when clearly cued
MECHANISM_TYPES = (AIR, SHELLING, IED, SUICIDE, GRENADE, CHEMICAL)
SUB_EVENT_TYPES = (
    AIR,
    SHELLING,
    IED,
    SUICIDE,
    GRENADE,
    CHEMICAL,
    ATTACK,
    CLASH,
    ABDUCTION,
    SEXUAL,
    LOOTING,
    MOB,
    PROTEST_FORCE,
)

# who flies strikes: a state (any demonym), a coalition, a regime ("Israeli strikes", "regime raids")
STATE_WORDS = (
    "|".join(
        sorted(
            (re.escape(d.lower()) for d in DEMONYMS if not d.replace(".", "").isupper()),
            key=len,
            reverse=True,
        )
    )
    + "|"
    + EN.pattern("events", "state_words")
)

# how many were hit: a number, a number word or an article ("killed five people")
COUNT = EN.pattern("events", "count")
MONTH = EN.pattern("events", "month")

# armed parties: a fight without any of them, among rival groups, is mob violence
ARMED_PARTY = re.compile(EN.pattern("events", "armed_party"))


# words of harm without an agent: a flood or a crash explains them as well as an attack
MISHAP_CUES = frozenset(i for i, c in enumerate(EN.value("events", "cues")) if c.get("mishap"))
# killing words: an abduction in an attack that kills is typed by the killing
KILLING = re.compile(EN.pattern("events", "killing"))
# a report that says no one was hurt ("no casualties were reported"): its harm words are negated
HARMLESS = re.compile(EN.pattern("events", "harmless"))
# a harm word followed in its clause by an armed agent ("a strike carried out by the military",
# "hit by army artillery"): the attacker is named, so the harm is no mishap's
ARMED_AGENT = re.compile(EN.pattern("events", "armed_agent"))

CUES: tuple[tuple[str, str, float, str | None], ...] = (
    tuple(
        (
            c["label"],
            fill(c["pattern"], state=STATE_WORDS, count=COUNT, month=MONTH, protesters=PROTESTERS),
            c["weight"],
            c["weapon"],
        )
        for c in EN.value("events", "cues")
    )
    + DOMAIN_CUES
)

"""Vocabularies of casualty figures: outcome words, victim groups, non-person units, toll cues.

Read from the language pack (``lang/<code>/figures.json``); the group labels are GOLD's vocabulary."""

from __future__ import annotations

import re

from harmwatch.extract.lang import load_pack

EN = load_pack("en")

# a word right after the figure's noun phrase ("12 people were killed", "51 dead")
KILLED_AFTER = EN.words("figures", "killed_after")
INJURED_AFTER = EN.words("figures", "injured_after")
# a word right before the figure ("killing at least 82", "wounding 11 others")
KILLED_BEFORE = EN.words("figures", "killed_before")
INJURED_BEFORE = EN.words("figures", "injured_before")
# "the deaths of 25 children", "the wounding of up to 90 others"
KILLED_OF = EN.words("figures", "killed_of")
INJURED_OF = EN.words("figures", "injured_of")
# skipped between the figure's noun phrase and its outcome word ("were reportedly killed")
LINK_WORDS = EN.words("figures", "link_words")
# between "were" and "killed" in a distant predicate
PASSIVE_LINKS = EN.words("figures", "passive_links")
# a figure's clause does not run past these
CLAUSE_STOPS = EN.words("figures", "clause_stops")
PASSIVE_AUX = EN.words("figures", "passive_aux")
# outcome verbs that take an object in the active voice ("gunmen killed 5 villagers")
TRANSITIVE = EN.words("figures", "transitive")
TIME_WORDS = EN.words("figures", "time_words")
# nouns after "a"/"an" that are not victims ("a car bomb killed ...", "a statement said")
NOT_VICTIMS = EN.words("figures", "not_victims")
# "killed or wounded", "dead and missing": combined counts are not figures
COMBINED_WITH = EN.words("figures", "combined_with")
CASUALTY_COMBINERS = EN.words("figures", "casualty_combiners")

# victim groups: word -> group label (GOLD vocabulary where it has one)
GROUPS: dict[str, str] = {
    word: label for label, words in EN.table("figures", "groups").items() for word in words
}

# a figure followed by one of these counts things, not people
NOT_PEOPLE = EN.words("figures", "not_people")
MONTHS = EN.words("figures", "months")
# "a 12-year-old", "aged 12": ages are not figures
AGE_AFTER_RE = re.compile(EN.pattern("figures", "age_after"), re.I)
FRACTION_AFTER_RE = re.compile(EN.pattern("figures", "fraction_after"), re.I)
TOLL_NOUNS = EN.words("figures", "toll_nouns")
NUMBER_OF_KILLED = EN.words("figures", "number_of_killed")
NUMBER_OF_INJURED = EN.words("figures", "number_of_injured")
# words between a toll noun and its figure ("the death toll has risen to 40")
TOLL_LINKS = EN.words("figures", "toll_links")
# "the toll rose to 27 from 19": a toll changed, and what may stand between "from" and its earlier value
TOLL_CHANGES = EN.words("figures", "toll_changes")
TOLL_EARLIER = EN.words("figures", "toll_earlier")
# "including 20 children", "among them 4 women": a subgroup of the figure before
SUBGROUP_BEFORE = EN.words("figures", "subgroup_before")
# "Four of them", "two of his students": a part of a figure given before
OF_WHOLE = EN.words("figures", "of_whole")
OF_OUTCOME = EN.words("figures", "of_outcome")
DASHES = EN.words("figures", "dashes")  # "Eleven people — six men and five women — were killed"
AMONG_AFTER = EN.words("figures", "among_after")

# single victims: "a man was killed", "killing a policeman"
SINGLE_DETERMINERS = EN.words("figures", "single_determiners")

# "killed a man and his son": one relative each
POSSESSIVES = EN.words("figures", "possessives")
KIN = EN.words("figures", "kin")
# groups of armed people, kept out of the overall (civilian) toll range
ARMED = frozenset({"fighters", "soldiers", "police"})

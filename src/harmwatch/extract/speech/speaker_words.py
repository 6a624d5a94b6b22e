"""Words by which the text names speakers: speech verbs, pronouns, nouns standing for a party,
titles and roles. Inflected forms, since the pipeline runs without a lemmatizer. Read from the
language pack (``lang/<code>/speech.json``); spaCy labels and dependencies stay here."""

from __future__ import annotations

import re
from functools import cache

from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech.lemma_classes import forms

EN = load_pack("en")

# inflected forms (the pipeline runs without a lemmatizer)
SPEECH_VERBS = EN.words("speech", "speech_verbs")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSON_PRONOUNS = EN.words("speech", "person_pronouns")
GROUP_PRONOUNS = EN.words("speech", "group_pronouns")
RELATIVE_PRONOUNS = EN.words("speech", "relative_pronouns")
# "the organisation said": nouns that stand for an organisation named before
ORG_NOUNS = EN.words("speech", "org_nouns")
# "the army" refers back to an organisation named with a kindred word ("... Defence Forces")
ORG_NOUN_KIN: dict[str, list[str]] = {
    k: v for k, v in EN.table("speech", "org_noun_kin").items() if not k.startswith("_")
}
# "the organisation said" with nothing more: the organisation named last
GENERIC_ORG_NOUNS = EN.words("speech", "generic_org_nouns")
# "the father said", "the source said": a person named before
PERSON_NOUNS = EN.words("speech", "person_nouns")
# person nouns and titles that name only a man or only a woman, for a pronoun's agreement
MALE_NOUNS = EN.words("speech", "male_nouns")
FEMALE_NOUNS = EN.words("speech", "female_nouns")
# common nouns that name a party able to speak, accuse or respond
# and ``party_lemmas``: people and bodies who speak for themselves or others, as lemmas (each with
# its inflections: "lawyer", "lawyers")
PARTY_NOUNS = (
    ORG_NOUNS
    | PERSON_NOUNS
    | EN.words("speech", "party_nouns")
    | frozenset(f for lemma in EN.words("speech", "party_lemmas") for f in forms(lemma))
)
# "calling the strike a war crime", "described it as": verbs by which a party names an act (the
# charges pack's list)
CALLING = EN.words("charges", "calling")
# "the country said": nouns for a state, which refer back to a country named as a subject before
STATE_NOUNS = EN.words("speech", "state_nouns")
# names of platforms a statement is posted on, never its author
PLATFORMS = EN.words("speech", "platforms")
TITLES = EN.words("speech", "titles")
# roles by which a person speaks for an organisation
ROLE_NOUNS = EN.words("speech", "role_nouns")
DETERMINERS = EN.words("speech", "determiners")
ACRONYM_SKIP = EN.words("speech", "acronym_skip")
# what a party publishes, which speaks for whoever the text said published it ("the report states")
DOCUMENT_NOUNS = EN.words("speech", "document_nouns")
# one role under its several names: "the spokesperson" after "the army's spokesman, Jane Roe"
SPOKES_NOUNS = EN.words("speech", "spokes_nouns")
# nouns for a part of a body, named with the body it belongs to ("the UN refugee agency")
SUB_BODY_NOUNS = EN.words("speech", "sub_body_nouns")
# what a body's press office is called ("media office", "press office"): its voice, not a body
PRESS_WORDS = EN.words("speech", "press_words")


# --- name strings ---------------------------------------------------------------------------


def clean_name(text: str) -> str:
    text = text.rsplit("\n", 1)[-1]
    text = " ".join(text.split())
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")]  # "Full Name (FN": the tagger cut the bracket off
    if text.lower().startswith("the "):
        text = text[4:]
    elif text.startswith(("An ", "A ")) and text.count(" ") >= 2:
        text = text.split(" ", 1)[1]  # "An Example Defence Force", as the tagger may include it
    for suffix in ("'s", "’s", "´s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip(" ,.;:")


def strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    return " ".join(words)


def initials(name: str) -> str:
    return "".join(
        w[0] for w in name.replace("-", " ").split() if w.lower() not in ACRONYM_SKIP and w[0].isupper()
    )


PAREN_ACRONYM = re.compile(r"\([A-Z]{2,6}\)")
SPELLED_OUT = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|the|for|and|on|in)\s+)*){2,7})\(([A-Z]{2,6})\)")


def acronym_span(words: list[str], short: str) -> int:
    """How many of the last ``words`` spell the acronym ``short`` (0 when they do not): each
    capitalised word gives its initial (a hyphenated one those of its parts), a word in capitals
    its initial or all its letters ("UN Mission in ..." → "UNM..."), a joining word ("of", "in")
    its initial or nothing; the first word spelled is capitalised."""

    def spelled(w: str) -> set[str]:
        out = {w[:1]} if w[:1].isupper() else set()
        if w.lower() in ACRONYM_SKIP:
            out |= {"", w[:1].upper()}
        if "-" in w:
            out.add("".join(p[:1] for p in w.split("-") if p[:1].isupper()))
        if len(w) >= 2 and w.isupper() and w.isalpha():
            out.add(w)
        return out

    @cache
    def span(n: int, left: int) -> int:  # words[:n] end on short[:left]: how many words spell it
        if left == 0:
            return 0 if words[n][:1].isupper() and words[n].lower() not in ACRONYM_SKIP else -1
        for part in spelled(words[n - 1]) if n else ():
            if short[:left].endswith(part):
                got = span(n - 1, left - len(part))
                if got >= 0:
                    return got + 1
        return -1

    return max(span(len(words), len(short)), 0) if words and short else 0


# "a statement said", "a spokesperson said": words for the voice of an organisation named before
VOICE_NOUNS = EN.words("speech", "voice_nouns")
# "a herder who asked to be identified only as X", "the gang's leader, who calls himself X",
# "a woman who gave only her first name, X": the frames in which a text gives a speaker's name
# after describing them (the name: group ``name``; case as written)
ALIAS_FRAME = re.compile(EN.pattern("speech", "alias_frame"))
# "the group", "the Islamist group", "the militia": nouns that refer back to an armed group
ARMED_GROUP_NOUNS = EN.words("speech", "armed_group_nouns")

# words in the name of a body, never of a person ("council", "brigade", "crescent")
BODY_NAME_WORDS = EN.words("speech", "body_name_words")
# possessive pronouns, as the pronoun whose antecedent they share ("its" -> "it")
POSSESSIVE_PRONOUNS: dict[str, str] = EN.table("speech", "possessive_pronouns")
# pronouns -> the gender ("m"/"f") they name
PRONOUN_GENDERS: dict[str, str] = EN.table("speech", "pronoun_genders")
# verbs by which a text passes on another's words ("a statement quoted by the agency")
RELAY_VERBS = EN.words("speech", "relay_verbs")
# prepositions that place a person ("an aid worker in X"), and the nouns whose "of" does so ("a
# resident of X")
PLACING_PREPS = EN.words("speech", "placing_preps")
PLACE_DWELLER_NOUNS = EN.words("speech", "place_dweller_nouns")

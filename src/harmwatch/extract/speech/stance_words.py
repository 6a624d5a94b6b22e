"""Words of parties' responses: the stance patterns, and the vocabularies that tell a stance from
words that only look like one. Read from the language pack (``lang/<code>/stances.json``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech.lemma_classes import class_forms, compile_cues
from harmwatch.extract.speech.quotes import Cue
from harmwatch.records import Response

EN = load_pack("en")

# the stance word classes, as lemmas (``lemma_classes``), and the frames each stance is said in
CLASSES: dict[str, list[str]] = EN.table("stances", "lemma_classes")
STANCES: tuple[Cue, ...] = compile_cues(EN.value("stances", "stances"), CLASSES)
PRONOUNS = EN.words("stances", "pronouns")
OWNS_STRIKE = re.compile(EN.pattern("stances", "owns_strike"), re.I)
ASKING = EN.words("stances", "asking")
REFUSING = EN.words("stances", "refusing")
NEGATIONS = EN.words("stances", "negations")


def _word_forms(name: str) -> frozenset[str]:
    """Every lower-case form of the one-word members of the lemma class ``name``."""
    return frozenset(f.lower() for f in class_forms(w for w in CLASSES[name] if " " not in w))


# every form of the denial verbs ("denied", "rejects"): what stands under them is denied, not admitted
DENYING = _word_forms("deny_verbs")
# every one-word form of the words that call a claim untrue ("false", "baseless", "lies")
UNTRUE = _word_forms("untrue")
# the third person that opens a quoted account of an act: another party's act, not the speaker's
OTHERS = re.compile(r"(?:it|its|they|their)\b", re.I)
SPOKES = EN.words("stances", "spokes")
# every form of the verbs that name a claim so ("termed it baseless", "called the report
# fiction"): whoever names it judges it, though the naming verb stands in another's clause
NAMING = _word_forms("naming_verbs")
# every form of the refusing verbs ("declined", "refuses"): their infinitive is what is refused
REFUSE_FORMS = _word_forms("refuse_verbs")
# every form of the asking verbs whose infinitive is the subject's own act ("seeking to clarify")
SELF_CONTROL = frozenset(f.lower() for f in class_forms(EN.words("stances", "self_control_verbs")))
# possessives by which a speaker's own forces are named ("its jets", "our troops")
OWN_POSSESSIVES = EN.words("stances", "own_possessives")
# auxiliaries of the perfect ("had struck")
PERFECT = EN.words("stances", "perfect_auxiliaries")
# words after which the body of a spokesperson's title begins ("a statement on Sunday the army spokesman")
TITLE_BODY_OPENERS = EN.words("stances", "title_body_openers")
# every form of the verbs that take a fault on oneself ("accepted the blame", "claimed responsibility")
TAKING = _word_forms("take_verbs")
# every form of the words that name fighters and military targets: never the party that answers
FIGHTERS = _word_forms("fighter_nouns")
# every form of the words that name a strike ("airstrikes", "the raid"): what a party may admit
STRIKES = _word_forms("strike_nouns")
# every form of the words that name a strike or its harm ("the deaths"): a proper word beside them
# ("the Hill Town deaths") says where, never whose
STRUCK = STRIKES | _word_forms("harm_nouns")
# every form of the words for armed forces ("troops", "soldiers"): unnamed, those of the party that speaks
FORCES = _word_forms("force_nouns")
ARMED = FORCES | FIGHTERS  # any word for armed men, whoever's
# the one-word verbs of a strike's act ("struck", "hit", "shelled"): a thing said to have done them struck
ACTS = _word_forms("act_verbs")
# stances of a party that answers for an incident (its condolences are then regret)
ANSWERING = frozenset({"deny", "acknowledge", "justify", "investigate"})
# stances a monitor (a rights group, an observatory) never takes: it documents an incident, its
# inquiries and accounts of strikes answer for none (both engines)
MONITORED = frozenset({"investigate", "justify", "acknowledge"})
# words of rank before a spokesman's title ("the chief military spokesman"): no part of the body's name
RANKS = EN.words("stances", "ranks")
# ranks and courtesy titles written before a name ("Col.", "Brig.", "Mr."), without their stop
TITLE_WORDS = frozenset(w.rstrip(".") for w in EN.words("speech", "titles"))
# subjects that are texts or claims, never the party that takes a stance
DOCUMENTS = EN.words("stances", "documents")
# a text named with its author ("a statement by X", "the post from X"): the author is the party
BY_AUTHOR = re.compile(
    r"(?:(?:a|an|the|its|their)\s+)?(?:\w+\s+)?(?:"
    + "|".join(sorted(DOCUMENTS | EN.words("speech", "voice_nouns")))
    + r")\s+(?:issued\s+)?(?:by|from|of)\s+(?:the\s+)?",
    re.I,
)
# wire agencies: they report a response, they give none
NEWS_AGENCIES = EN.words("charges", "news_agencies")
IN_THE_BACKGROUND = EN.words("stances", "in_the_background")
INQUIRIES = EN.words("stances", "inquiries")
# what a party may reject that is no allegation ("rejected the proposal")
NOT_CHARGES = EN.words("stances", "not_charges")
# what a stance word is about when it takes no stance on an incident, by stance ("denied reporters
# access", "acknowledged the courage of", "an investigation into the crash", "defending our land")
NOT_STANCE_OBJECTS: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in EN.table("stances", "not_stance_objects").items() if not k.startswith("_")
}
# words before a justification that reject it ("under the guise of self-defence")
PRETEXTS = EN.words("stances", "pretexts")
# what a party may admit that is no strike ("acknowledge that the number may be higher")
TALLIES = EN.words("stances", "tallies")
# rights groups and monitors: their inquiries document an incident, they answer for none
MONITORS = re.compile(EN.pattern("stances", "monitors"), re.I)
# monitors that are state bodies (a national human rights commission, an ombudsman): the
# inquiries they announce answer for an incident as a prosecutor's do
RIGHTS_INSTITUTIONS = re.compile(EN.pattern("stances", "rights_institutions"), re.I)
# words that answer neither way ("neither confirmed nor denied", "would not confirm or deny"):
# their verbs are no denial and no admission (the words are a refusal to comment)
NON_ANSWERS = re.compile(EN.pattern("stances", "non_answers"), re.I)
# the verbs that set up an inquiry body, as lemmas ("a committee was formed to investigate"):
# who formed it answers, not the body
FORMING = frozenset(f.lower() for f in class_forms(EN.words("stances", "forming_verbs")))
# two parties named with one plural noun: "Syrian and Russian governments", "US and British forces"
COORDINATED_PARTIES = re.compile(EN.pattern("stances", "coordinated_parties"))
ONE_OF = EN.table("stances", "one_of")
# a party a reporter asked for comment: the verbs of asking ("contacted X", "questions sent to X"),
# the nouns of the request ("calls to X", "messages left with X") and of the answer ("a response
# from X"), and who asks (the outlet, its reporter): its failure to hear back is the asked party's
CONTACT_VERBS = frozenset(f.lower() for f in class_forms(EN.words("stances", "contact_verbs")))
REQUEST_NOUNS = frozenset(f.lower() for f in class_forms(EN.words("stances", "request_nouns")))
REPLY_NOUNS = frozenset(f.lower() for f in class_forms(EN.words("stances", "reply_nouns")))
REPORTERS = EN.words("stances", "reporter_nouns")
# every form of the verbs a speaker tells an outlet with ("told the Daily Courier"): what they
# name is no party
TELLING = frozenset(f.lower() for f in class_forms(EN.words("stances", "telling_verbs")))


# a word set in double quotation marks on its own ('had "neutralised" eight gang members', 'during
# which "terrorists" were killed'): its marks are blanked (one space each, so every offset stays)
# where a stance's words are sought, since the word the report quotes is the party's word all the
# same; quotations of more words keep their marks
_QUOTED_WORD = re.compile(r'["\u201c\u201e\u00ab]([\w-]+)["\u201d\u00bb]')


def unquoted(text: str) -> str:
    """``text`` with the marks of its words quoted one by one blanked, every offset kept."""
    return _QUOTED_WORD.sub(lambda m: " " + m.group(1) + " ", text)


# the words of an institution that are armed forces ("police", "army"): a party and a perpetrator
# whose names share one are the same force ("the National Police Service" and "a police officer")
ARMED_BODIES = frozenset(w for w in EN.words("stances", "institutions") if w in FORCES)


def condolences(found: Sequence[Response], perpetrator: str = "") -> list[Response]:
    """Condolences (the stance label ``condole``, both engines) are regret only from a party that
    answers for the incident (denies, admits, justifies or investigates it), or from the armed
    force the report names as its perpetrator (``perpetrator``: its name, English engine); anyone
    else's are sympathy, no response."""
    answering = {(r.party or "").lower() for r in found if r.stance in ANSWERING}
    perpetrating = ARMED_BODIES & set(re.findall(r"\w+", perpetrator.lower()))
    out = []
    for r in found:
        if r.stance == "condole":
            low = (r.party or "").lower()
            if not any(low and (low in a or a in low) for a in answering if a) and not (
                perpetrating & set(re.findall(r"\w+", low))
            ):
                continue
            if any(o.stance == "regret" and o.party == r.party for o in found):
                continue
            r = Response(r.party, "regret", r.text, r.span)
        out.append(r)
    return out

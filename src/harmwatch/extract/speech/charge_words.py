"""Words of allegations: the charges' patterns, and the vocabularies that tell a charge someone
makes from one the report only names. Read from the language pack (``lang/<code>/charges.json``)."""

from __future__ import annotations

import re

from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech.lemma_classes import compile_cues, forms
from harmwatch.extract.speech.quotes import Cue
from harmwatch.extract.speech.speaker_words import CALLING as CALLING  # (read there: speakers use it too)

EN = load_pack("en")

# the charges' word classes, as lemmas (``lemma_classes``), and the frames each charge is named in
CLASSES: dict[str, list[str]] = EN.table("charges", "lemma_classes")
CHARGES: tuple[Cue, ...] = compile_cues(EN.value("charges", "charges"), CLASSES)
# verbs of finding: "the inquiry found / concluded / documented ...": the subject makes the charge
FINDING = frozenset(
    f for lemma in CLASSES["finding_verbs"] for f in ({lemma[1:]} if lemma.startswith("=") else forms(lemma))
)
# verbs by which a party rejects the words rather than alleging them
REFUSALS = EN.words("charges", "refusals")
ACCUSE = EN.words("charges", "accuse")
# nouns that carry a charge for their possessor or "by" phrase ("X's accusation of war crimes")
ALLEGATION_NOUNS = EN.words("charges", "allegation_nouns")
# nouns a charge only names as a compound ("the war crimes tribunal", "a genocide memorial")
INSTITUTIONS = EN.words("charges", "institutions")
# first words of titles of office ("Prime Minister", "Foreign Secretary"): never an organisation alone
TITLE_OPENERS = EN.words("charges", "title_openers")
BLAME = EN.words("charges", "blame")
LEGAL = re.compile(EN.pattern("charges", "legal"), re.I)
COURT = re.compile(EN.pattern("charges", "court"), re.I)
# the outlet's own inquiry ("a review by this newspaper", "our analysis"): its findings are the report's
OWN_INQUIRY = re.compile(EN.pattern("charges", "own_inquiry"), re.I)
PARTY_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
# subjects and marks that make a clause a question, not a claim ("who committed war crimes")
QUESTION_SUBJECTS = EN.words("charges", "question_subjects")
QUESTION_MARKS = EN.words("charges", "question_marks")
# charges that name an event ("a massacre", "a terrorist attack"): an allegation only where a party
# calls the event so (in its own words, or as what someone committed, is accused of or is called)
NAMING = re.compile(EN.pattern("charges", "naming"), re.I)
NOT_RANKING = EN.words("charges", "not_ranking")  # superlatives that rank nothing
ANSWERS = frozenset({"deny", "acknowledge", "justify", "regret"})
# modal auxiliaries ("should", "must"): a sentence that says what a party should do
MODALS = EN.words("charges", "modals")
CARRY = EN.words("charges", "carry")
# nouns of an attack: the subject of a charge the report makes against the attack's author
ATTACKS = EN.words("charges", "attacks")
PLACE_PREPS = EN.words("charges", "place_preps")
# wire agencies in a dateline ("(AP) —"): the reporter, never a party to the charge
NEWS_AGENCIES = EN.words("charges", "news_agencies")
# legal proceedings: verbs whose subject charges ("prosecutors indicted X"), nouns of a proceeding
# its verb's subject opens ("the court opened a case against X"); the other verbs only with such a noun
PROCEEDING_VERBS, PROCEEDING_NOUNS, OPENING_VERBS = (
    frozenset(f for lemma in CLASSES[key] for f in ({lemma[1:]} if lemma.startswith("=") else forms(lemma)))
    for key in ("proceeding_verbs", "proceeding_nouns", "opening_verbs")
)
CASE_VERBS = PROCEEDING_VERBS | OPENING_VERBS  # either kind of verb, as the head of a proceeding's noun

"""Words of allegations (data only): the charges' patterns, and the vocabularies that tell a
charge someone makes from one the report only names."""

from __future__ import annotations

import re

from harmwatch.extract.speech.quotes import Cue

# (charge, pattern): the words that make the charge, in English
# (label, trigger words one of which every match contains, pattern): the triggers skip a pattern
# cheaply on a text that cannot match it
CHARGES: tuple[Cue, ...] = (
    ("war_crime", ("crime",), re.compile(r"\bwar[- ]crimes?\b", re.I)),
    ("crime_against_humanity", ("humanity",), re.compile(r"\bcrimes? against humanity\b", re.I)),
    ("genocide", ("genocid",), re.compile(r"\bgenocid(?:e|al)\b", re.I)),
    (
        "ihl_violation",
        ("violat", "breach", "contraven", "flout", "indiscriminate", "unlawful", "disproportionate"),
        re.compile(
            r"\b(?:violat\w*|breach\w*|contraven\w*|flout\w*)\s+(?:of\s+)?(?:the\s+)?(?:international\s+)?"
            r"(?:humanitarian\s+law|laws\s+of\s+war|rules\s+of\s+war|international\s+law|geneva\s+conventions?)"
            r"|\bindiscriminate(?:ly)?\s+(?:\w+\s+)?(?:attack|shell|bomb|strike|fire|firing|kill|use)\w*"
            r"|\bunlawful\s+(?:attack|strike|killing)s?\b|\bdisproportionate\s+(?:attack|force|strike)s?\b",
            re.I,
        ),
    ),
    (
        "human_rights_violation",
        ("human", "extrajudicial", "summary"),
        re.compile(
            r"\bhuman[- ]rights\s+(?:violations?|abuses?)\b|\b(?:violat\w*|abus\w*)\s+(?:of\s+)?human\s+rights\b"
            r"|\bextrajudicial(?:\s+\w+)?\s+(?:killings?|executions?)\b|\bsummary\s+executions?\b",
            re.I,
        ),
    ),
    (
        "civilian_targeting",
        (
            "deliberate",
            "intentional",
            "purposeful",
            "wilful",
            "willful",
            "knowingly",
            "systematic",
            "target",
            "civilian",
            "massacre",
            "terror",
        ),
        re.compile(
            r"\b(?:deliberate(?:ly)?|intentional(?:ly)?|purposeful(?:ly)?|wilful(?:ly)?|willful(?:ly)?"
            r"|knowingly|systematic(?:ally)?)[”\"’']?\s+(?:and\s+\w+\s+)?[“\"‘']?"
            r"(?:target\w*|attack\w*|struck|strike|strikes|hit|hitting|shell\w*|bomb\w*|kill\w*|shoot\w*|shot"
            r"|fir(?:ed|ing)|destroy\w*|keeps?|massacre\w*|act)\b"
            r"|\btarget(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:unarmed\s+|innocent\s+)?"
            r"(?:civilians?|civilian\s+\w+|schools?"
            r"|hospitals?|homes|residential\s+\w+|markets?|weddings?|funerals?|children|women|aid\s+workers"
            r"|journalists|refugees|displaced)"
            r"|\b(?:attacks?|war|crimes?)\s+(?:on|against)\s+(?:unarmed\s+|innocent\s+)?civilians\b"
            r"|\bmassacres?\b|\bterrorist\s+(?:act|attack)s?\b|\bacts?\s+of\s+terror(?:ism)?\b",
            re.I,
        ),
    ),
)
# verbs by which a party rejects the words rather than alleging them
REFUSALS = frozenset(
    "deny denies denied denying reject rejects rejected rejecting dismiss dismissed dismisses refute refuted".split()
)
ACCUSE = frozenset("accuse accuses accused accusing charged charge charges".split())
BLAME = frozenset("blame blames blamed blaming".split())
LEGAL = re.compile(
    r"\b(?:charge[sd]?|counts?\s+of|indict\w*|trial|convict\w*|guilty|prosecut\w*|arrest\s+warrants?)\b", re.I
)
COURT = re.compile(r"\b(?:court|tribunal|prosecutor)", re.I)
PARTY_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
# subjects and marks that make a clause a question, not a claim ("who committed war crimes")
QUESTION_SUBJECTS = frozenset({"who", "whoever", "what", "whatever", "which", "whichever"})
QUESTION_MARKS = frozenset({"whether", "if"})
# charges that name an event ("a massacre", "a terrorist attack"): an allegation only where a party
# calls the event so (in its own words, or as what someone committed, is accused of or is called)
NAMING = re.compile(r"massacre|terror", re.I)
CALLING = frozenset(
    "call calls called calling describe describes described describing label labels labelled labeled "
    "labelling labeling term terms termed brand brands branded denounce denounces denounced denouncing "
    "commit commits committed committing perpetrate perpetrated perpetrating accuse accuses accused "
    "accusing amount amounts amounted constitute constitutes constituted".split()
)
NOT_RANKING = frozenset({"latest", "last", "newest", "least"})  # superlatives that rank nothing
ANSWERS = frozenset({"deny", "acknowledge", "justify", "regret"})
CARRY = frozenset("carry carries carried carrying".split())
PLACE_PREPS = frozenset({"in", "at", "near", "across", "from", "to", "into", "around", "outside", "inside"})
# wire agencies in a dateline ("(AP) —"): the reporter, never a party to the charge
NEWS_AGENCIES = frozenset(
    "AP AFP Reuters Xinhua UPI ANSA EFE dpa DPA Anadolu TASS IANS PTI ANI Bernama Kyodo Yonhap".split()
)

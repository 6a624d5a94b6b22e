"""Words by which the text names speakers: speech verbs, pronouns, nouns standing for a party,
titles and roles. Inflected forms, since the pipeline runs without a lemmatizer."""

from __future__ import annotations

import re

# inflected forms (the pipeline runs without a lemmatizer)
SPEECH_VERBS = frozenset(
    """say says said saying tell tells told telling add adds added adding state states stated stating
    write writes wrote writing tweet tweets tweeted tweeting post posts posted explain explains
    explained explaining warn warns warned warning insist insists insisted insisting note notes noted
    noting recall recalls recalled recalling ask asks asked asking declare declares declared declaring
    announce announces announced announcing claim claims claimed claiming argue argues argued arguing
    describe describes described describing call calls called calling urge urges urged urging accuse
    accuses accused accusing condemn condemns condemned condemning denounce denounces denounced
    denouncing quote quoted quoting confirm confirms confirmed confirming deny denies denied denying
    blame blames blamed blaming reject rejects rejected rejecting acknowledge acknowledges acknowledged
    admit admits admitted vow vows vowed vowing report reports reported reporting recount recounts
    recounted comment commented remarked remark continued continue stressed stress stresses stressing
    added says shouted screamed cried whispered replied reply replies responded respond responds
    testified alleged allege alleges alleging according maintained maintains read reads
    label labels labelled labeled labelling labeling termed branded dubbed slammed charged implicated
    blasted decried assert asserts asserted asserting indicate indicated indicates
    """.split()
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"it", "they", "we"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# "the organisation said": nouns that stand for an organisation named before
ORG_NOUNS = frozenset(
    """organisation organization agency group charity ministry department army military coalition
    council government statement report office authority authorities committee movement command
    police company administration commission watchdog body institute network alliance""".split()
)
# "the organisation said" with nothing more: the organisation named last
GENERIC_ORG_NOUNS = frozenset(
    "organisation organization agency group charity statement report alliance body movement".split()
)
# "the father said", "the source said": a person named before
PERSON_NOUNS = frozenset(
    """source official spokesman spokeswoman spokesperson correspondent father mother witness survivor
    resident doctor man woman officer commander minister mayor governor director envoy official
    reporter journalist activist medic nurse teacher farmer driver victim""".split()
)
# common nouns that name a party able to speak, accuse or respond
PARTY_NOUNS = (
    ORG_NOUNS
    | PERSON_NOUNS
    | frozenset(
        """forces troops officials authorities regime spokesperson navy kremlin pentagon rescuers medics
        witnesses eyewitnesses residents survivors activists officers soldiers investigators prosecutors
        court tribunal group groups organisations organizations agencies ministries governments rebels
        militants fighters militia militias gunmen insurgents jihadists hospital clinic municipality union
        university""".split()
    )
)
# names of platforms a statement is posted on, never its author
PLATFORMS = frozenset("telegram twitter facebook instagram youtube tiktok whatsapp x".split())
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. col col. gen gen. lt lt. maj maj. capt capt. sgt
    sgt. brig brig. adm adm. sir""".split()
)
# roles by which a person speaks for an organisation
ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson director head chief president chairman chairwoman chair
    secretary representative researcher adviser advisor official officer commander coordinator
    manager founder deputy minister envoy ambassador""".split()
)
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "de", "du", "des", "la", "le", "on", "in"})


# --- name strings ---------------------------------------------------------------------------


def clean_name(text: str) -> str:
    text = text.rsplit("\n", 1)[-1]
    text = " ".join(text.split())
    if text.lower().startswith("the "):
        text = text[4:]
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
SPELLED_OUT = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|the|for|and|on)\s+)*){2,7})\(([A-Z]{2,6})\)")


def acronym_span(words: list[str], short: str) -> int:
    """How many of the last ``words`` spell the acronym ``short``."""
    n = 0
    count = 0
    for w in reversed(words):
        n += 1
        if w.lower() not in ACRONYM_SKIP and w[:1].isupper():
            count += 1
        if count == len(short):
            return n
    return len(words)

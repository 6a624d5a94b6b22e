"""Words of parties' responses (data only): the stance patterns, and the vocabularies that tell a
stance from words that only look like one."""

from __future__ import annotations

import re

from harmwatch.extract.speech.quotes import Cue

# (label, trigger words one of which every match contains, pattern): the triggers skip a pattern
# cheaply on a text that cannot match it
STANCES: tuple[Cue, ...] = (
    (
        "no_comment",
        ("comment", "respond", "reply", "return", "answer", "reached", "response"),
        re.compile(
            r"\b(?:declined|refused)\s+to\s+comment|\bdid\s+not\s+(?:immediately\s+)?(?:respond|reply|return|answer"
            r"|comment)|\bdidn[’']t\s+(?:immediately\s+)?(?:respond|reply|comment)|\bcould\s+not\s+(?:immediately\s+)?"
            r"be\s+reached|\bno\s+(?:immediate\s+)?(?:comment|response)\s+from|\bnot\s+(?:immediately\s+)?available"
            r"\s+for\s+comment|\bhas\s+not\s+(?:yet\s+)?commented",
            re.I,
        ),
    ),
    (
        "deny",
        (
            "deny",
            "denie",
            "denied",
            "denial",
            "reject",
            "dismiss",
            "refut",
            "rebuff",
            "countered",
            "disput",
            "behind",
            "responsible",
            "involved",
            "carry",
            "nothing",
            "ruled",
            "false",
            "fake",
            "fabricat",
            "staged",
            "lies",
            "guilty",
            "target",
        ),
        re.compile(
            r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)"
            r"|rebuff(?:s|ed)?|countered|disput(?:es|ed)|denials?)\b"
            r"|\b(?:was|were|is|are)\s+not\s+(?:behind|responsible|involved)|\bdid\s+not\s+carry\s+out"
            r"|\bhad\s+nothing\s+to\s+do\s+with|\bruled\s+out\s+(?:any\s+)?involvement"
            r"|\b(?:totally\s+|completely\s+)?(?:false|fake)\s+(?:news|information|claims?|reports?)"
            r"|\bfabricat\w+|\b(?:were|was)\s+staged\b|\b(?:was|were)\s+(?:\w+\s+)?ruled\s+out"
            r"|\bdid\s+not\s+target\b|\bcliches\s+and\s+lies\b|\bnot\s+guilty\b",
            re.I,
        ),
    ),
    (
        "acknowledge",
        (
            "admit",
            "acknowledg",
            "conced",
            "confirm",
            "responsibility",
            "carried",
            "conducted",
            "launched",
            "struck",
            "unintend",
            "unintentional",
            "mistake",
        ),
        re.compile(
            r"\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|conced(?:e|es|ed))\b"
            r"|\bconfirm(?:s|ed|ing)?\s+(?:that\s+)?(?:[\w-]+\s+){0,4}(?:strikes?|airstrikes?|air\s+strikes?|attack"
            r"|raid|bombing|operation|carried\s+out|conducted|launched|responsib\w+)"
            r"|\b(?:claim(?:s|ed|ing)?|took|accept(?:s|ed)?|assum(?:es|ed))\s+responsibility"
            r"|\bsaid\s+(?:it|they)\s+(?:had\s+)?(?:carried\s+out|conducted|launched|struck)"
            r"|\bunintend\w*|\bunintentional\w*|\bmistake\b|\bmistakenly\b",
            re.I,
        ),
    ),
    (
        "investigate",
        ("investigat", "inquir", "probe", "looking", "review", "credibility"),
        re.compile(
            r"\binvestigat(?:e|es|ed|ing|ion|ions)\b|\binquir(?:y|ies)\b|\bprobe[sd]?\b|\blooking\s+into\b"
            r"|\breview(?:ing)?\s+(?:the|of|into)\b|\bcredibility\s+assessment\b"
            r"|\b(?:thorough|full|internal|formal)\s+review\b",
            re.I,
        ),
    ),
    (
        "justify",
        (
            "legitimate",
            "target",
            "conform",
            "international",
            "humanitarian",
            "self",
            "shield",
            "warning",
            "endangered",
            "threatened",
            "threat",
        ),
        re.compile(
            r"\blegitimate\s+(?:military\s+)?(?:target|action|objective|operation)s?|\b(?:as|is|was|were|are)\s+legitimate\b"
            r"|\btarget(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}(?:militants?|terrorists?|insurgents?|jihadists?|fighters|rebels|commanders?"
            r"|leaders?|operatives|launchers|positions|elements|infrastructure|hideouts?|gunmen|snipers"
            r"|traffickers|criminals|gang\s+members)\b"
            r"|\bin\s+(?:conformity|accordance|line)\s+with\s+(?:international|humanitarian)"
            r"|\bconform\w*\s+(?:to|with)\s+international|\bself[- ]defen[cs]e\b(?![- ](?:groups?|forces?|militias?|units?|brigades?|committees?))|\bhuman\s+shields?\b"
            r"|\bwarning\s+shots\b|\b(?:felt|were)\s+(?:endangered|threatened)\b|\bposed?\s+an?\s+(?:immediate\s+)?threat",
            re.I,
        ),
    ),
    (
        "regret",
        ("regret", "apolog", "sorry"),
        re.compile(
            r"\b(?:expressed|expresses|expressing)\s+(?:\w+\s+)?regret\b|\bregrett?(?:s|ed|able)?\b|\bapologi[sz]\w*|\bdeeply\s+sorry\b",
            re.I,
        ),
    ),
)
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
OWNS_STRIKE = re.compile(r"\blegitimate\s+(?:military\s+)?(?:target|action|operation)|\btarget", re.I)
LEGITIMATE = re.compile(r"legitimate", re.I)
ASKING = frozenset(
    "demand demands demanded demanding call calls called calling urge urges urged urging request requested".split()
    + "requesting seek seeks sought seeking want wants wanted rejected rejecting".split()
)
REFUSING = frozenset("denied rejected dismissed refuted rebuffed disputed".split())
NEGATIONS = frozenset({"not", "never", "n't", "n’t"})
SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"})
# words that judge a claim ("fake information", "lies"): the stance is the speaker's, whoever the
# clause's subject is ("X said the report contained fake information" -> X denies)
JUDGING = re.compile(r"false|fake|fabricat|staged|lies", re.I)
# subjects that are texts or claims, never the party that takes a stance
DOCUMENTS = frozenset(
    "report reports allegation allegations claim claims accusation accusations video videos footage "
    "images photos findings account accounts story stories article articles information news".split()
)
IN_THE_BACKGROUND = frozenset({"amid", "despite"})
INQUIRIES = frozenset(
    "review reviews investigation investigations inquiry inquiries probe probes audit study".split()
)
# what a party may reject that is no allegation ("rejected the proposal")
NOT_CHARGES = frozenset(
    "proposal proposals offer offers plan plans idea ideas request requests call calls demand demands "
    "resolution resolutions deal deals bid bids appeal appeals invitation invitations ceasefire truce "
    "application applications motion motions bill bills amendment amendments draft drafts "
    "candidacy nomination nominations initiative initiatives".split()
)
# words before a justification that reject it ("under the guise of self-defence")
PRETEXTS = frozenset({"guise", "pretext", "pretence", "pretense", "excuse", "so-called"})
# what a party may admit that is no strike ("acknowledge that the number may be higher")
TALLIES = frozenset({"number", "numbers", "toll", "tolls", "figure", "figures", "count", "tally"})
# rights groups and monitors: their inquiries document an incident, they answer for none
MONITORS = re.compile(
    r"\b(?:rights|amnesty|watch|monitor|monitors|observatory|ombudsman|commission\s+of\s+inquiry)\b", re.I
)
# two parties named with one plural noun: "Syrian and Russian governments", "US and British forces"
COORDINATED_PARTIES = re.compile(
    r"(?:the\s+)?([A-Z][\w.-]+)\s+and\s+([A-Z][\w.-]+)\s+(governments|militaries|armies|forces|officials)"
)
ONE_OF = {"governments": "government", "militaries": "military", "armies": "army"}

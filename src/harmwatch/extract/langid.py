"""Which language a report is written in, when the caller does not say.

py3langid's packaged model (no download, under a millisecond per document) is asked twice: once
unrestricted, once restricted to the languages harmwatch has a pack for. A report whose
unrestricted top language is one without a pack, and whose restricted answer is not confident,
is in that language: its code is returned (``"pl"``, ``"hr"``, ``"mk"``: ISO 639-1, or py3langid's
ISO 639-3 code where the language has no two-letter one) when the model gives it at least
MIN_OTHER_PROB, else ``"other"``. Either way the report has no pack: it gets cleaning, figures
written in digits and places, as an unclassified event (``generic/unsupported.py``), and says it
is unsupported (``language_supported: false``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from harmwatch.extract.lang import SUPPORTED

OTHER = "other"
MIN_PROB = 0.90  # restricted-model probability below which an unsupported top language wins
SAMPLE_CHARS = 4000  # the first pages say enough
MIN_TOP_SHARE = 0.2  # a supported language this close to an unsupported top answer still wins
# an unsupported top language at least this probable is named; below it (a short or mixed text,
# a list of names) the report is "other". Close kin share the rest ("hr" 0.58, "bs" 0.34).
MIN_OTHER_PROB = 0.5
NO_LANGUAGE = frozenset({"zxx"})  # py3langid's "no linguistic content"


@cache
def _model() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> str:
    """The code of the text's language: one of SUPPORTED where a pack fits, else the identified
    language's code where the model is confident of it, else ``"other"``."""
    sample = (text or "")[:SAMPLE_CHARS]
    if not sample.strip() or not any(ch.isalpha() for ch in sample):
        return OTHER
    ranked = _model().rank(sample)  # every language, best first, probabilities summing to 1
    top = ranked[0][0]
    supported = [(code, p) for code, p in ranked if code in SUPPORTED]
    if not supported:  # pragma: no cover - the model knows every supported language
        return OTHER
    code, p = supported[0]
    if top in SUPPORTED:
        return str(code)
    share = p / (sum(q for _, q in supported) or 1.0)  # the restricted model's probability
    if share >= MIN_PROB and p >= MIN_TOP_SHARE * ranked[0][1]:
        return str(code)
    confident = ranked[0][1] >= MIN_OTHER_PROB and top not in NO_LANGUAGE
    return str(top) if confident else OTHER

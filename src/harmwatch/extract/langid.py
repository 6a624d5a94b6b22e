"""Which language a report is written in, when the caller does not say.

py3langid's packaged model (no download, under a millisecond per document) is asked twice: once
unrestricted, once restricted to the languages harmwatch has a pack for. A report whose
unrestricted top language is one without a pack, and whose restricted answer is not confident,
is ``"other"``: it gets cleaning, digits-based figures and places, and says it is unsupported.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from harmwatch.extract.lang import SUPPORTED

OTHER = "other"
MIN_PROB = 0.90  # restricted-model probability below which an unsupported top language wins
SAMPLE_CHARS = 4000  # the first pages say enough
MIN_TOP_SHARE = 0.2  # a supported language this close to an unsupported top answer still wins


@cache
def _model() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> str:
    """The ISO 639-1 code of the text's language among SUPPORTED, or ``"other"``."""
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
    return str(code) if share >= MIN_PROB and p >= MIN_TOP_SHARE * ranked[0][1] else OTHER

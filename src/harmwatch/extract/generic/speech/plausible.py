"""Whether the words found where a speaker, party or accuser stands can be one, by type.

A speaker, party or accuser is a person's name (a capitalised run; in a script without case, any
word that is no verb form), an office title or a body's noun ("le ministre", "la policía",
"представитель"), an acronym, or a country as a party. The words a clause puts there are
sometimes none of these; they are then no candidate, and the caller falls to its next one (the
phrase on the other side of the verb, the previous speaker, the name a sentence opens with):

- ``fragment``: it opens with a genitive word and has no capitalised word ("d'un possible", "de";
  not "von der Leyen"), so it is the tail of a noun phrase cut before it;
- ``clause``: it opens with a relative pronoun or a clause word ("cuyo portavoz fue consultado");
- ``adverb``: it opens with an adverb, by the pack's ``adverb_endings`` ("profundamente as mortes");
- ``uncased``: German writes every noun and name with a capital; a phrase without one names no
  one ("handele es sich nur", "gekommen");
- ``bare``: in a language with articles (fr, es, pt), lower-case words right after a word that
  is no determiner, genitive word, preposition or agent word ("pela"), the first no title (a subject or an inverted subject takes an article:
  "a dit le ministre"; bare words are an object, a complement or a description: "manifestou
  preocupação", "los declaró culpables", "internacionalmente", "um comunicado diário", "X, país
  devastado pela guerra,");
- ``verb``: in a script without case (Arabic), one word shaped as a verb with an object clitic
  ("نشرته", "قتلته": a perfect verb and "-ه/-ها/-هم" after its ending "ت" or "وا");

A word that glues lower-case letters to a capitalised name ("htmlRussland", a page's markup run
into the text) is that name: :func:`unglued_start` says where it starts, for the written phrase.
"""

from __future__ import annotations

from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.matching import find_phrases
from harmwatch.extract.generic.speech.tokens import Tok

ADJECTIVE_ENDINGS = (
    "ый",
    "ий",
    "ой",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ых",
    "их",
    "ым",
    "им",
    "ого",
    "ему",
    "ому",  # Ukrainian: "російському", "військовому"
    "ої",
)

# Arabic: a perfect verb with an object clitic, "نشرته" (she published it), "قتلوهم" (they killed
# them): the 3rd person feminine "ت" or plural "و" ending, then the clitic
_VERB_OBJECT_ENDINGS = ("ته", "تها", "تهم", "وه", "وها", "وهم")


def inflected_title(lex: Lexicon, word: str) -> str | None:
    """The title ``word`` is a case form of: the title less its last letter, then an ending of
    up to three letters ("ведомства" -> "ведомство", "министром" -> "министр"); never an
    adjective ("главный", "головний")."""
    if not lex.case_inflection or word.endswith(ADJECTIVE_ENDINGS):
        return None
    for title in lex.titles:
        if len(title) >= 5 and word.startswith(title[:-1]) and len(word) - len(title) <= 3:
            return title
    return None


def title_word(lex: Lexicon, word: str) -> bool:
    """An office title, also as the head of a compound ("spd-minister", "außenminister")."""
    if word in lex.titles or inflected_title(lex, word):
        return True
    if "-" in word and word.rsplit("-", 1)[1] in lex.titles:
        return True
    return lex.capitalised_nouns and any(word.endswith(t) for t in lex.titles if len(t) >= 6)


def _cased(tok: Tok) -> bool:
    return tok.text[:1].isupper() or unglued_start(tok.text) > 0


def _has_case(tok: Tok) -> bool:
    return tok.text[:1].lower() != tok.text[:1].upper()


def unglued_start(word: str) -> int:
    """Where a capitalised name starts inside a word that glues lower-case letters before it
    ("htmlRussland" -> 4; a page's markup run into the text); 0 for any other word (one lower-case
    letter before a capital, "iPhone", "eBay", is a spelling, not glue)."""
    if len(word) < 4 or not word[:2].islower():
        return 0
    k = next((i for i, c in enumerate(word) if c.isupper()), None)
    if k is None or k < 2 or not word[k + 1 : k + 2].islower():
        return 0
    return k


def implausible(lex: Lexicon, toks: list[Tok], lo: int, hi: int) -> str | None:
    """Why toks[lo:hi] is no speaker, party or accuser by type (see the module's docstring);
    None when it may be one."""
    words = [t for t in toks[lo:hi] if t.word]
    if not words:
        return None
    first = words[0]
    if first.key in lex.linkers and first.key not in lex.articles and not any(_cased(t) for t in words):
        return "fragment"
    if first.key in lex.relatives or (first.key in lex.stops and first.key not in lex.articles):
        return "clause"
    if not _cased(first) and len(first.key) > 6 and first.key.endswith(lex.adverb_endings or ("\x00",)):
        return "adverb"
    if lex.capitalised_nouns and any(_has_case(t) for t in words) and not any(_cased(t) for t in words):
        return "uncased"
    if (
        lex.indefinites
        and not lex.capitalised_nouns
        and all(_has_case(t) and not _cased(t) for t in words)
        and not title_word(lex, first.key)
        and not _determiner(lex, first)
        and not (lo > 0 and toks[lo - 1].word and _function_word(lex, toks, lo - 1))
        and first.key not in lex.pronouns
    ):
        return "bare"
    if len(words) == 1:
        word = words[0]
        if (
            not _has_case(word)
            and lex.definite
            and len(word.key) >= 5
            and word.key.endswith(_VERB_OBJECT_ENDINGS)
            and word.key not in lex.titles | lex.nouns
        ):
            return "verb"
    return None


def _function_word(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether toks[k] is a determiner, a genitive word or preposition (that may carry an article:
    "do", "du", "no") or the end of an agent phrase ("pela", "par"): the words after it are a noun
    phrase, not bare words after a verb."""
    tok = toks[k]
    if _determiner(lex, tok) or tok.key in lex.linkers or tok.key in lex.preps:
        return True
    return any(b == k + 1 for _a, b, _ in find_phrases(lex, lex.agents, toks, max(0, k - 3), k + 1))


def _determiner(lex: Lexicon, tok: Tok) -> bool:
    return tok.key in lex.articles or tok.key in lex.indefinites or tok.key in lex.demonstratives

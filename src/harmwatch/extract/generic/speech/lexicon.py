"""The pack's ``speech.json``, compiled: its phrases and closed word classes (see the package's
docstring for how a phrase is written)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from harmwatch.extract.generic.speech.tokens import norm
from harmwatch.extract.lang import load_pack

_DEFAULT_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ('"', '"'))


@dataclass(frozen=True, slots=True)
class Phrase:
    label: str
    parts: tuple[tuple[frozenset[str], tuple[str, ...]] | None, ...]  # (exact forms, prefixes) or gap
    backtrack: bool = False  # a gap tries every fitting word, not only the nearest (charges)


@dataclass(frozen=True)
class Lexicon:
    lang: str
    elision: bool
    verb_first: bool  # the subject usually follows its verb (Arabic: "وقال X")
    # every noun written with a capital (German): a capitalised word is no sign of a name, and a
    # lower-case word after a name is its predicate
    capitalised_nouns: bool
    # nouns and titles inflect by case ("ведомства", "міністра"): a title matches its case forms
    case_inflection: bool
    pairs: tuple[tuple[str, str], ...]
    # a line that opens with a dash is a quotation up to " —" and its speech verb (Spanish and
    # Portuguese dialogue: "—No vimos nada —dijo X.")
    dialogue_dashes: bool
    prefixes: tuple[str, ...]  # clitic prefixes, longest first
    speech: tuple[Phrase, ...]
    accuse: tuple[Phrase, ...]
    speakers: tuple[Phrase, ...]  # speech and accusation verbs together
    sources: tuple[Phrase, ...]  # "selon" + source
    sources_after: tuple[Phrase, ...]  # source + "zufolge"
    # "pour X, « ... »": source words that only open a sentence (elsewhere "pour" is a purpose)
    sources_opening: tuple[Phrase, ...]
    charges: tuple[Phrase, ...]
    naming: tuple[Phrase, ...]  # charges that name an event ("acte terroriste"): only as a party's words
    stances: tuple[Phrase, ...]
    agents: tuple[Phrase, ...]  # "par" + accused
    stops: frozenset[str]  # words that open a new clause: que, that, dass, что, أن
    skip: frozenset[str]  # auxiliaries and adverbs trimmed off a phrase's edges
    pronouns: frozenset[str]
    preps: frozenset[str]  # a chunk opening with one is not a subject (a place, a time)
    articles: frozenset[str]  # where a subject may start after a prepositional phrase
    aux: frozenset[str]  # auxiliaries and modals: a name ends before one ("X wollte sich ...")
    definite: str  # the definite article prefix of a language that writes one on each word (ال)
    ends: frozenset[str]  # words that end a name after its verb ("écrit X dans un communiqué")
    statements: frozenset[str]  # statement nouns: "communiqué du ministère" names the ministry
    linkers: frozenset[str]  # genitive words after a statement noun (du, des, de la, of)
    demonstratives: frozenset[str]  # "ese organismo": refers back to the named speaker
    titles: frozenset[str]  # office titles: alone, they refer back to the person named before
    # "un responsable": an indefinite title is someone new, never one named before
    indefinites: frozenset[str]
    not_names: frozenset[str]  # words a speaker phrase may not be made of alone (months, weekdays)
    # prepositions before the institution that speaks, in languages that say "in the ministry
    # they said" for "the ministry said" ("в Генштабе заявили", "у міськраді нагадали")
    speaker_preps: frozenset[str]
    # "in", "à", "en": a party's place after its name ("das Auswärtige Amt in Berlin"), cut off
    place_preps: frozenset[str] = frozenset()
    # the party of a response written as a relative clause or an anaphor (responses only):
    # "X, qui a démenti" (relatives; those that are also conjunctions or articles, "que", "die",
    # only after a comma), "ces derniers ont revendiqué" (latter words: the last name before)
    relatives: frozenset[str] = frozenset()
    comma_relatives: frozenset[str] = frozenset()
    latter: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()  # "n'a pas démenti", "не отрицает": no stance taken
    # "issued by" after a negated verb of issuing ("لم يصدر عن X أي تعليق"): X gave no comment
    issued_by: tuple[Phrase, ...] = ()
    from_party: tuple[Phrase, ...] = ()  # "aus Kiew", "du côté de", "со стороны": whose reaction
    strikes: tuple[Phrase, ...] = ()  # justifications that name the target struck: also an admission
    claims: tuple[Phrase, ...] = ()  # "les affirmations de X", "заявления X": whose justification
    negated: tuple[Phrase, ...] = ()  # a stance when negated: "n'a pas visé" (deny)
    # a stance only as a party's account, never in the report's narration: a strike on fighters
    # ("X a affirmé avoir visé des terroristes": X justifies; "des terroristes ont attaqué": none)
    said: tuple[Phrase, ...] = ()
    # "and" words: a verb right after one shares the subject of the verb before it ("X a
    # regretté les pertes et a démenti ...", "X lamentó ... y rechazó ...")
    coordinators: frozenset[str] = frozenset()
    # passive auxiliaries ("été", "fue", "foi"): "par X" after a stance is its agent only after one
    passive: frozenset[str] = frozenset()
    # words a "..." may stand for (``phrase_gap``): 4, or more in a language whose verb particle
    # or participle closes the clause ("wies die Vorwürfe ... zurück"); past 4, never over a comma
    gap: int = 4
    # "Об этом заявил X", "Про це повідомив X": a sentence opening so gives its speaker to the
    # sentence before it
    about_this: tuple[Phrase, ...] = ()
    # a language with a definite prefix (Arabic): what may follow a noun inside one noun phrase,
    # so that a verb-first subject ends before the verb's object ("نفت الحكومة الاتهامات"):
    # adjectives (closed forms, and the endings of derived ones: nisba "-ي/-ية"), words that link
    # a second noun phrase into a name ("المتحدث باسم الجيش"), prepositions after an indefinite
    # head that name its body ("مسؤول في وزارة الدفاع"), nouns that open with a clitic letter
    # (a phrase's first word that does not is taken for a verb: "وقدمت الوزارة اعتذارها")
    adjectives: frozenset[str] = frozenset()
    adjective_endings: tuple[str, ...] = ()
    name_linkers: frozenset[str] = frozenset()
    member_preps: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    # source words after which the name carries a clitic preposition ("وفقا لوزارة الصحة")
    clitic_sources: frozenset[str] = frozenset()
    # titles that name a body, never followed by a person's name ("الجيش", "الوزارة")
    bodies: frozenset[str] = frozenset()
    # a spokesman's titles: "porte-parole de X" as a party or accuser is X, the body it speaks for
    spokesmen: frozenset[str] = frozenset()
    # a language that writes a body and a spokesman's title as one word ("Regierungssprecher"):
    # the endings whose last letter links the two ("ungs" -> "Regierung", "en" -> "Luftwaffe")
    compound_links: tuple[str, ...] = ()
    # endings of adverbs ("-mente"): a phrase opening with one is no speaker ("profundamente as mortes")
    adverb_endings: tuple[str, ...] = ()
    # verbs of the reported mood ("sei", "habe", "aurait", "habría"): a clause with one, in a
    # sentence with no speaker of its own, continues the speaker before (German Konjunktiv I)
    reported: frozenset[str] = frozenset()
    # endings of participles ("affilié", "acusado", "распространённом"): a lower-case description
    # opening with one, between commas after a subject, is no subject ("X, affilié à Y, a revendiqué")
    participle_endings: tuple[str, ...] = ()
    # the speaker's gender a pronoun ("elle", "она", "вона") or a past verb's ending ("сказала",
    # "додав") gives: a follow-on "— додала вона" after a man's quotation is the woman's before
    feminine: frozenset[str] = frozenset()
    masculine: frozenset[str] = frozenset()
    feminine_endings: tuple[str, ...] = ()
    masculine_endings: tuple[str, ...] = ()
    # endings of a finite past verb (ru/uk "-ла", "-ли", "-ил", "-ав"): in a clause that opens with
    # a stance or charge noun and its object ("Уголовное дело возбудила прокуратура"), the phrase
    # after the first such verb is the subject (object-first order)
    past_endings: tuple[str, ...] = ()
    # participles and gerunds of saying ("مضيفا", "ajoutant", "добавив"): no subject of their own,
    # they speak with the subject of the speech verb before them
    speech_participles: frozenset[str] = frozenset()
    # prepositions written with a final alif maqsura ("على"), which the normaliser writes as a
    # final ya: a word written with a ya ("علي") is a name, not the preposition
    maqsura_preps: frozenset[str] = frozenset()
    # request nouns and the prepositions that name whom a request went to ("Eine Anfrage an X
    # blieb unbeantwortet", "une demande adressée à X"): that addressee is the party of its stance
    requests: frozenset[str] = frozenset()
    request_preps: frozenset[str] = frozenset()
    # monitors that document an incident (rights groups, observatories): their inquiries and
    # accounts of strikes answer for none; a state rights institution's inquiry does (ombudsman)
    monitors: tuple[Phrase, ...] = ()
    # verbs of calling for something ("appeler à", "pedir", "fordern", "призвать", "طالب"): an
    # inquiry they ask for is none announced
    calls: tuple[Phrase, ...] = ()
    # words that may stand between a negation and the charge it denies: link verbs ("constitue",
    # "является", "يشكل") and the words of negative adverbials ("en aucun cas", "de ninguna manera")
    charge_links: frozenset[str] = frozenset()
    # a denial after a charge in its clause ("Von einem Kriegsverbrechen könne keine Rede sein")
    charge_denials_after: tuple[Phrase, ...] = ()
    # phrases of keeping the law right before a charge ("conformément au", "se ajustó a", "в
    # соответствии с"): the law named as kept, no charge
    conformity: tuple[Phrase, ...] = ()
    # outlets a party speaks to without a preposition ("der Agentur Tass", "агентству ТАСС"):
    # the party ends before them
    outlets: frozenset[str] = frozenset()
    # what a stance word is about when it takes no stance on an incident, by stance ("rumeurs"
    # denied, an inquiry into a "crash", no comment on a "corruption" case)
    not_stance_objects: tuple[tuple[str, tuple[Phrase, ...]], ...] = ()
    rights_institutions: tuple[Phrase, ...] = ()


def _phrase(label: str, text: str, elision: bool, backtrack: bool = False) -> Phrase:
    parts: list[tuple[frozenset[str], tuple[str, ...]] | None] = []
    if elision:  # "l'humanité" is two tokens, as the text's tokenizer makes it
        text = re.sub(r"(\w['’])(?=\w)", r"\1 ", text)
    for tok in text.split():
        if tok == "...":
            parts.append(None)
            continue
        exact: set[str] = set()
        prefixes: list[str] = []
        for alt in tok.split("|"):
            alt = norm(alt)
            (prefixes.append(alt[:-1]) if alt.endswith("*") and len(alt) > 1 else exact.add(alt))
        parts.append((frozenset(exact), tuple(prefixes)))
    return Phrase(label, tuple(parts), backtrack)


def _phrases(label: str, texts: object, elision: bool, backtrack: bool = False) -> list[Phrase]:
    if not isinstance(texts, list):
        return []
    return [_phrase(label, str(t), elision, backtrack) for t in texts if str(t).strip()]


def _table(table: dict[str, object], elision: bool, backtrack: bool = False) -> tuple[Phrase, ...]:
    out: list[Phrase] = []
    for label, texts in table.items():
        if not label.startswith("_"):
            out.extend(_phrases(label, texts, elision, backtrack))
    return tuple(out)


@cache
def load_lexicon(lang: str) -> Lexicon:
    pack = load_pack(lang)
    data = pack.data("speech")
    pairs = tuple(
        (str(p[0]), str(p[1])) for p in data.get("quote_pairs", []) if isinstance(p, list) and len(p) == 2
    )

    def words(key: str) -> frozenset[str]:
        return frozenset(norm(w) for w in pack.words("speech", key))

    prefixes = tuple(sorted((norm(p) for p in data.get("clitic_prefixes", [])), key=len, reverse=True))
    el = bool(data.get("elision", False))
    return Lexicon(
        lang=lang,
        elision=el,
        verb_first=bool(data.get("verb_first", False)),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        case_inflection=bool(data.get("case_inflection", False)),
        pairs=pairs or _DEFAULT_PAIRS,
        dialogue_dashes=bool(data.get("dialogue_dashes", False)),
        prefixes=prefixes,
        speech=tuple(_phrases("speech", data.get("speech_verbs"), el)),
        accuse=tuple(_phrases("accuse", data.get("accuse_verbs"), el)),
        speakers=tuple(_phrases("speech", data.get("speech_verbs"), el))
        + tuple(_phrases("accuse", data.get("accuse_verbs"), el)),
        sources=tuple(_phrases("source", data.get("source_before"), el))
        + tuple(_phrases("genitive", data.get("genitive_sources"), el)),
        sources_after=tuple(_phrases("source", data.get("source_after"), el)),
        sources_opening=tuple(_phrases("source", data.get("source_opening"), el)),
        charges=_table(pack.table("speech", "charges"), el, backtrack=True),
        naming=_table(pack.table("speech", "naming_charges"), el) if "naming_charges" in data else (),
        stances=_table(pack.table("speech", "stances"), el),
        agents=tuple(_phrases("agent", data.get("agent_words"), el)),
        stops=words("clause_words"),
        skip=words("skip_words"),
        pronouns=words("pronouns"),
        preps=words("prepositions"),
        articles=words("articles"),
        aux=words("aux_words"),
        definite=norm(str(data.get("definite_prefix", ""))),
        ends=words("phrase_end_words") | words("prepositions"),
        statements=words("statement_nouns"),
        linkers=words("genitive_words"),
        demonstratives=words("demonstratives"),
        titles=words("titles"),
        indefinites=words("indefinite_articles"),
        not_names=words("not_names"),
        speaker_preps=words("speaker_preps"),
        place_preps=words("place_prepositions"),
        relatives=words("relative_pronouns"),
        comma_relatives=words("comma_relative_pronouns"),
        latter=words("latter_words"),
        negations=words("negation_words"),
        from_party=tuple(_phrases("from", data.get("party_from"), el)),
        issued_by=tuple(_phrases("issued", data.get("issued_by"), el)),
        strikes=tuple(_phrases("strike", data.get("strike_targets"), el)),
        claims=tuple(_phrases("claim", data.get("claim_nouns"), el)),
        negated=_table(pack.table("speech", "negated_stances"), el) if "negated_stances" in data else (),
        said=_table(pack.table("speech", "said_stances"), el) if "said_stances" in data else (),
        coordinators=words("coordinators"),
        passive=words("passive_words"),
        gap=int(data.get("phrase_gap", 4)),
        about_this=tuple(_phrases("about", data.get("about_this"), el)),
        adjectives=frozenset(
            a + end for a in words("adjectives") for end in ("", "ة", "ون", "ين", "ان", "تان")
        ),
        adjective_endings=tuple(norm(w) for w in pack.words("speech", "adjective_endings")),
        name_linkers=words("name_linkers"),
        member_preps=words("member_prepositions"),
        nouns=words("clitic_initial_nouns"),
        clitic_sources=words("clitic_sources"),
        bodies=words("body_titles"),
        spokesmen=words("spokesman_titles"),
        compound_links=tuple(norm(w) for w in pack.words("speech", "compound_links")),
        adverb_endings=tuple(norm(w) for w in pack.words("speech", "adverb_endings")),
        reported=words("reported_mood_words"),
        participle_endings=tuple(norm(w) for w in pack.words("speech", "participle_endings")),
        speech_participles=words("speech_participles"),
        feminine=words("feminine_pronouns"),
        masculine=words("masculine_pronouns"),
        feminine_endings=tuple(norm(w) for w in pack.words("speech", "feminine_verb_endings")),
        masculine_endings=tuple(norm(w) for w in pack.words("speech", "masculine_verb_endings")),
        past_endings=tuple(norm(w) for w in pack.words("speech", "past_verb_endings")),
        maqsura_preps=frozenset(norm(w) for w in pack.words("speech", "prepositions") if w.endswith("ى")),
        requests=words("request_nouns"),
        request_preps=words("request_prepositions"),
        monitors=tuple(_phrases("monitor", data.get("monitors"), el)),
        calls=tuple(_phrases("call", data.get("call_verbs"), el)),
        charge_links=words("charge_links"),
        charge_denials_after=tuple(_phrases("denial", data.get("charge_denials_after"), el)),
        conformity=tuple(_phrases("conformity", data.get("conformity"), el)),
        outlets=words("outlet_nouns"),
        not_stance_objects=tuple(
            (str(k), tuple(_phrases(str(k), v, el)))
            for k, v in pack.table("speech", "not_stance_objects").items()
            if not str(k).startswith("_")
        ),
        rights_institutions=tuple(_phrases("institution", data.get("rights_institutions"), el)),
    )

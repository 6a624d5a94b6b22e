"""Responses: stance words (the pack's ``stances``: deny, acknowledge, investigate, justify, regret,
no_comment), a negated strike as a denial (``negated_stances``), a justification naming the target
struck as an admission too; the party is found by :mod:`.parties`, or is the sentence's speaker
(a pronoun: the previous speaker; a title: the party named before)."""

from __future__ import annotations

import re

from harmwatch.extract.generic.speech.allegations import headed_name, negated_charge
from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.matching import find_phrases, names_any, variants_of
from harmwatch.extract.generic.speech.parties import (
    claimed_by,
    extend_party,
    is_latter,
    latter_named,
    negated_after,
    negated_before,
    quoted_subject,
    stance_party,
    verb_subject,
)
from harmwatch.extract.generic.speech.phrases import PRONOUN, clause_start, genitive_name, phrase_after
from harmwatch.extract.generic.speech.quotes import quote_around
from harmwatch.extract.generic.speech.roles import (
    named_before,
    role_only,
    spokesman_body,
    title_word,
    unnamed,
)
from harmwatch.extract.generic.speech.scanned import ScannedReport
from harmwatch.extract.generic.speech.sentences import sentence_of
from harmwatch.extract.generic.speech.speakers import SentenceSpeakers, source_at, speaker_in
from harmwatch.extract.generic.speech.tokens import Tok, norm
from harmwatch.extract.speech.stance_words import MONITORED, condolences
from harmwatch.records import Response, Span

_SPOKEN = frozenset(
    {"deny", "acknowledge", "regret", "condole", "investigate"}
)  # said of something by a speaker


def responses_of(report: ScannedReport) -> tuple[Response, ...]:
    """The responses of one report, sentence by sentence, each party and stance once."""
    lex, text, toks, bounds, attributed, sentences, full = report
    responses: list[Response] = []
    seen_r: set[tuple[str | None, str]] = set()
    reporter: str | None = None  # the speaker whose words the sentences in the reported mood go on with
    for (s_lo, s_hi), around in zip(bounds, sentences, strict=True):
        last_speaker = around.before
        speaker = around.said
        reported, reporter = _reported(lex, text, toks, s_lo, s_hi, around, reporter)
        covered: dict[str, int] = {}  # stance -> the end of its last match in this sentence
        took: dict[str, list[tuple[int, int]]] = {}  # stance -> the spans of the parties that took it
        stance_hits = find_phrases(lex, lex.stances, toks, s_lo, s_hi)
        # a military target named as struck ("по местам сосредоточения", "objectifs militaires")
        # justifies the strike, in whatever inflection the stance list lacks
        named_targets = [
            (a, b, "justify")
            for a, b, _ in find_phrases(lex, lex.strikes, toks, s_lo, s_hi)
            if not any(lab == "justify" and a < e and b > s for s, e, lab in stance_hits)
        ]
        # a strike on fighters is a justification only in a party's account ("X affirme avoir visé
        # des terroristes"): in a sentence with a speaker, who takes it
        said_hits = set(find_phrases(lex, lex.said, toks, s_lo, s_hi)) if lex.said and speaker() else set()
        stance_hits = sorted(set(stance_hits) | set(named_targets) | said_hits)
        plain_hits = set(stance_hits)
        if lex.negated:  # "nous n'avons pas visé de civils", "не наносит ударов": a denial
            stance_hits = sorted(
                stance_hits
                + [
                    m
                    for m in find_phrases(lex, lex.negated, toks, s_lo, s_hi)
                    if negated_before(lex, toks, s_lo, m[0])
                    # not the negation of a stance just before ("n'a pas démenti avoir frappé")
                    and not any(m[0] - 4 <= h[0] < m[0] and h[1] <= m[0] for h in stance_hits)
                ]
            )
        if speaker() or quote_around(attributed, toks[s_lo].start) is not None:
            # a charge a speaker denies ("affirme que l'opération ne constitue pas une violation du
            # droit international humanitaire", "не является военным преступлением"): a denial
            stance_hits = sorted(
                set(stance_hits)
                | {
                    (a, b, "deny")
                    for a, b, charge in find_phrases(lex, lex.charges, toks, s_lo, s_hi)
                    if negated_charge(lex, toks, s_lo, a, b, charge, s_hi)
                }
            )
        negated_hits = set(stance_hits) - plain_hits
        # the longest match of a start first ("enquête a été ouverte par X", not "enquête")
        stance_hits = sorted(stance_hits, key=lambda m: (m[0], -m[1]))
        # a stance word inside a longer phrase of another stance is that phrase's ("se negó a
        # comentar": no comment, not a denial)
        stance_hits = [
            m
            for m in stance_hits
            if m in negated_hits  # ("habe keine Zivilisten angegriffen": the negated strike stays)
            or m in said_hits  # ("hätten nur Stellungen der Armee angegriffen": admitted and justified)
            or not any(
                o[2] != m[2] and o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0]
                for o in stance_hits
                if o not in negated_hits and o not in said_hits  # a said strike spans words of its own stance
            )
        ]
        denials = [(a, b) for a, b, lab in stance_hits if lab == "deny"]
        for s, e, stance in stance_hits:
            if covered.get(stance, -1) >= s:
                continue  # "affirmait avoir tué": one stance, not two
            if any(a <= toks[s].start < b for a, b in took.get(stance, ())):
                continue  # "Розслідування у кримінальному провадженні ... розпочали слідчі поліції": the
                # object's complement or the party named after a stance is no stance of its own
            if stance == "acknowledge" and any(
                b <= s and s - a <= 8 and not any(t.key in lex.stops for t in toks[b:s]) for a, b in denials
            ):
                continue  # "نفت الحركة مسؤوليتها عن ...": a denial of responsibility, no admission
            inner = stance not in ("no_comment", "deny") and any(
                any(v in lex.negations for v in variants_of(lex, t.key)) for t in toks[s + 1 : e - 1]
            )  # "habe keine Zivilisten angegriffen"
            if inner or (
                stance != "no_comment"
                and (negated_before(lex, toks, s_lo, s) or negated_after(lex, toks, e, s_hi))
                and (s, e, stance) not in negated_hits
            ):
                continue  # "n'a pas démenti", "no negó", "не отрицает"
            if stance == "investigate" and _inquiry_speaks(lex, toks, e, s_hi):
                continue  # "Der UN-Untersuchungsmechanismus erklärte, ...": a body that speaks
            if stance == "investigate" and _called_for(lex, toks, s_lo, s):
                continue  # "pidió a la Fiscalía investigar", "закликала розслідувати": a call
            if _about_something_else(lex, toks, e, s_hi, stance):
                continue  # "a démenti les rumeurs", "опровергли слухи", "não quis comentar um processo de corrupção"
            covered[stance] = e
            said_here = None if _late_source(lex, text, toks, s_lo, s_hi, e, speaker()) else speaker()
            quoted = quote_around(attributed, toks[s].start)
            claimed = None
            if stance in ("justify", "acknowledge"):
                # "les affirmations de X selon lesquelles ...", 'заявления X о "..."'
                claimed = claimed_by(lex, text, toks, s_lo, s)
            party: str | None
            if claimed:
                party = claimed
            elif quoted is not None and quoted.speaker:
                # "« Le ministère de la Défense dément ... »": the subject the quotation names
                party = quoted_subject(lex, text, toks, quoted.quote, s) or quoted.speaker
            elif stance == "investigate" and (issuer := genitive_name(lex, text, toks, e, s_hi)):
                # "l'enquête de l'ONU", "расследование СК", "investigación de la Fiscalía"; but the
                # subject of the verb before it opens it ("Die Armee kündigte eine Untersuchung des
                # Vorfalls an", "Die Polizei ermittelt wegen des Angriffs")
                opener = verb_subject(lex, text, toks, s_lo, s)
                party = opener if opener and opener != PRONOUN else issuer
            elif (s, e, stance) in said_hits:
                party = said_here  # a pronoun is resolved below, as any subject's
            elif stance == "justify" and (said_by := said_here) and said_by != PRONOUN:
                # "X a dit que les morts étaient des combattants": the justification is the
                # speaker's, not the subject of the clause it is said in
                party = said_by
            else:
                # "Eine Stellungnahme der Armee lag nicht vor", "le démenti de l'armée": a stance
                # noun's genitive, where the clause names no subject
                party = (
                    stance_party(lex, text, toks, s_lo, s_hi, s, e)
                    or said_here
                    or genitive_name(lex, text, toks, s + 1, s_hi)
                    or _speaking_body_within(lex, text, toks, s, e)
                )
                said_by = said_here if stance in _SPOKEN else None
                if (
                    party
                    and party != PRONOUN
                    and said_by
                    and said_by != PRONOUN
                    and norm(said_by) != norm(party)
                    and (unnamed(lex, text, toks, party, s_lo) or (s, e, stance) in negated_hits)
                ):
                    # "X заявил, что их самолеты не наносили ударов", "les rapports sont faux,
                    # a dit X": the subject names what is denied or admitted; X takes the stance;
                    # so does a strike the speaker says the subject did not carry out, whatever
                    # the subject ("X erklärte, Y führe keine Angriffe durch": X denies)
                    party = said_by
            if party:
                # "Name, porte-parole de l'armée, a démenti": the body's stance; "Son porte-parole,
                # Name, a nié": the body the sentence before names
                party = spokesman_body(lex, text, toks, bounds, party, s_lo, s) or party
            continued = (
                reported is not None
                and not claimed
                and quoted is None
                and not _names_party(lex, text, toks, party, s_lo)
            )
            if continued:
                # "Das Ministerium erklärte, ... . Eine Untersuchung sei eingeleitet worden": the
                # reported clause's subject is what is spoken of; the speaker before takes the stance
                party = reported
            elif party == PRONOUN or is_latter(lex, party):
                # "ces derniers": the last name; "l'armée affirme qu'elle n'a pas visé": the
                # sentence's speaker; else the speaker before
                said_by = said_here
                party = latter_named(lex, text, toks, s_lo, s) or (said_by if said_by != PRONOUN else None)
            if (
                not continued and party is not None and role_only(lex, party)
            ):  # "l'organisation", "the minister"
                # (also the previous speaker a pronoun stands for: "Das Militär räumte ein ... .
                # Man prüfe die Berichte, hieß es": the army named before)
                si = sentence_of(bounds, s)
                named = named_before(lex, text, toks, bounds, si + 1, party, si - 6)
                if named is not None and unnamed(lex, text, toks, named, s_lo):
                    # "Представитель армии заявил, что здание ...": not "здание"; "la corporación
                    # había asegurado que sus agentes ...": the body named in the sentences before
                    named = named_before(lex, text, toks, bounds, si, party, si - 6)
                    if named is not None and unnamed(lex, text, toks, named, s_lo):
                        named = None
                if named is None and last_speaker and not role_only(lex, last_speaker):
                    named = last_speaker
                party = named or party
            elif party is not None and party != PRONOUN and not continued:
                party = headed_name(lex, text, toks, bounds, sentence_of(bounds, s), party) or party
            if party is None:
                continue
            party = extend_party(lex, text, toks, party, s_lo, s_hi, s)
            at = text.find(party, toks[e - 1].end, toks[s_hi - 1].end)
            if at >= 0:  # a party named after its stance (an inverted subject): the words between
                took.setdefault(stance, []).append((toks[e - 1].end, at + len(party)))
            key = (norm(party), stance)
            span = Span(toks[s].start, toks[e - 1].end)
            if key not in seen_r:
                seen_r.add(key)
                responses.append(Response(full(party), stance, text[span.start : span.end], span))
            if stance == "justify" and any(
                a < e and b > s for a, b, _ in find_phrases(lex, lex.strikes, toks, s_lo, s_hi)
            ):
                # "we struck a weapons depot": naming the target it hit, the party owns the strike
                ack = (norm(party), "acknowledge")
                if ack not in seen_r:
                    seen_r.add(ack)
                    responses.append(Response(full(party), "acknowledge", text[span.start : span.end], span))
    # condolences are regret only from a party that answers for the incident, as in English
    return tuple(r for r in condolences(responses) if not _a_monitor_s(lex, r))


def _a_monitor_s(lex: Lexicon, r: Response) -> bool:
    """A monitor's inquiry or account of a strike (the pack's ``monitors``: rights groups,
    observatories, "Human Rights Watch affirme avoir confirmé ..."), which answers for no incident,
    as in English; a state rights institution's inquiry (``rights_institutions``: an ombudsman, a
    national commission) is a response."""
    if r.stance not in MONITORED or not r.party or not names_any(lex, lex.monitors, r.party):
        return False
    return not (r.stance == "investigate" and names_any(lex, lex.rights_institutions, r.party))


def _reported(
    lex: Lexicon,
    text: str,
    toks: list[Tok],
    lo: int,
    hi: int,
    around: SentenceSpeakers,
    reporter: str | None,
) -> tuple[str | None, str | None]:
    """The speaker a sentence in the reported mood goes on quoting, and the one the next sentence
    may: a sentence with a speaker of its own ("X erklärte, ...") names the next one's; one with
    no speaker and a verb of the pack's reported mood ("Es seien keine Zivilisten ...", "une
    enquête aurait été ouverte") continues the speaker before; any other ends the report."""
    if not lex.reported:
        return None, None
    own = speaker_in(lex, text, toks, lo, hi)
    if own is not None:
        return None, around.said() if own != PRONOUN else around.before
    if any(t.word and t.key in lex.reported for t in toks[lo:hi]):
        return reporter, reporter
    return None, None


def _late_source(
    lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int, e: int, said: str | None
) -> bool:
    """Whether a sentence's speaker is only a source phrase in a later clause than a stance ending
    at toks[e] ("X a revendiqué l'attaque, où 30 habitants ont été tués selon des sources locales",
    "negó haber bombardeado la aldea, donde según grupos locales murieron 21 personas"): the
    source of that clause's facts, not the party of the stance."""
    if said is None or said == PRONOUN or speaker_in(lex, text, toks, lo, e) is not None:
        return False
    late = find_phrases(lex, lex.sources, toks, e, hi)
    return (
        bool(late)
        and clause_start(lex, toks, e, late[0][0]) > e
        and source_at(lex, text, toks, e, hi) == said
    )


def _inquiry_speaks(lex: Lexicon, toks: list[Tok], e: int, hi: int) -> bool:
    """Whether an inquiry word ending at toks[e] heads the subject of a speech verb that follows
    within its phrase ("Der UN-Untersuchungsmechanismus für X erklärte", "La commission
    d'enquête de l'ONU a déclaré"): the name of a body that speaks, no inquiry announced."""
    for a, _b, _ in find_phrases(lex, lex.speech, toks, e, min(hi, e + 5)):
        return all(t.word and t.key not in lex.stops for t in toks[e:a])
    return False


def _called_for(lex: Lexicon, toks: list[Tok], lo: int, s: int) -> bool:
    """Whether an inquiry word at toks[s] is what someone calls for (the pack's ``call_verbs``
    within the six words before it: "a appelé à l'ouverture d'une enquête", "pidió a la Fiscalía
    investigar", "forderte eine Untersuchung", "закликала ретельно розслідувати", "طالبت بفتح
    تحقيق"): an inquiry asked of someone, none announced."""
    if not lex.calls:
        return False
    words = [k for k in range(lo, s) if toks[k].word]
    start = words[-6] if len(words) >= 6 else lo
    return any(b <= s for _a, b, _ in find_phrases(lex, lex.calls, toks, start, s + 1))


def _about_something_else(lex: Lexicon, toks: list[Tok], e: int, hi: int, stance: str) -> bool:
    """Whether what a stance word is about, within the six words after it in its clause, is what
    the pack's ``not_stance_objects`` lists for that stance: no stance on an incident ("a démenti
    les rumeurs d'une fermeture", "desmintió los rumores", "опровергли слухи", "نفت الشائعات";
    an inquiry into a crash or a fraud; no comment on a corruption case)."""
    phrases = next((p for label, p in lex.not_stance_objects if label == stance), ())
    if not phrases:
        return False
    end, seen = e, 0
    while end < hi and seen < 6 and toks[end].key not in lex.stops and toks[end].text not in ".;:!?":
        seen += toks[end].word
        end += 1
    return bool(find_phrases(lex, phrases, toks, e, end))


def _names_party(lex: Lexicon, text: str, toks: list[Tok], party: str | None, lo: int) -> bool:
    """Whether a party found in a reported clause names one: a body or office title ("die Armee"),
    or, where only names are capitalised, a capitalised word other than the sentence's first;
    not the thing spoken of ("Eine Untersuchung des Vorfalls", "les frappes")."""
    if not party or party == PRONOUN:
        return False
    raw = re.findall(r"\w+(?:['’-]\w+)*", party)
    if any(title_word(lex, norm(w)) for w in raw):
        return True
    if lex.capitalised_nouns:
        return False
    opening = text[toks[lo].start :].startswith(party)
    return any(w[:1].isupper() for w in raw[1 if opening else 0 :])


def _speaking_body_within(lex: Lexicon, text: str, toks: list[Tok], s: int, e: int) -> str | None:
    """The institution a stance's own words name with a speaker preposition, in a language that
    says "in the ministry they declined" ("От комментариев в министерстве отказались", "Від
    коментарів у відомстві відмовилися"): the phrase after the preposition, before the verb."""
    for k in range(s + 1, e - 1):
        if toks[k].key in lex.speaker_preps and toks[k + 1].word:
            who = phrase_after(lex, text, toks, k + 1, e - 1)
            if who and who != PRONOUN:
                return who
    return None

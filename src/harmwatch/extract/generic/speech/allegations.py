"""Allegations: charge words (the pack's ``charges``: war_crime, crime_against_humanity, genocide,
ihl_violation, human_rights_violation, civilian_targeting). The accuser is the speaker of the
quotation or sentence that carries them, else the issuer of a report, else ``report``; the
accused follows an agent word ("par", "von", "من قبل") or an accusation verb."""

from __future__ import annotations

import re
from os.path import commonprefix

from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.matching import find_phrases, variants_of
from harmwatch.extract.generic.speech.parties import extend_party
from harmwatch.extract.generic.speech.phrases import (
    PRONOUN,
    cased,
    clause_start,
    genitive_name,
    object_first_subject,
    phrase_after,
    subject_before,
)
from harmwatch.extract.generic.speech.quotes import quote_around
from harmwatch.extract.generic.speech.roles import named_before, role_only, title_word
from harmwatch.extract.generic.speech.scanned import ScannedReport
from harmwatch.extract.generic.speech.sentences import sentence_of
from harmwatch.extract.generic.speech.speakers import SentenceSpeakers, source_at, speaker_at, speaker_in
from harmwatch.extract.generic.speech.tokens import Tok, norm
from harmwatch.records import Allegation, Span


def _accused(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int, accuser: str) -> str | None:
    """The party after an agent word, else after an accusation verb; in a verb-first clause the
    phrase right after the verb is its subject, the accuser ("اتهمت الوزارة إسرائيل بـ..."), and
    the accused is the phrase after it."""
    for _s, e, _ in find_phrases(lex, lex.agents, toks, lo, hi):
        name = phrase_after(lex, text, toks, e, hi)
        if name and name != PRONOUN:
            return name
    for _s, e, _ in find_phrases(lex, lex.accuse, toks, lo, hi):
        name = phrase_after(lex, text, toks, e, hi)
        if name and name != PRONOUN and norm(name) == norm(accuser) and e < hi:
            at = text.find(name, toks[e].start)
            nxt = next((k for k in range(e, hi) if toks[k].start >= at + len(name)), hi) if at >= 0 else hi
            name = phrase_after(lex, text, toks, nxt, hi) if nxt < hi else None
        if name and name != PRONOUN:
            return name
    return None


def negated_charge(lex: Lexicon, toks: list[Tok], lo: int, s: int, e: int, charge: str, hi: int = -1) -> bool:
    """Whether a charge found at toks[s:e] is denied in its clause ("la frappe n'était pas un crime
    de guerre", "nous n'avons jamais visé de civils"): a negation right before it (only auxiliaries,
    articles, adverbs and the pack's ``charge_links`` between: "ne constitue en aucun cas une
    violation", "не является нарушением"), a phrase of ``conformity`` right before it the same way
    ("conformément au droit international humanitaire", "se ajustó a las normas del DIH": the
    law kept, no charge) or, for the deliberate targeting of civilians (an act,
    not a noun), anywhere before it in its clause; or a denial after it in its clause (the pack's
    ``charge_denials_after``: "Von einem Kriegsverbrechen könne keine Rede sein"); never a
    restrictive "ne ... que" in the match."""
    if not lex.negations or any(t.key in lex.stops for t in toks[s:e]):
        return False
    if hi > e and lex.charge_denials_after:
        end = e
        while end < hi and toks[end].key not in lex.stops and toks[end].text not in ".;:!?":
            end += 1
        if find_phrases(lex, lex.charge_denials_after, toks, e, end):
            return True
    c = clause_start(lex, toks, lo, s)
    if lex.conformity:  # "se ajustó a las normas del DIH", "в соответствии с нормами МГП"
        k = s
        while k > c and _linking(lex, toks[k - 1]):
            k -= 1
        if any(k <= b for _a, b, _ in find_phrases(lex, lex.conformity, toks, c, s)):
            return True
    for k in range(s - 1, c - 1, -1):
        key = toks[k].key
        if any(v in lex.negations for v in variants_of(lex, key)):
            return True
        if charge != "civilian_targeting" and not _linking(lex, toks[k]):
            return False
    return False


def _denied_in_clause(lex: Lexicon, toks: list[Tok], lo: int, s: int) -> bool:
    """Whether a denial (a ``deny`` stance) comes before toks[s] in its clause ("L'armée a démenti
    avoir visé des civils", "отвергло обвинения в военных преступлениях"): the charge is what
    its speaker denies, no charge of theirs (the denial itself is a response)."""
    c = clause_start(lex, toks, lo, s)
    return any(label == "deny" for _a, _b, label in find_phrases(lex, lex.stances, toks, c, s))


def _linking(lex: Lexicon, tok: Tok) -> bool:
    """A word that may stand between a charge and the negation or conformity phrase before it:
    an auxiliary, article, skip word or one of the pack's ``charge_links``; an elision mark."""
    key = tok.key
    return (
        key in lex.skip
        or key in lex.aux
        or key in lex.articles
        or key in lex.passive
        or key in lex.charge_links
        or (not tok.word and tok.text in "'’\"«»„“”")
    )


def _passive_accuser(
    lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int, s: int, e: int
) -> str | None:
    """The agent of a passive accusation or speech verb before a charge ("qualifiée de crime de
    guerre par l'ONG X", "fue calificado de crimen de guerra por X"), in a pack that lists its
    passive auxiliaries; else None."""
    if not lex.passive:
        return None
    for vs, _ve, _ in reversed(find_phrases(lex, lex.speakers, toks, lo, s)):
        if not any(toks[k].key in lex.passive for k in range(max(lo, vs - 2), vs)):
            continue
        for a, b, _ in find_phrases(lex, lex.agents, toks, e, min(hi, e + 4)):
            if b - a == 1 and a <= e + 1:  # the agent word right after the charge
                who = phrase_after(lex, text, toks, b, hi)
                if who and who != PRONOUN:
                    return who
        return None
    return None


def _issuer_before(lex: Lexicon, text: str, toks: list[Tok], lo: int, s: int, hi: int) -> str | None:
    """The issuer of a report, statement or inquiry named before toks[s] in its sentence ("Une
    enquête de la Commission X a conclu que ...", "Ein Bericht der Nato stellt fest ..."), or the
    subject of an inquiry opened for the charge ("La Fiscalía abrió una causa penal por violación
    de las leyes y costumbres de la guerra", "Офіс генпрокурора розпочав провадження за фактом
    порушення законів та звичаїв війни")."""
    inquiries = {
        a: b for a, b, label in find_phrases(lex, lex.stances, toks, lo, s) if label == "investigate"
    }
    for k in range(lo, s):
        end = inquiries.get(k)
        if end is not None and (inverted := object_first_subject(lex, text, toks, lo, hi, k, end)):
            return inverted  # "Досудебное расследование по факту ... начала прокуратура"
        if end is not None and k > lo:
            who = subject_before(lex, text, toks, lo, k)
            # (not the words of the inquiry's own name: "Die unabhängige Untersuchungsmission")
            own_name = cased(toks[k]) and who is not None and who.endswith(toks[k - 1].text)
            if who and who != PRONOUN and not own_name:
                return who
        if end is None and toks[k].word and any(v in lex.statements for v in variants_of(lex, toks[k].key)):
            end = k + 1
        if end is not None:
            who = genitive_name(lex, text, toks, end, s)
            if who:
                return who
    return None


def _accusing_subject(
    lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int, s: int, e: int
) -> str | None:
    """The subject of the nearest speech or accusation verb before a charge at toks[s:e] in its
    sentence when the sentence's source phrase comes after the charge ("A Anistia voltou a acusar
    Israel de genocídio depois que um bombardeio matou 25 pessoas, segundo a Defesa Civil",
    "Эксперты X пришли к выводу, что удар был непропорциональным: по данным организации, ..."):
    the verb governs its charge, the source other facts; else None. Not in a verb-first language, whose verb's
    subject and object both follow it."""
    if lex.verb_first or e >= hi:
        return None
    src = source_at(lex, text, toks, lo, hi)
    verbs = find_phrases(lex, lex.speakers, toks, lo, s)
    if not src or not verbs or text.find(src, toks[e].start, toks[hi - 1].end) < 0:
        return None
    who = speaker_at(lex, text, toks, lo, hi, max(verbs, key=lambda v: v[0]))
    return who if who != PRONOUN else None


def _opens_about_this(lex: Lexicon, toks: list[Tok], bounds: list[tuple[int, int]], j: int) -> bool:
    lo, hi = bounds[j]
    return any(a == lo for a, _b, _ in find_phrases(lex, lex.about_this, toks, lo, hi))


def _said_around(
    lex: Lexicon, toks: list[Tok], bounds: list[tuple[int, int]], sentences: list[SentenceSpeakers], si: int
) -> str | None:
    """The speaker of a sentence opening with "this" said by someone ("Об этом заявил X", "Про
    це повідомив X": the pack's ``about_this``) that is the next sentence, or one of the three
    before with no other speaker between: X's statement is told around that attribution."""
    if not lex.about_this:
        return None
    near = [si + 1] if si + 1 < len(bounds) else []
    for j in range(si - 1, max(-1, si - 4), -1):
        near.append(j)
        if sentences[j].said() is not None and not _opens_about_this(lex, toks, bounds, j):
            break  # another speaker between
    for j in near:
        if j < len(bounds) and _opens_about_this(lex, toks, bounds, j):
            who = sentences[j].said()
            if who and who != PRONOUN:
                return who
    return None


def _same_noun(lex: Lexicon, a: str, b: str) -> bool:
    """Two words of one noun: the same form, or, in a pack with case endings, forms that differ
    only in their last letter or one added ("доклад", "доклада", "докладе")."""
    if a == b:
        return True
    if not lex.case_inflection or min(len(a), len(b)) < 5:
        return False
    common = len(commonprefix([a, b]))
    return common >= max(len(a), len(b)) - 1


def headed_name(
    lex: Lexicon, text: str, toks: list[Tok], bounds: list[tuple[int, int]], si: int, party: str
) -> str | None:
    """The name a party given only by a lower-case noun in some case form headed earlier (ru/uk:
    "считают в лиге", "в заявлении ассоциации" after "сообщила Сирийская лига ...", "местная
    ассоциация «...»"): the speaker of one of the sentences before whose words hold the same noun."""
    if not lex.case_inflection or not party[:1].islower():
        return None
    words = [norm(w) for w in re.findall(r"\w+", party)]
    if len(words) != 1 or len(words[0]) < 4 or title_word(lex, words[0]):
        return None
    noun = words[0]

    def same(word: str) -> bool:
        common = len(commonprefix([noun, word]))
        return common >= 3 and common >= max(len(noun), len(word)) - 2

    for back in range(si - 1, max(-1, si - 8), -1):
        for last in (True, False):
            who = speaker_in(lex, text, toks, *bounds[back], last=last)
            if who and who != PRONOUN and len(who.split()) > 1 and any(same(norm(w)) for w in who.split()):
                b_lo, b_hi = bounds[back]
                return extend_party(lex, text, toks, who, b_lo, b_hi, b_lo)  # 'ассоциация «Тамасна»'

    return None


def _statement_issuer(
    lex: Lexicon, text: str, toks: list[Tok], bounds: list[tuple[int, int]], si: int, accuser: str
) -> str | None:
    """The issuer of a statement an accuser only names by its noun ("Segundo o relatório, ...",
    "по данным доклада"): the name after the same noun earlier in the report ("um relatório do
    Alto Comissariado X", "доклад Amnesty International"), nearest first; else None."""
    words = [norm(w) for w in accuser.split()]
    words = [w for w in words if w not in lex.articles and w not in lex.demonstratives]
    if len(words) != 1 or not any(_same_noun(lex, words[0], n) for n in lex.statements):
        return None
    for j in range(si, -1, -1):
        lo, hi = bounds[j]
        for k in range(hi - 1, lo - 1, -1):
            if toks[k].word and _same_noun(lex, toks[k].key, words[0]):
                who = genitive_name(lex, text, toks, k + 1, hi)
                if who:
                    return who
    return None


def allegations_of(report: ScannedReport) -> tuple[Allegation, ...]:
    """The allegations of one report, sentence by sentence, each accuser and charge once."""
    lex, text, toks, bounds, attributed, sentences, full = report
    allegations: list[Allegation] = []
    seen_a: set[tuple[str | None, str]] = set()
    for si, ((s_lo, s_hi), around) in enumerate(zip(bounds, sentences, strict=True)):
        last_speaker, just_before = around.before, around.just_before
        found = [(s, e, c, False) for s, e, c in find_phrases(lex, lex.charges, toks, s_lo, s_hi)]
        if lex.naming:
            found += [(s, e, c, True) for s, e, c in find_phrases(lex, lex.naming, toks, s_lo, s_hi)]
        # a charge denied, and every charge inside its words ("ne constitue pas une violation du
        # droit international humanitaire": nor "droit international humanitaire" alone)
        denied = [
            (s, e)
            for s, e, charge, _ in found
            if negated_charge(lex, toks, s_lo, s, e, charge, s_hi) or _denied_in_clause(lex, toks, s_lo, s)
        ]
        for s, e, charge, naming in found:
            if any(a <= s and e <= b for a, b in denied):
                continue
            quoted = quote_around(attributed, toks[s].start)
            passive_by = None if quoted is not None else _passive_accuser(lex, text, toks, s_lo, s_hi, s, e)
            accuser = (
                passive_by
                or (quoted.speaker if quoted is not None and quoted.speaker else None)
                or (_accusing_subject(lex, text, toks, s_lo, s_hi, s, e) if quoted is None else None)
                or around.said()
            )
            if (accuser is None or accuser == PRONOUN) and quoted is None:
                # "Un rapport de la Commission X conclut que ...": the issuer of a report or inquiry
                accuser = _issuer_before(lex, text, toks, s_lo, s, s_hi) or accuser
            if (accuser is None or accuser == PRONOUN) and (quoted is None or not quoted.speaker):
                # "Об этом заявил X" next to it: X's statement
                accuser = _said_around(lex, toks, bounds, sentences, si) or accuser
            if accuser is None or accuser == PRONOUN:
                accuser = just_before  # a charge right after a named speaker's sentence is theirs
            if naming and (quoted is None or not quoted.speaker):
                continue  # "l'acte terroriste" in the report's own words names the event
            if accuser and accuser != PRONOUN and role_only(lex, accuser):  # "la Mission", "ese organismo"
                si = sentence_of(bounds, s)
                named = named_before(lex, text, toks, bounds, si + 1, accuser, si - 6)
                if named is None and last_speaker and not role_only(lex, last_speaker):
                    named = last_speaker
                accuser = named or accuser
            elif accuser and accuser != PRONOUN:  # "считают в лиге": the name the noun headed before
                accuser = headed_name(lex, text, toks, bounds, sentence_of(bounds, s), accuser) or accuser
            if accuser and accuser != PRONOUN:  # "Segundo o relatório": the report's issuer
                accuser = (
                    _statement_issuer(lex, text, toks, bounds, sentence_of(bounds, s), accuser) or accuser
                )
            if accuser and accuser != PRONOUN and lex.definite:
                # 'عملية "نسر الصحراء"': the name in quote marks after the accuser's noun
                accuser = extend_party(lex, text, toks, accuser, s_lo, s_hi, s)
            accuser = accuser or "report"
            key = (norm(accuser), charge)
            if key in seen_a:
                continue
            seen_a.add(key)
            span = Span(toks[s].start, toks[e - 1].end)
            accused = _accused(lex, text, toks, s_lo, s_hi, accuser)
            if passive_by is not None and accused == passive_by:
                accused = None  # "par X" names the accuser, not the accused
            allegations.append(Allegation(full(accuser), accused, charge, text[span.start : span.end], span))
    # a charge in the headline or lead with no accuser of its own ("UN-Büro: möglicherweise
    # Kriegsverbrechen") sums up the body, where a named accuser makes it: not the outlet's own
    charged_by_name = {a.charge for a in allegations if a.accuser != "report"}
    lead_end = toks[bounds[0][1] - 1].end if bounds else 0
    return tuple(
        a
        for a in allegations
        if not (a.accuser == "report" and a.charge in charged_by_name and a.span.start < lead_end)
    )

"""What was hit, in any language: the pack's ``targets.json`` (GOLD target -> phrases).

Only sentences that speak of violence or harm are read (a school in a background paragraph is
not a target): a violence word or weapon of ``events.json``, a casualty figure, or a verb of
striking (``hit_verbs``: "touché", "impactó", "влучила", "أصابت"), which also counts as the
attack word a strict place needs; a mention right before or after a speech verb of the pack is who spoke ("the
ministry said", "local journalists report"), not what was hit, nor is a place a source phrase of
``figures.json`` names in the same clause ("selon un photographe", "según el hospital"). A place that is often only where
something else happened or who spoke (a hospital the wounded were taken to, the regional
administration whose head spoke: ``STRICT``) counts only with an attack word of the pack (``events.json``: violence words or
weapons) close by in the same sentence; a place after a word of nearness (``landmark_before``:
"près de", "рядом с") that follows another target of the sentence only says where that one stood;
a place right after a title (``title_before``: "head of", "directeur de") is an office that spoke.
A place where the wounded were cared for is no target, whatever attack the sentence names: the
place a verb of carrying or care comes just before in the same clause (``carried_before``:
"transportés à l'hôpital", "доставили в больницу"), or the subject of a verb of receiving or
treating just after it (``care_verbs``: "l'hôpital a reçu 40 blessés", "استقبل مستشفى" reads the
verb first and is caught by ``carried_before``). A place named right before another one
("площа торгового центру", the area of the mall) is only a part of it: the second is the target.
A vehicle that carried the bomb
(``vehicle_weapon``: "voiture piégée", "coche bomba", "Autobombe") is the weapon, not a target.
A place people fled, left or went back to (``moved_words``: "ont fui leurs maisons", "aus ihren
Häusern geflohen"), a vehicle the attackers arrived in (``rode_before``: "llegaron en dos
camionetas"), a place the sentence says was spared (``spared_after``: "n'a pas été touchée"), a
target word that is only the adjective of the noun before it (``modified_before``: "مؤتمر صحفي")
and one inside the name of a place of the report ("دير البلح") are not hit either.
Each target type is listed once, at its first mention that counts. Where none counts, a
settlement or neighbourhood the pack lists (``fallback``: "village", "barrio", "посёлок") named in
a violent sentence with an attack word close by gives its type: "a strike on the village" hit homes.
"""

from __future__ import annotations

import re
from functools import cache

from harmwatch.extract.context import DocContext
from harmwatch.extract.generic.lexicon import (
    Hit,
    Matcher,
    list_matcher,
    lists_matcher,
    make_matcher,
    table_matcher,
)
from harmwatch.extract.generic.text import layout
from harmwatch.extract.lang import load_pack
from harmwatch.records import Location, Span, Target

# a hospital the wounded were taken to, "the head of the regional administration": places named
# far more often as where someone was or who spoke than as what was hit (a vehicle, often hit,
# is not among them)
STRICT = frozenset({"medical", "government"})
ATTACK_REACH = 80  # characters between a strict target and its attack word
SOURCE_REACH = 25  # characters between a source phrase ("selon", "laut", "بحسب") and the source it names
TITLE_REACH = 40  # characters between a title ("head of", "directeur de") and the office it names
LANDMARK_REACH = 25  # characters between a word of nearness and the place it names
SENTENCE_BREAK = re.compile(r"[.;!?\n؛؟]")  # Arabic semicolon and question mark too
FIGURE_AFTER_VERB = 12  # characters between a verb and the casualty figure that is its object
CARE_REACH = 30  # characters between a verb of carrying or care and the place it names
WEAPON_GAP = 2  # characters (a space or hyphen) between a vehicle and the word that makes it a bomb
PART_GAP = 2  # characters (spaces) between a place and the place it is part of
MOVED_GAP = 3  # words between a verb of leaving, fleeing or returning and the place it names
RODE_GAP = 12  # characters between a verb of arriving ("llegaron en") and the vehicle it names
STRUCK_REACH = 30  # characters between a place and the verb of striking that says it was hit
SPARED_REACH = 90  # characters between a place and the words that say it was spared, one sentence
MODIFIED_GAP = 1  # characters between a noun and the target word that is only its adjective


def find_targets(ctx: DocContext, places: tuple[Location, ...] = ()) -> tuple[Target, ...]:
    """The targets of ``ctx``; ``places`` are the report's places (a target word inside the name of
    one, "دير البلح", "Rynok Square", names a place, not a target)."""
    lang = ctx.language
    text = ctx.text
    lay = layout(ctx)
    struck = list(list_matcher(lang, "targets", "hit_verbs").finditer(text))
    figures = list(lists_matcher(lang, "figures", ("killed", "injured")).finditer(text))
    violence = list(list_matcher(lang, "events", "violence").finditer(text))
    weapons = list(table_matcher(lang, "events", "types").finditer(text))
    # a sentence of violence: a violence word, a weapon, a casualty figure or a verb of striking
    violent = {lay.sentence_of(h.start)[0] for h in (*violence, *weapons, *figures, *struck)}
    speech = [
        (h.start, h.end)
        for h in _speech_verbs(lang).finditer(text)
        if not any(0 <= f.start - h.end <= FIGURE_AFTER_VERB for f in figures)
    ]  # "forderte 25 Tote": a toll the attack took, not a source that spoke
    attacks = [(h.start, h.end) for h in (*violence, *weapons, *struck)]
    near = [(h.start, h.end) for h in list_matcher(lang, "targets", "landmark_before").finditer(text)]
    titles = [h.end for h in list_matcher(lang, "targets", "title_before").finditer(text)]
    carried = [h.end for h in list_matcher(lang, "targets", "carried_before").finditer(text)]
    care = [h.start for h in list_matcher(lang, "targets", "care_verbs").finditer(text)]
    weapon = [(h.start, h.end) for h in list_matcher(lang, "targets", "vehicle_weapon").finditer(text)]
    sources = [h.end for h in list_matcher(lang, "figures", "sources").finditer(text)]
    moved = [(h.start, h.end) for h in list_matcher(lang, "targets", "moved_words").finditer(text)]
    rode = [h.end for h in list_matcher(lang, "targets", "rode_before").finditer(text)]
    spared = [h.start for h in list_matcher(lang, "targets", "spared_after").finditer(text)]
    modified = [h.end for h in list_matcher(lang, "targets", "modified_before").finditer(text)]
    named = _place_names(text, places)

    def not_hit(h: Hit) -> bool:
        if _cared_for(text, carried, care, h):
            return True  # "transportés à l'hôpital", "the hospital received 40 wounded": not hit
        if _speaks(text, speech, h.start, h.end):
            return True  # "the ministry said", "local journalists report": a source, not a target
        if _just_after(text, sources, h.start, SOURCE_REACH):
            return True  # "selon un photographe de l'AFP", "según el hospital": who gave the news
        if _moved(text, moved, h) and not _struck_after(text, struck, h):
            return True  # "ont fui leurs maisons", "aus ihren Häusern geflohen": left, not hit
        if _just_after(text, modified, h.start, MODIFIED_GAP):
            return True  # "مؤتمر صحفي" (a press conference), "المكتب الإعلامي" (a media office)
        if any(s <= h.start and h.end <= e for s, e in named):
            return True  # "دير البلح": the word opens a place's name
        # "the head of the regional administration", "le directeur de l'hôpital": an office
        return _just_after(text, titles, h.start, TITLE_REACH)

    out: list[Target] = []
    seen: set[str] = set()
    ridden: set[int] = set()  # starts of vehicles the attackers rode in
    hits = list(table_matcher(lang, "targets", "targets").finditer(text))
    for n, h in enumerate(hits):
        if h.label in seen or lay.sentence_of(h.start)[0] not in violent:
            continue
        if (
            n + 1 < len(hits)
            and 0 < hits[n + 1].start - h.end <= PART_GAP
            and not text[h.end : hits[n + 1].start].strip()
        ):
            continue  # "площа торгового центру": the area of the mall, the mall is what was hit
        if h.label == "vehicle" and _weapon(text, weapon, h):
            continue  # "voiture piégée", "coche bomba", "Autobombe", "заминированный автомобиль"
        if h.label == "vehicle" and _just_after(text, rode, h.start, RODE_GAP):
            ridden.add(h.start)
            continue  # "llegaron en dos camionetas", "arrivé en voiture": what the attackers rode in
        if _spared(text, spared, hits, n):
            continue  # "une église voisine ... n'a pas été touchée": named as spared
        if not_hit(h):
            continue
        if n and _landmark(text, near, h, hits[n - 1], hits[n - 1].start in ridden):
            continue  # "a strike on a house near a hospital": the hospital only places the house
        if h.label in STRICT and not _attack_near(text, attacks, h):
            continue  # "one of the wounded died in hospital": where he died, not what was hit
        seen.add(h.label)
        out.append(Target(type=h.label, text=h.text, span=Span(h.start, h.end)))
    if out:
        return tuple(out)
    # no target named: "a strike on the village", "bombardeo del barrio" hit its homes
    for h in table_matcher(lang, "targets", "fallback").finditer(text):
        if lay.sentence_of(h.start)[0] in violent and _attack_near(text, attacks, h) and not not_hit(h):
            return (Target(type=h.label, text=h.text, span=Span(h.start, h.end)),)
    return ()


def _moved(text: str, moved: list[tuple[int, int]], h: Hit) -> bool:
    """A verb of leaving, fleeing or returning (``moved_words``) up to three words before the
    mention, or right after it (a verb at the clause's end: "aus ihren Häusern geflohen"), in the
    same clause: a place people left or went back to ("fui leurs villages", "покинувшие свои
    дома", "regressado às suas casas"), not what was hit."""
    for s, e in moved:
        if 0 <= h.start - e and not CLAUSE_BREAK.search(text, e, h.start):
            if len(text[e : h.start].split()) <= MOVED_GAP:
                return True
        if 0 <= s - h.end and not CLAUSE_BREAK.search(text, h.end, s) and not text[h.end : s].split():
            return True
    return False


def _struck_after(text: str, struck: list[Hit], h: Hit) -> bool:
    """A verb of striking right after the mention, in the same clause: "ont fui quand leur maison a
    été bombardée" (the house they fled was hit)."""
    return any(
        0 <= s.start - h.end <= STRUCK_REACH and not CLAUSE_BREAK.search(text, h.end, s.start) for s in struck
    )


def _spared(text: str, spared: list[int], hits: list[Hit], n: int) -> bool:
    """Words that say a place was spared (``spared_after``: "n'a pas été touchée", "не
    пострадал", "blieb unversehrt") after mention ``n`` in the same sentence, with no other target
    between: "une église voisine, où des habitants s'étaient abrités, n'a pas été touchée"."""
    h = hits[n]
    nxt = hits[n + 1].start if n + 1 < len(hits) else len(text)
    return any(
        h.end <= s < nxt and s - h.end <= SPARED_REACH and not SENTENCE_BREAK.search(text, h.end, s)
        for s in spared
    )


def _place_names(text: str, places: tuple[Location, ...]) -> list[tuple[int, int]]:
    """Where the names of several words of the report's places stand ("دير البلح"): a target
    word inside one names the place."""
    out: list[tuple[int, int]] = []
    for name in {n for p in places for n in (p.text, p.name, *p.aliases) if n and len(n.split()) > 1}:
        out += [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return out


def _weapon(text: str, weapon: list[tuple[int, int]], h: Hit) -> bool:
    """A vehicle that carried the bomb is the weapon: a word of the pack (``vehicle_weapon``)
    right before or after it, or a bomb in its own word ("Autobombe", "carro-bomba")."""
    if "bomb" in h.text.lower():
        return True
    return any(
        0 <= h.start - e <= WEAPON_GAP
        and not text[e : h.start].strip(" -")
        or 0 <= s - h.end <= WEAPON_GAP
        and not text[h.end : s].strip(" -")
        for s, e in weapon
    )


@cache
def _speech_verbs(lang: str) -> Matcher:
    """The speech verbs of the pack, each form its own phrase (ru/uk speech.json joins a word's
    forms with ``|``, "сообщить|сообщил|сообщили", for generic/speech/)."""
    out: list[str] = []
    for phrase in load_pack(lang).words("speech", "speech_verbs"):
        words = phrase.split()
        out.extend(words[0].split("|") if len(words) == 1 else [" ".join(w.split("|")[0] for w in words)])
    return make_matcher({"speech_verbs": sorted(set(out))})


def _cared_for(text: str, carried: list[int], care: list[int], h: Hit) -> bool:
    """A verb of carrying or care just before the mention, or of receiving or treating just after
    it, in the same clause: the place the wounded went to, not what was hit."""
    if _just_after(text, carried, h.start, CARE_REACH):
        return True
    for s in care:
        if 0 <= s - h.end <= CARE_REACH and not CLAUSE_BREAK.search(text, h.end, s):
            return True
    return False


def _just_after(text: str, ends: list[int], start: int, reach: int) -> bool:
    """A cue that ends at most ``reach`` characters before ``start``, in the same clause."""
    return any(0 <= start - e <= reach and not CLAUSE_BREAK.search(text, e, start) for e in ends)


def _attack_near(text: str, attacks: list[tuple[int, int]], h: Hit) -> bool:
    """An attack word within reach of the mention, in the same sentence."""
    for s, e in attacks:
        if 0 <= h.start - e <= ATTACK_REACH and not SENTENCE_BREAK.search(text, e, h.start):
            return True
        if 0 <= s - h.end <= ATTACK_REACH and not SENTENCE_BREAK.search(text, h.end, s):
            return True
    return False


def _landmark(text: str, near: list[tuple[int, int]], h: Hit, before: Hit, ridden: bool = False) -> bool:
    """A word of nearness just before the mention, in the same clause, after another target of the
    same sentence: the mention only says where that one stood ("a house near a hospital"; a car
    bomb "near a market" hit the market, but not trucks the gunmen came in: "llegaron en dos
    camionetas y dispararon contra la gente que bailaba frente a la iglesia")."""
    for s, e in near:
        if 0 <= h.start - e <= LANDMARK_REACH and not CLAUSE_BREAK.search(text, e, h.start):
            # a vehicle before it is more often the bomb ("a car bomb near a market") than a target
            return (
                (before.label != "vehicle" or ridden)
                and before.end <= s
                and not SENTENCE_BREAK.search(text, before.end, s)
            )
    return False


CLAUSE_BREAK = re.compile(r"[,;.!?\n،؛؟]")  # Arabic comma, semicolon and question mark too
SPEAKER_GAP = 40  # characters (five or six words) between a source and its speech verb


def _speaks(text: str, speech: list[tuple[int, int]], start: int, end: int) -> bool:
    """A speech verb right before or after the mention, in the same clause (no punctuation
    between): it is who spoke ("erklärte das Ministerium"), not "the market was hit, he said"."""
    for s, e in speech:
        if 0 <= s - end <= SPEAKER_GAP and not CLAUSE_BREAK.search(text, end, s):
            return True
        if 0 <= start - e <= SPEAKER_GAP and not CLAUSE_BREAK.search(text, e, start):
            return True
    return False

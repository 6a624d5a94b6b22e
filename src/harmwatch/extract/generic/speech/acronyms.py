"""Speakers named by an acronym or a syllabic abbreviation, as the full name the report gives."""

from __future__ import annotations

import re


class Acronyms:
    """A speaker named by an acronym ("HRW") as the full name the report gives it ("Human Rights
    Watch (HRW)"): the words before the acronym in brackets, else capitalised words elsewhere in the
    report whose initials spell it."""

    _WORD = r"[^\W\d_][\w'’-]*"

    def __init__(self, text: str, capitalised_nouns: bool = False) -> None:
        self.text = text
        self.capitalised_nouns = capitalised_nouns
        self.found: dict[str, str | None] = {}

    def __call__(self, name: str | None) -> str | None:
        if name is not None and len(name) >= 6 and name.isalpha() and not name.isupper():
            if name not in self.found:
                self.found[name] = self._syllabic(name)
            return self.found[name] or name
        if name is None or not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
            return name
        if name not in self.found:
            self.found[name] = self._full(name)
        full = self.found[name]
        return f"{full} ({name})" if full else name

    # two words, the first capitalised, and the acronym that may follow them ("... штаб ЗСУ"); a
    # lookahead, so that every word starts a pair (not every other one: a headline's last word
    # before "Генеральний штаб" would take "Генеральний" as its second word)
    _PAIR = re.compile(r"\b(?=([^\W\d_]{4,})\s+([^\W\d_]{3,})(?:\s+([^\W\d_a-zа-яіїєґ]{2,6})\b)?)")

    def _syllabic(self, word: str) -> str | None:
        """A syllabic abbreviation ("генштабу", "Минобороны") as the two words it is made of,
        where the report writes them ("Генеральний штаб ЗСУ"): the first word's first three to
        five letters, then the second word's stem, then an ending of up to four letters."""
        low = word.lower()
        for m in self._PAIR.finditer(self.text):
            first, second = m.group(1), m.group(2)
            if not first[:1].isupper() or low.startswith(first.lower()):
                continue
            stem = second.lower()[: max(3, len(second) - 2)]
            for k in (3, 4, 5):
                rest = low[k:]
                if low[:k] == first[:k].lower() and rest.startswith(stem) and len(rest) - len(stem) <= 4:
                    return " ".join(g for g in m.groups() if g)
        return None

    def _full(self, short: str) -> str | None:
        # capitalised words, with short linking words between them ("Centre des droits de l'homme")
        seq = re.compile(rf"(?:{self._WORD}\s+){{{len(short) - 1},{len(short) + 5}}}?{self._WORD}")
        # "(SSP)", or with a region's code after a hyphen: "(SSP-BA)"
        for m in re.finditer(rf"\(\s*{re.escape(short)}(?:-[A-Z]{{2,3}})?\s*\)", self.text):
            words = self.text[max(0, m.start() - 200) : m.start()].split()
            for n in range(1, min(len(words), 12) + 1):
                cand = words[-n:]
                # "Сил быстрого реагирования (СБР)": where lower-case words give their letters too
                spelled = _initials(cand) == short or "".join(w[0] for w in cand).upper() == short
                if spelled and cand[0][:1].isupper():
                    return " ".join(cand)
        for m in re.finditer(rf"\(\s*{re.escape(short)}\s*\)", self.text):
            named = self._named_before(self.text[max(0, m.start() - 200) : m.start()])
            if named:
                return named
        for m in seq.finditer(self.text):
            words = m.group().split()
            for a in range(len(words)):
                if words[a][:1].isupper() and _initials(words[a:]) == short and words[-1][:1].isupper():
                    return " ".join(words[a:])
        return None

    def _named_before(self, before: str) -> str | None:
        """The name right before an acronym in brackets that its initials do not spell (a name
        translated, or an acronym transliterated: "Demokratische Kräfte Syriens (SDF)", "Армия
        обороны Израиля (ЦАХАЛ)"): up to four words back, within the clause, from the farthest
        capitalised word; where every noun is capitalised (German), only capitalised words and
        short linking words ("der", "für")."""
        words = re.split(r"\s+", before.rstrip())
        if not words or not words[-1][:1].isupper():
            return None
        run: list[str] = []
        for w in reversed(words[-4:]):
            if not w or not re.fullmatch(self._WORD, w) or any(c.isdigit() for c in w):
                break  # a punctuation mark, a number: the clause's edge
            if self.capitalised_nouns and not w[:1].isupper() and len(w) > 3:
                break  # "die von X angeführten Demokratischen Kräfte": a participle is no name
            run.insert(0, w)
        while run and not run[0][:1].isupper():
            run.pop(0)
        return " ".join(run) or None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())

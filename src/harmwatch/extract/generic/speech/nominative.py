"""A person's name named in the genitive after a source phrase that governs it ("по словам Вадима
Кольцова", "за словами Олега Ситника") put back in the nominative ("Вадим Кольцов", "Олег Ситник"),
so that the speaker is named as a reader names them. Run time has no lemmatizer: the regular
endings of Russian and Ukrainian first names, patronymics and surnames (and of one-word bodies:
"Минздрава", "Пентагона") are undone, longest ending first; a word no rule fits stays as written."""

from __future__ import annotations

import re

_CONSONANTS = "бвгджзйклмнпрстфхцчшщ"
# (genitive ending, nominative ending), tried longest first; "" keeps the word as it is
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ського", "ський"),
    ("цького", "цький"),
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("ської", "ська"),
    ("цької", "цька"),
    ("ской", "ская"),
    ("цкой", "цкая"),
    ("ової", "ова"),
    ("евої", "ева"),
    ("іної", "іна"),
    ("иної", "ина"),
    ("овой", "ова"),
    ("евой", "ева"),
    ("ёвой", "ёва"),
    ("иной", "ина"),
    ("ыной", "ына"),
    ("енка", "енко"),
    ("ьи", "ья"),
    ("ии", "ия"),
    ("ії", "ія"),
    ("ы", "а"),
)
_PATRONYMIC = ("вича", "ича", "вны", "ичны", "івни", "ївни")
_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+")


def _word(word: str, lang: str) -> str:
    low = word.lower()
    for gen, nom in _ENDINGS:
        if low.endswith(gen) and len(low) > len(gen) + 1:
            return word[: len(word) - len(gen)] + nom
    if len(low) < 3:
        return word
    last, before = low[-1], low[-2]
    if lang == "uk" and low.endswith("тра"):
        return word[:-1] + "о"  # "Дмитра", "Петра"
    if last == "а" and before in _CONSONANTS:
        return word[:-1]  # "Вадима", "Кольцова", "Ситника"
    if last == "я" and before in "аеиоуыэюяєії":
        return word[:-1] + "й"  # "Андрея", "Сергія"
    if last == "я" and before in _CONSONANTS:
        return word[:-1] if lang == "uk" and before == "р" else word[:-1] + "ь"  # "Игоря", "Ігоря"
    if last == "и" and (lang == "uk" or before in "гкхжшчщ"):
        return word[:-1] + "а"  # "Ольги", "Ганни"
    return word


def nominative_name(name: str, lang: str) -> str:
    """``name`` with the person's name that ends it (two or three capitalised words, or the whole
    name in one to three) in the nominative; a body's own genitive ("Министерства здравоохранения
    Газы") is kept, as are acronyms and words of another script."""
    words = name.split()
    run = 0
    while run < len(words) and run < 3 and _WORD.fullmatch(words[len(words) - 1 - run]):
        run += 1
    if run == 3 and run < len(words) and not words[-2].lower().endswith(_PATRONYMIC):
        run = 2  # "мэра Москвы Сергея Соболева": the place stays in the genitive
    if run == 0 or (run < 2 and run < len(words)):
        return name
    head, tail = words[: len(words) - run], words[len(words) - run :]
    return " ".join([*head, *(_word(w, lang) for w in tail)])

"""The rule-usage tracer's pure parts: a pattern's alternatives and a pack entry's regex."""

import re

from tests.scripts import load_script

rule_usage = load_script("benchmarks/rule_usage.py")


def test_each_alternative_restricts_its_own_group():
    units = list(rule_usage.pattern_units(r"\b(?:shelled|bombed)\s+the\s+(?:town|village)"))
    assert (r"shelled", r"\b(?:shelled)\s+the\s+(?:town|village)") in units
    assert ("village", r"\b(?:shelled|bombed)\s+the\s+(?:village)") in units
    assert len(units) == 4


def test_negative_lookarounds_and_classes_give_no_alternatives():
    assert list(rule_usage.pattern_units(r"\bhit(?!\s+(?:back|out))[|a]")) == []


def test_top_level_alternatives():
    assert [a for a, _ in rule_usage.pattern_units("massacre|terror")] == ["massacre", "terror"]


def test_entry_regex_wildcards_gaps_and_forms():
    rx, literal = rule_usage.entry_regex("rejeit*|nega ... acusaç*", "pt")
    assert re.search(rx, "o exército rejeitou as graves acusações")
    assert not re.search(rx, "rejeitou tudo")
    rx, literal = rule_usage.entry_regex("pas répondu", "fr")
    assert literal == "répondu" and re.search(rx, "n'a pas répondu.") and not re.search(rx, "pas répondus")

"""Round 51w (issue 13): folds, no reader behaviour change.

- The generational suffixes ('Jr.', 'III') were restated inline in about twenty regexes of kg/forms; they are built
  now from kg/patterns/name_affixes.yml (`suffixes`) by kg.forms.name_suffixes.suffix_alternation, each regex's
  variant (capitals, a dot, the longest numeral first) a parameter.
"""
from __future__ import annotations

import re

import pytest

from kg.forms import roster_excepted, roster_junk, roster_prose, roster_steady
from kg.forms.name_suffixes import suffix_alternation
from kg.patterns import load_yaml


def test_suffix_alternation_comes_from_the_yml():
    words = list(dict.fromkeys(word.rstrip(".") for word in load_yaml("name_affixes.yml")["suffixes"]))
    assert suffix_alternation() == "(?:" + "|".join(words) + ")" == "(?:Jr|Sr|II|III|IV)"
    assert suffix_alternation(numerals=False, capitals=True, dot=r"\.?") == r"(?:Jr\.?|Sr\.?|JR\.?|SR\.?)"
    assert suffix_alternation(words=False, longest_first=True) == "(?:III|II|IV)"  # what 'I{2,3}|IV' tries, in order


def test_longest_first_matches_like_the_repeated_numeral():
    for text in ("III", "II", "IV", "IIII", "III.", "Iv"):
        old, new = re.match(r"(?:I{2,3}|IV)", text), re.match(suffix_alternation(words=False, longest_first=True), text)
        assert (old and old.group(0)) == (new and new.group(0))


def test_the_built_regexes_still_read_suffixed_names():
    assert roster_steady._SURNAME_FIRST.fullmatch("Smith, John A., Jr.")
    assert roster_steady._SURNAME_FIRST.fullmatch("Smith, John A., III")
    assert roster_prose._SUFFIX.search("John A. Smith, Jr. Mr. Smith").group(0) == ", Jr."
    assert roster_excepted._NAMES.split("Adams, Baker, Jr. and Cole") == ["Adams", "Baker, Jr.", "Cole"]
    assert not roster_junk._SURNAMES_LISTED.search("SMITH, John, JR")  # a suffix, not a third surname
    assert roster_junk._SURNAMES_LISTED.search("Adams, Baker, Cole")


def test_street_kinds_come_from_their_data_file():
    from kg.forms.roster_lead_address import _STREET_WORD, _street_kinds
    kinds = load_yaml("roster_street_kinds.yml")["street_kinds"]
    assert {"rue", "chemin", "rond-point", "allée"} <= set(kinds)
    assert all(_STREET_WORD.match(f"{kind.upper()} des Champs") for kind in kinds)
    assert not _STREET_WORD.match("Ruelle des Champs") and not _STREET_WORD.match("Massachusetts Avenue")
    with pytest.raises(ValueError):  # (a pattern among the words is refused on load)
        _street_kinds({"street_kinds": ["rue", "r.*"]})


def test_line_number_thresholds_come_from_their_data_file():
    from kg.read import line_numbers
    data = load_yaml("line_numbers.yml")
    assert (line_numbers.FULL_PAGE, line_numbers.SHORT_RUN, line_numbers.BLANK_LINES) == (
        data["full_page"], data["short_run"], data["blank_lines"]) == (15, 3, 3)
    for wrong in ({"full_page": 15, "short_run": 3}, {"full_page": 15, "short_run": 0, "blank_lines": 3},
                  {"full_page": "15", "short_run": 3, "blank_lines": 3}):
        with pytest.raises((KeyError, ValueError)):  # (kg.patterns.build names the file: a DataError)
            line_numbers._thresholds(wrong)

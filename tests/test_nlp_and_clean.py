"""The rule NER pipeline and the value cleaners."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import DataError
from kg.forms.nlp import _load_patterns, person_names
from kg.forms.roster_names import display_name
from kg.read import clean


@pytest.mark.parametrize("text,name", [
    ("Position: Member. Robert M. White Citizenship:", "Robert M. White"),
    ("Citizenship: Dutch\nTom de Waard\n\nANNEX A", "Tom de Waard"),
    ("Geneva, Switzerland Corporate Vice President, Asia/Pacific Jean-Claude Marquet Position:", "Jean-Claude Marquet"),
    ("BEAUDOIN, PIERRE              Director", "BEAUDOIN, PIERRE"),
    ("Martin S. Feldstein     Director", "Martin S. Feldstein"),
])
def test_rule_ner_finds_name_shapes(text, name):
    found = [text[s:e] for s, e in person_names(text)]
    assert name in found


def test_rule_ner_does_not_take_titles_places_or_nationalities_for_names():
    text = "Corporate Vice President, Chief Financial Officer Citizenship: Italian Address: Geneva, Switzerland"
    assert person_names(text) == []


@pytest.mark.parametrize("printed,shown", [
    ("DESMARAIS, PAUL G., P.C., C.C", "Paul G. Desmarais"),
    ("DESMARAIS, PAUL, JR.", "Paul Desmarais, Jr."),
    ("The Honorable Gerald R. Ford", "Gerald R. Ford"),
    ("James E. Bowman, Jr., M.D.", "James E. Bowman, Jr."),
    ("Tom de Waard", "Tom de Waard"),
    ("MCDONALD, JOHN", "John McDonald"),
])
def test_display_names(printed, shown):
    assert display_name(printed) == shown


def test_pattern_files_are_validated(monkeypatch):
    import kg.forms.nlp
    monkeypatch.setattr(kg.forms.nlp, "read_text", lambda name: '{"label": "PERSON"}\n')
    with pytest.raises(DataError, match="needs 'label' and a token 'pattern' list"):
        _load_patterns("person_names.jsonl")


def test_a_broken_rule_file_names_itself(monkeypatch):
    import kg.patterns
    from kg.patterns import build
    monkeypatch.setattr(kg.patterns, "read_text", lambda name: "labels: [unclosed")
    kg.patterns.load_yaml.cache_clear()
    try:
        with pytest.raises(DataError, match="kg/patterns/roster.yml"):
            build("roster.yml", lambda data: data["labels"])
    finally:
        kg.patterns.load_yaml.cache_clear()


@pytest.mark.parametrize("printed,country,region", [
    ("Dutch", "NL", None), ("The Netherlands", "NL", None), ("Delaware", "US", "US-DE"),
    ("Italian", "IT", None), ("British", "GB", None), ("Cayman Islands", "KY", None),
    ("United States of America", "US", None), ("Swiss", "CH", None), ("Narnia", None, None),
])
def test_citizenship_and_place_of_organisation(printed, country, region):
    assert clean.country_of(printed) == (country, region)


@pytest.mark.parametrize("printed,value", [
    ("714,400 shares of common stock", 714400), ("-0-", 0), ("None", 0), ("0", 0),
    ("", None), ("$ _ $", None), ("see Item 5", None), ("1'234'567", 1234567),
])
def test_share_counts(printed, value):
    assert clean.parse_shares(printed) == value


@pytest.mark.parametrize("printed,value", [("2.08%*", 2.08), ("0%", 0.0), ("less than 1%", None), ("17.1 %", 17.1)])
def test_percents(printed, value):
    assert clean.parse_percent(printed) == value


@pytest.mark.parametrize("printed,value", [
    ("January 19, 2003", "2003-01-19"), ("12/29/2003", "2003-12-29"), ("Sept. 5, 2001", "2001-09-05"),
    ("29.12.2003", "2003-12-29"), ("2025-01-10", "2025-01-10"), ("no date", None)])
def test_dates(printed, value):
    assert clean.parse_date(printed) == value


def test_cusip_normalisation_and_check_digit():
    assert clean.parse_cusip("282912 10 4") == "282912104"
    assert clean.cusip_check_digit_ok("282912104") and clean.cusip_check_digit_ok("037833100")
    assert not clean.cusip_check_digit_ok("282912105")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_cleaners_never_raise_and_never_invent_zero(text):
    for parser in (clean.parse_shares, clean.parse_percent, clean.parse_date, clean.parse_cusip, clean.parse_number):
        value = parser(text)
        if value == 0 and parser in (clean.parse_shares, clean.parse_percent):
            assert any(ch == "0" for ch in text) or "none" in text.casefold() or "-" in text or "nil" in text.casefold() \
                or "zero" in text.casefold()
    clean.country_of(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_share_counts_round_trip_with_separators(number):
    assert clean.parse_shares(f"{number:,} shares") == number
    assert clean.parse_shares(f"{number:,}".replace(",", "'")) == number


def test_numeric_dates_read_without_dateutil_as_dateutil_reads_them():
    """parse_date reads M/D/YYYY itself (the commonest shape, a third of a roster filing's
    time in dateutil): every day/month pair 0-39, both orders, against dateutil."""
    from datetime import datetime

    from dateutil import parser as dateparser

    def by_dateutil(printed: str, dayfirst: bool):
        try:
            return dateparser.parse(printed, dayfirst=dayfirst, default=datetime(1900, 1, 1)).date().isoformat()
        except (ValueError, OverflowError):
            return None
    compared = 0
    for first in range(40):
        for second in range(40):
            for year in (1, 999, 1000, 2003, 9999):
                for printed in (f"{first}/{second}/{year:04d}", f"{first:02d}/{second:02d}/{year:04d}"):
                    for dayfirst in (False, True):
                        assert clean.parse_date(printed, dayfirst=dayfirst) == by_dateutil(printed, dayfirst), printed
                        compared += 1
    assert compared == 40 * 40 * 5 * 2 * 2



def _bundled_lines(limit: int = 256) -> list[str]:
    from pathlib import Path
    data = Path(__file__).parent / "data"
    return [line for path in sorted(data.rglob("*.txt"))
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if 0 < len(line) <= limit]


def test_organisations_of_a_cell_without_a_legal_form_word_are_none_without_running_the_ner():
    """organizations() skips the pipeline for a cell without a legal-form word: the ORG
    entities are the pipeline's on every short line of the bundled text filings."""
    from kg.forms import nlp
    lines = _bundled_lines()
    found = 0
    for line in lines:
        expected = [(s, e) for s, e, label in nlp.entities(line) if label == "ORG"]
        assert nlp.organizations(line) == expected, line
        found += len(expected)
    assert len(lines) > 2000 and found > 20


def test_org_names_from_the_token_array_are_those_of_a_token_by_token_reading():
    """kg_org_names finds the legal-form words in the ORTH array; a reading token by token
    (as it was written first) gives the same spans on the bundled text filings."""
    from pathlib import Path

    from spacy.util import filter_spans

    from kg.forms import nlp

    def token_by_token(doc):
        found = []
        for end, token in enumerate(doc):
            if token.text not in set(nlp._ORG_SUFFIXES):
                continue
            last = end - 2 if end >= 1 and doc[end - 1].text == "," else end - 1
            start, index = None, last
            while index >= 0 and last - index < nlp.ORG_WORDS and nlp._ORG_WORD.fullmatch(doc[index].text):
                if nlp._ORG_FIRST.fullmatch(doc[index].text):
                    start = index
                index -= 1
            if start is not None:
                found.append((start, end + 1))
        return found

    tokenizer = nlp.pipeline().tokenizer
    compared = 0
    for path in sorted((Path(__file__).parent / "data").rglob("*.txt")):
        doc = tokenizer(path.read_text(encoding="utf-8", errors="replace")[:30000])
        expected = token_by_token(doc)
        got = [(span.start, span.end) for span in nlp._org_names(doc).ents if span.label_ == "ORG"]
        assert got == [(s, e) for s, e in sorted({(s.start, s.end) for s in filter_spans(
            [doc[s:e] for s, e in expected])})], path.name
        compared += len(expected)
    assert compared > 100

"""Round 51b (issue 13): Security Capital's Exhibit five-column EDGAR <TABLE> (a caption naming the organisation in
capitals and 'DIRECTORS AND OFFICERS INFORMATION', a full dashed rule, the <S>/<C> row, NAME | COMPANY | POSITION |
BUSINESS ADDRESS | PRINCIPAL OCCUPATION), titles stacked one a line, the citizenship in a sentence above the table:
gather85's security_capital_company_column_titles_stacked.

What was wrong: (1) a company name wrapped in its column ('Smith Barney Corporate' / '  Trust Company', set in under
its first line) beside a stacked title at the titles' margin was read as a second company: the person split in two
entries, the titles under the wrap glued into one ('Executive Officer President Chief Executive Officer');
(2) the sentence above the table ('All of the persons listed below are citizens of the United States, except X,
who is a citizen of Canada.') was not read: the paragraph over the title was the caption's organisation line;
(3) with a dashed rule between persons, a name printed 'SURNAME,' / '  Given M.' was lost: the rule above it
counted as a filled cell.

What changed: kg/forms/roster_gridentry.company_starts (a company line set in under the first is its wrap);
kg/forms/roster_above_title.defaults_above (caption lines in capitals between the sentence and the title are passed
over; the sentence's named exceptions are read, never given the default); kg/forms/roster_name_wrap.name_wraps (a
rule line is no cell above a name).

Texts of our own making. Tests marked "fails on main" fail on main 38cba37; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

WIDTHS = [20, 28, 24, 30, 36]
FULL = sum(WIDTHS)
ORG = ["Harrowgate Fiduciary", "  Trust Company"]
PERSONS = [  # name lines, title lines, address lines
    (["Avery Colquhoun"], ["Director"], ["88 Pell Street", "Dover, DE 19901"]),
    (["Bettina Marsh"], ["Director", "Executive Officer", "President"], ["88 Pell Street", "Dover, DE 19901"]),
    (["Corwin Oduya"], ["Director", "Executive Officer", "Senior Vice", "  President"],
     ["88 Pell Street", "Dover, DE 19901"]),
]
WRAPPED = [(["HALVORSEN,", "  Dagny R."], ["Director"], ["12 Quay Road", "Oslo 0150", "Norway"])]


def _row(cells: list[str]) -> str:
    return "".join(f"{cell:<{width}}" for cell, width in zip(cells, WIDTHS)).rstrip()


def _exhibit(persons: list, ruled: bool = False, sentence: str = "All of the persons listed below are citizens of "
             "the United States, except Avery Colquhoun, who is a citizen of Canada.",
             org: list[str] = ORG) -> str:
    lines = ["Exhibit 3", "", sentence, "", "<TABLE>", "<CAPTION>", "",
             "HARROWGATE FIDUCIARY TRUST COMPANY".center(FULL).rstrip(), "",
             "DIRECTORS AND OFFICERS INFORMATION".center(FULL).rstrip(), "", "-" * FULL,
             _row(["<S>", "<C>", "<C>", "<C>", "<C>"]), _row(["", "", "", "", "PRINCIPAL"]),
             _row(["     NAME", "       COMPANY", "   POSITION", "  BUSINESS ADDRESS", "OCCUPATION"]), "-" * FULL, ""]
    for names, titles, address in persons:
        depth = max(len(names), len(org), len(titles), len(address))
        for i in range(depth):
            cells = [names, org, titles, address, ["--"]]
            lines.append(_row([c[i] if i < len(c) else "" for c in cells]))
        lines.append("-" * FULL if ruled else "")
    return "\n".join(lines + ["</TABLE>", ""])


def _people(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return to_dict(kg.extract(path)).get("people", [])


def test_a_company_name_wrapped_under_itself_is_one_company(tmp_path):
    """Fails on main: 'Harrowgate Fiduciary' / '  Trust Company' was two companies, each person two entries, the
    titles under the wrap glued ('Executive Officer President')."""
    people = _people(tmp_path, _exhibit(PERSONS))
    assert [p["name"] for p in people] == ["Avery Colquhoun", "Bettina Marsh", "Corwin Oduya"]
    assert {p["organization"] for p in people} == {"Harrowgate Fiduciary Trust Company"}
    assert [p["positions"] for p in people] == [["Director"], ["Director", "Executive Officer", "President"],
                                                ["Director", "Executive Officer", "Senior Vice President"]]


def test_the_sentence_above_the_caption_gives_the_citizenship_and_its_exceptions(tmp_path):
    """Fails on main: no citizenship was read (the paragraph over the title was the caption's organisation line)."""
    people = {p["name"]: p for p in _people(tmp_path, _exhibit(PERSONS))}
    assert {name: p.get("citizenship") for name, p in people.items()} == {
        "Avery Colquhoun": "Canada", "Bettina Marsh": "United States", "Corwin Oduya": "United States"}


def test_an_exception_the_sentence_cannot_read_gives_no_default(tmp_path):
    """Fails on main (no citizenship read at all): a person excepted without a citizenship of their own
    ('except Avery Colquhoun.') takes none, never the default; the others take the default."""
    sentence = "All of the persons listed below are citizens of the United States, except Avery Colquhoun."
    people = {p["name"]: p for p in _people(tmp_path, _exhibit(PERSONS, sentence=sentence))}
    assert people["Avery Colquhoun"].get("citizenship") is None
    assert people["Bettina Marsh"].get("citizenship") == "United States"


def test_a_surname_alone_over_its_given_names_under_a_rule_is_read(tmp_path):
    """Fails on main: under a dashed rule, 'HALVORSEN,' / '  Dagny R.' was no entry (the rule counted as a cell)."""
    people = _people(tmp_path, _exhibit(PERSONS + WRAPPED, ruled=True))
    assert [p["name"] for p in people][-1] == "Dagny R. Halvorsen"
    assert people[-1]["address"] == "12 Quay Road, Oslo 0150, Norway"


def test_companies_at_the_column_margin_stay_apart(tmp_path):
    """Guard (the real Security Capital roster): two companies each at the column's margin, a title beside each,
    are two entries of the person."""
    org = ["Harrowgate Fiduciary", "Harrowgate Holdings S.A."]
    people = _people(tmp_path, _exhibit([(["Avery Colquhoun"], ["Director", "Director"], ["88 Pell Street"])],
                                        org=org))
    assert [(p["name"], p["organization"], p["positions"]) for p in people] == [
        ("Avery Colquhoun", "Harrowgate Fiduciary", ["Director"]),
        ("Avery Colquhoun", "Harrowgate Holdings S.A.", ["Director"])]

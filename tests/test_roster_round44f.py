"""Forty-fourth round (f), issue 13: a fixed-width EDGAR table ruled column by column (segmented dashed rules, two-line
captions centred over their columns), titles '<Title>, <Org>' one a line, under a heading '<ORG> DIRECTORS AND
EXECUTIVE OFFICERS' (segmented_rule_grid_stacked_offices_citizenship_last, gather48).

On main the heading's organisation was cut at its bodies' 'and' ('... OF CANADA DIRECTORS AND EXECUTIVE OFFICERS'
read 'DIRECTORS' as the title's last word of who is listed), so the organisation was the words after an 'of' inside
its name ('Canada') or none, and every '<Title>, <Org>' line stayed an outside occupation; and a name wrapped under
its first line ('Francis Michael' / '   Cyprian Cuss') whose next word would have left one space before the next
column's text was read as the name's first line alone: a person who is none.

Texts of our own making. Each test marked "fails on main" failed on main a54b301 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_RULE = "----------------------- ------------------------------------- --------------------------- --------------"


def _annex(heading: str, org: str, rows: list[str]) -> str:
    lines = ["                                 APPENDIX III", "                                 ------------", "",
             "               INFORMATION REGARDING THE INSTRUCTION C PERSONS", "", f"          {heading}", "",
             "          The following table sets forth the name, business address,",
             f"position(s) with {org}, present principal occupation and",
             f"citizenship of each of the directors and executive officers of {org}.", "", "<TABLE>", "<CAPTION>",
             _RULE, "<S>                     <C>                                   <C>                         <C>",
             "                                   Position(s) and                     Business",
             "         Name                   Principal Occupation                    Address            Citizenship",
             _RULE]
    return "\n".join(lines + rows + [_RULE, "</TABLE>"]) + "\n"


_LAKESHORE = [
    "Jonathan Edward         Vice President, Lakeshore Trust of    200 Public Square           United States",
    "   Wexford Hale           Ohio                                Cleveland, Ohio 44114",
    "                        Partner, Hale & Lyle LLP",
    "",
    "Ruth Abernathy          President, Lakeshore Trust of         200 Public Square           United States",
    "                          Ohio                                Cleveland, Ohio 44114",
    "                        Director, Lakeshore Trust of Ohio",
]


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_heading_names_the_organisation_whole_before_directors_and_executive_officers(tmp_path):
    """Fails on main (organisation 'Ohio', a country's state read out of 'Lakeshore Trust of Ohio'; 'Lakeshore
    Trust' as a title)."""
    text = _annex("LAKESHORE TRUST OF OHIO DIRECTORS AND EXECUTIVE OFFICERS", "Lakeshore Trust of Ohio", _LAKESHORE)
    people = _people(tmp_path, text)
    ruth = people["Ruth Abernathy"]
    assert ruth.organization == "Lakeshore Trust of Ohio"
    assert ruth.positions == ["President", "Director"]
    assert "Lakeshore Trust" not in ruth.positions + ruth.other_positions


def test_name_wrapped_where_its_next_word_would_touch_the_next_column(tmp_path):
    """Fails on main ('Jonathan Edward' a person, 'Wexford Hale' lost)."""
    text = _annex("LAKESHORE TRUST OF OHIO DIRECTORS AND EXECUTIVE OFFICERS", "Lakeshore Trust of Ohio", _LAKESHORE)
    people = _people(tmp_path, text)
    assert "Jonathan Edward" not in people
    hale = people["Jonathan Edward Wexford Hale"]
    assert hale.positions == ["Vice President"]
    assert hale.other_positions == ["Partner, Hale & Lyle LLP"]
    assert hale.citizenship == "United States"


def test_guard_heading_with_no_organisation_before_its_bodies(tmp_path):
    """Guard: 'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS' names no organisation before its bodies
    ('CONCERNING THE' is none): the preamble's organisation stands."""
    text = _annex("INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS", "Lakeshore Trust of Ohio", _LAKESHORE)
    people = _people(tmp_path, text)
    assert {p.organization for p in people.values()} <= {"Lakeshore Trust of Ohio", None}
    assert "Concerning The" not in {p.organization for p in people.values()}


def test_guard_a_word_set_in_under_a_whole_name_with_room_is_no_name(tmp_path):
    """Guard: 'Ann Lyle' / '   Hale & Lyle' (the employer set in under a short whole name; the words would have fitted
    after it with room to spare) takes nothing into the name."""
    rows = ["Ann Lyle                Director, Lakeshore Trust of Ohio     200 Public Square           United States",
            "   Wexford              Partner, Hale & Lyle LLP              Cleveland, Ohio 44114"]
    text = _annex("LAKESHORE TRUST OF OHIO DIRECTORS AND EXECUTIVE OFFICERS", "Lakeshore Trust of Ohio", rows)
    people = _people(tmp_path, text)
    assert "Ann Lyle Wexford" not in people


def _schedule(address_sentence: str) -> str:
    rule = "-" * 102
    return "\n".join([
        "                                   SCHEDULE A", "",
        "  Information Concerning the Directors and Executive Officers of Harbour Point Partners, Inc.", "",
        "     The following information is given for each of HPP's directors and executive officers: name; business",
        "address; and present principal occupation or employment and the name of any corporation or other",
        f"organization in which such employment is conducted. Unless otherwise specified, {address_sentence} Each",
        "such individual is a citizen of the United States.", "", "<TABLE>", "<CAPTION>", rule,
        "Name                            Business Address                Present Principal Occupation or Employment",
        "----                            ----------------                ------------------------------------------",
        rule, "<S>                             <C>                             <C>",
        "Elena R. Voss                                                   Director; Managing Director",
        "",
        "Tobias K. Lind                                                  Vice President",
        rule, "</TABLE>"]) + "\n"


def test_default_employer_and_address_past_a_legal_forms_full_stop(tmp_path):
    """Fails on main (the default address cut at 'Wexford & Co.': no city, no country)."""
    text = _schedule("the principal employer and business address of each such individual is Harbour Point "
                     "Partners, Inc., Wexford & Co. Incorporated, 1585 Broadway, New York, New York 10036.")
    people = _people(tmp_path, text)
    assert people["Tobias K. Lind"].address_city == "New York"
    assert people["Tobias K. Lind"].address_country == "US"
    assert "1585 Broadway" in people["Elena R. Voss"].address


def test_guard_default_employer_and_address_ending_the_sentence(tmp_path):
    """Guard: the sentence's own full stop still ends the address ('... Texas 77389.' then 'Each such ...')."""
    text = _schedule("the principal employer and business address of each such individual is Harbour Point "
                     "Partners, Inc., 10000 Energy Drive, Spring, Texas 77389.")
    people = _people(tmp_path, text)
    assert people["Tobias K. Lind"].address_city == "Spring"
    assert "citizen" not in people["Tobias K. Lind"].address

"""Round 51c (issue 13): gather85's citigroup_title_paren_country_occupation_table and gather87's
reelection_nominee_column_html.

What was wrong: (1) a caption 'TITLE (AND CITIZENSHIP, IF NOT UNITED STATES)' wrapped in its own column beside the
next caption ('TITLE (AND CITIZENSHIP, IF NOT      PRESENT PRINCIPAL' / 'NAME   UNITED STATES)   OCCUPATION') gave
no default citizenship (the caption's pattern is read on the raw lines), so everyone without a country in
parentheses had none; (2) an HTML heading 'American International Group, Inc.<br>Directors and Executive
Officers' (the organisation on a line of its own over the bodies, no 'of') gave no organisation.

What changed: kg/forms/roster_caption_default.py (new): the caption's lines at its own column joined, then read as
the one-line caption (kg/forms/roster_preamble.py); kg/forms/roster_owner_line.py (new): a heading block of two
lines, an organisation's name over the bodies alone, names the roster's organisation (kg/forms/roster_org.py, where
no title or preamble names one).

Texts of our own making. Tests marked "fails on main" fail on main 38cba37; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

ORG = "Halberd Ridge Capital Corp."
PERSONS = [("Anselm K. Verlaine", "Director", "", "Partner, Brightwater Advisors LLP"),
           ("Birgitta O. Lunde", "Director", "Norway", "--"),
           ("Cormac T. Ashby", "Director and President", "", "--"),
           ("Delphine R. Marchetti", "Treasurer", "", "--")]


def _caption_table(caption_lines: list[str]) -> str:
    lines = ["<Page>", "", "EXHIBIT 99.1".center(80).rstrip(), "",
             f"DIRECTORS AND EXECUTIVE OFFICERS OF {ORG.upper()}".center(80).rstrip(), "",
             "Set forth below are the names, titles and present principal occupations of the",
             f"Directors and Executive Officers of {ORG}", "", "<Table>", "<Caption>", *caption_lines,
             f"{'----':<33}{'-' * 34:<36}{'-' * 17}", f"{'<S>':<33}{'<C>':<36}<C>"]
    for name, title, country, work in PERSONS:
        lines.append(f"{name:<33}{title + (f' ({country})' if country else ''):<36}{work}".rstrip())
    return "\n".join(lines + ["</Table>", ""])


WRAPPED = [f"{'':<33}{'TITLE (AND CITIZENSHIP, IF NOT':<36}PRESENT PRINCIPAL",
           f"{'NAME':<33}{'CANADA)':<36}OCCUPATION"]


def _read(tmp_path: Path, name: str, text: str) -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_default_citizenship_wrapped_in_its_caption_column_is_read(tmp_path):  # fails on main
    people = _read(tmp_path, "wrapped.txt", _caption_table(WRAPPED))
    assert {name: p.citizenship for name, p in people.items()} == {
        "Anselm K. Verlaine": "CANADA", "Birgitta O. Lunde": "Norway", "Cormac T. Ashby": "CANADA",
        "Delphine R. Marchetti": "CANADA"}
    assert people["Cormac T. Ashby"].positions == ["Director", "President"]


def test_a_caption_whose_parenthesis_never_closes_gives_no_default(tmp_path):  # guard: refused
    unclosed = [WRAPPED[0], f"{'NAME':<33}{'CANADA':<36}OCCUPATION"]
    people = _read(tmp_path, "unclosed.txt", _caption_table(unclosed))
    assert people["Birgitta O. Lunde"].citizenship == "Norway"
    assert [p.citizenship for name, p in people.items() if name != "Birgitta O. Lunde"] == [None, None, None]


def test_the_one_line_caption_still_gives_its_default(tmp_path):  # guard (the real Citigroup layout)
    one_line = [f"{'':<33}{'':<36}PRESENT PRINCIPAL",
                f"{'NAME':<33}{'TITLE (AND CITIZENSHIP, IF NOT CANADA)':<38}OCCUPATION"]
    text = _caption_table(one_line).replace("-" * 34 + "  ", "-" * 36, 1)
    people = _read(tmp_path, "one_line.txt", text)
    assert people["Cormac T. Ashby"].citizenship == "CANADA"
    assert people["Birgitta O. Lunde"].citizenship == "Norway"


def _html(heading: str) -> str:
    rows = "".join(f"<tr><td>{name}</td><td>{title}</td><td>Yes</td><td>{work}</td></tr>"
                   for name, title, _country, work in PERSONS)
    return ("<html><body><p align=\"center\"><b>SCHEDULE A</b></p>"
            f"<p align=\"center\"><b>{heading}</b></p><table><tr><td><b>Name</b></td><td><b>Title</b></td>"
            "<td><b>Nominee for Re-election at the 2027 Annual Meeting*</b></td><td><b>Principal Occupation</b></td>"
            f"</tr>{rows}</table><p>* Each director marked Yes has been nominated for re-election.</p></body></html>\n")


def test_an_organisation_line_over_the_bodies_names_the_roster(tmp_path):  # fails on main
    people = _read(tmp_path, "heading.htm", _html(f"{ORG}<br>Directors and Executive Officers"))
    assert len(people) == 4
    assert {p.organization for p in people.values()} == {ORG}


def test_a_heading_with_of_still_names_its_organisation(tmp_path):  # guard
    people = _read(tmp_path, "of.htm", _html(f"Directors and Executive Officers of {ORG}"))
    assert {p.organization for p in people.values()} == {ORG}


def test_a_label_or_a_cell_over_the_bodies_is_no_owner():  # guard: refused (the new module's own check)
    from kg.forms.roster_owner_line import owner_over_bodies

    assert owner_over_bodies(f"\n\nPosition with {ORG}:\nDirectors\n") is None
    assert owner_over_bodies("\n\nofficer of Morgan Stanley & Co. Incorporated\nDirectors\n") is None
    assert owner_over_bodies(f"\n\nName | Title\n{ORG}\nDirectors and Executive Officers\n") is None
    assert owner_over_bodies(f"\n\n{ORG}\nDirectors and Executive Officers\n\nName | Title\n") == ORG


def test_an_organisation_with_of_in_its_name_over_the_bodies_is_named_whole(tmp_path):  # fails on main ('Canada')
    people = _read(tmp_path, "of_inside.htm", _html("Meridian Trust Company of Canada<br>Directors and Executive Officers"))
    assert {p.organization for p in people.values()} == {"Meridian Trust Company of Canada"}

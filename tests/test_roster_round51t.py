"""Round 51t (issue 13): a Schedule A as one HTML table (Name | 'Present Principal Occupation and Business Address',
italic section rows), the default citizenship in the preamble ('Unless otherwise indicated below, all of the persons
listed below are citizens of the United States.') and the exceptions in a paragraph after the table labelled
'Citizenship: A, who is a citizen of X, and B, who is a citizen of Y.': gather97's
single_table_director_officer_rows_html.

What was wrong: the 'Citizenship:' paragraph was not read, so every excepted person kept the preamble's default
(Marshall A. Cohen 'United States' where the text says Canada): 90 values on the wrong person.

What changed: kg/forms/roster_labelled_citizens.py (new: each clause of the paragraph goes to the one person of its
name, never by position; a paragraph not read clause by clause to one person each takes the default from everyone
who holds it, with a finding), called from kg/forms/roster_postamble.py; the rule citizenship_label_exceptions in
kg/patterns/roster.yml.

Texts of our own making. Tests marked "fails on main" fail on main c461407; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

ORG = "Calloway Ridge Energy Company"
ROWS = [("Directors", None), ("Harriet P. Vandermeer", "Director<BR>Partner, Olsted &amp; Crane LLP"),
        ("Quentin L. Abernathy", "Director, President, Chief Executive Officer"),
        ("Ottilie Brandvold", "Director<BR>Professor, Lakeside University"),
        ("Executive Officers (who are not Directors)", None),
        ("Ramon E. Castellanos", "Executive Vice President, Chief Financial Officer"),
        ("Winifred Osei-Bonsu", "Senior Vice President, General Counsel")]


def _schedule(after: str) -> str:
    out = ['<HTML><BODY>', '<P ALIGN="center"><B><U>SCHEDULE A</U></B></P>', f'<P><B>1. {ORG.upper()}</B></P>',
           f'<P>The name, business address, title, present principal occupation or employment of each of the '
           f'directors and executive officers of {ORG} are set forth below. If no business address is given, the '
           f'director&#146;s or executive officer&#146;s business address is 10000 Energy Drive, Spring, Texas '
           f'77389. Unless otherwise indicated, each occupation set forth opposite an individual&#146;s name refers '
           f'to {ORG}. Unless otherwise indicated below, all of the persons listed below are citizens of the United '
           f'States.</P>', '<TABLE WIDTH="100%" BORDER="0">',
           '<TR><TD><B>Name</B></TD><TD>&nbsp;</TD><TD><B>Present Principal Occupation and Business Address</B></TD>'
           '</TR>']
    for name, cell in ROWS:
        if cell is None:
            out.append(f'<TR><TD><I>{name}</I></TD><TD>&nbsp;</TD><TD></TD></TR>')
        else:
            out.append(f'<TR><TD VALIGN="top">{name}</TD><TD>&nbsp;</TD><TD VALIGN="top">{cell}</TD></TR>')
    return "\n".join(out + ['</TABLE>', f'<P>{after}</P>', '</BODY></HTML>']) + "\n"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "schedule.htm"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _citizenships(people: dict[str, dict]) -> dict[str, str | None]:
    return {name: person["citizenship"] for name, person in people.items()}


def test_each_exception_goes_to_the_person_it_names(tmp_path):
    """Fails on main: Ottilie Brandvold and Ramon E. Castellanos kept the default 'United States'."""
    people = _people(tmp_path, _schedule(
        "Citizenship: Ottilie Brandvold, who is a citizen of Norway and Ramon E. Castellanos, who is a citizen of "
        "the USA, Mexico."))
    assert _citizenships(people) == {
        "Harriet P. Vandermeer": "United States", "Quentin L. Abernathy": "United States",
        "Ottilie Brandvold": "Norway", "Ramon E. Castellanos": "USA, Mexico", "Winifred Osei-Bonsu": "United States"}
    assert people["Ottilie Brandvold"]["country"] == "NO"


def test_exceptions_named_out_of_the_table_order(tmp_path):
    """Fails on main: the exceptions are named in another order than the rows; each still goes to its own name."""
    people = _people(tmp_path, _schedule(
        "Citizenship: Winifred Osei-Bonsu, who is a citizen of Ghana, Harriet P. Vandermeer, who is a citizen of "
        "Canada, and Quentin L. Abernathy, who is a citizen of the United Kingdom."))
    assert _citizenships(people) == {
        "Harriet P. Vandermeer": "Canada", "Quentin L. Abernathy": "United Kingdom",
        "Ottilie Brandvold": "United States", "Ramon E. Castellanos": "United States", "Winifred Osei-Bonsu": "Ghana"}


def test_an_exception_naming_nobody_of_the_table_leaves_the_default_to_no_one(tmp_path):
    """Fails on main: 'Ottilie Brandvald' (spelt unlike any row) cannot be placed, so who the exceptions are is not
    known: no one takes the default, nobody takes Norway."""
    people = _people(tmp_path, _schedule(
        "Citizenship: Ottilie Brandvald, who is a citizen of Norway."))
    assert set(people) == {name for name, cell in ROWS if cell}
    assert set(_citizenships(people).values()) == {None}


def test_guard_no_exception_paragraph_every_person_takes_the_default(tmp_path):
    """Guard (passes on main): without a 'Citizenship:' paragraph the preamble's default goes to everyone."""
    people = _people(tmp_path, _schedule("Page A-1"))
    assert set(_citizenships(people).values()) == {"United States"}
    assert len(people) == 5


def test_guard_collective_sentence_after_the_table_still_reads(tmp_path):
    """Guard (passes on main): 'Each of the persons listed above is a citizen of X, except A, who is ...' after a
    table stays read by kg/forms/roster_postscript.py."""
    text = _schedule("Each of the persons listed above is a citizen of the United States, except Ottilie Brandvold, "
                     "who is a citizen of Norway.").replace(
        " Unless otherwise indicated below, all of the persons listed below are citizens of the United States.", "")
    people = _people(tmp_path, text)
    assert people["Ottilie Brandvold"]["citizenship"] == "Norway"
    assert people["Winifred Osei-Bonsu"]["citizenship"] == "United States"


def test_an_abbreviated_country_closing_the_paragraph_keeps_its_stop(tmp_path):
    """Fails on main: 'U.S.' closing the paragraph is Winifred Osei-Bonsu's whole, its last stop kept."""
    text = _schedule("Citizenship: Winifred Osei-Bonsu, who is a citizen of U.S.").replace(
        "citizens of the United States.", "citizens of Canada.")
    people = _people(tmp_path, text)
    assert people["Winifred Osei-Bonsu"]["citizenship"] == "U.S."
    assert people["Ottilie Brandvold"]["citizenship"] == "Canada"

"""Round 49a (issue 13): an HTML table whose captions are Spanish then English in one cell ('NOMBRE /<br>NAME',
'CARGO EN <ORG> /<br>POSITION WITH <ORG>'), the citizenship a preamble default ('Unless otherwise indicated, each
person listed below is a citizen of Denmark.') with the exceptions under the name in two languages too ('(Nacionalidad
/ Citizenship: USA)'): gather68's html_bilingual_captions_citizenship_default_exceptions.

What was wrong: (1) the HTML table reader took a row for the header only where its first cell matched the names'
caption as printed, so 'NOMBRE / NAME' headed nothing: the table was not read (the last-resort reader kept the names
with the title beside them, 'Vice President - Marketing & Transportation' cut to 'Vice President'); (2) with the
table read, the line '(Nacionalidad / Citizenship: USA)' under a name was no citizenship line kg knows (its label is
two languages'), so it was refused as holding a caption, and the preamble's default then covered the person whose
exception it is: 'Denmark' on Nirmal Prabhakar Narvekar, a citizen of the USA (a value on the wrong person).

What changed: kg/forms/roster_table.py reads the first cell by its English half (kg.forms.roster_caption_languages);
kg/forms/roster_citizen_label.py (new) reads a label of another language or of two languages' halves by its English
caption, so the line states a citizenship (roster_fields.stated_citizenship), and an entry printing a line labelled
as its citizenship is never covered by the preamble's default where no field took the line
(roster_inline.printed_nationality).

Texts of our own making. Tests marked "fails on main" fail on main 07034dc; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_citizen_label import english_label, labels_citizenship
from kg.forms.roster_fields import stated_citizenship
from kg.records import to_dict

PREAMBLE = ("<p>The following table sets forth the name, position with Nordlys Holdings A/S, present principal "
            "occupation and business address of each member of the board of directors and each executive officer "
            "of Nordlys Holdings A/S. Unless otherwise indicated, each person listed below is a citizen of "
            "Denmark.</p>")

BILINGUAL = ("<tr><th>NOMBRE /<br>NAME</th><th>CARGO EN NORDLYS HOLDINGS A/S /<br>POSITION WITH NORDLYS HOLDINGS "
             "A/S</th><th>OCUPACION PRINCIPAL /<br>PRINCIPAL OCCUPATION</th><th>DOMICILIO /<br>BUSINESS ADDRESS"
             "</th></tr>")
ENGLISH = ("<tr><th>Name</th><th>Position with Nordlys Holdings A/S</th><th>Principal Occupation</th>"
           "<th>Business Address</th></tr>")


def _row(name: str, under: str, title: str, occupation: str) -> str:
    cell = f"{name}<br>{under}" if under else name
    return (f"<tr valign=\"top\"><td>{cell}</td><td>{title}</td><td>{occupation}</td>"
            "<td>Strandvejen 12<br>2900 Hellerup<br>Denmark</td></tr>")


def _annex(header: str, label: str) -> str:
    rows = [_row("Lars Holm", "", "Chair of the Board", "Professional Board Director"),
            _row("Nirmal Prabhakar Narvekar", f"({label}: USA)", "Board Director",
                 "CEO of Harvard Management Company"),
            _row("Viviane Moreau", f"({label}: France)", "Board Director", "Professional Board Director"),
            _row("Kasim Kutay", f"({label}: United Kingdom)", "Chief Executive Officer", "&#8212;")]
    return "\n".join(["<html><body>", "<p align=\"center\"><b>ANEXO A / ANNEX A</b></p>",
                      "<p align=\"center\"><b>CONSEJEROS Y FUNCIONARIOS / DIRECTORS AND EXECUTIVE OFFICERS</b></p>",
                      "<p align=\"center\"><b>NORDLYS HOLDINGS A/S</b></p>", PREAMBLE,
                      "<table width=\"100%\">", header, *rows, "</table>", "</body></html>"]) + "\n"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "annex.htm"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _assert_read(people: dict[str, dict]) -> None:
    assert sorted(people) == ["Kasim Kutay", "Lars Holm", "Nirmal Prabhakar Narvekar", "Viviane Moreau"]
    assert {name: p["citizenship"] for name, p in people.items()} == {
        "Lars Holm": "Denmark", "Nirmal Prabhakar Narvekar": "USA", "Viviane Moreau": "France",
        "Kasim Kutay": "United Kingdom"}
    assert {name: p["positions"] for name, p in people.items()} == {
        "Lars Holm": ["Chair of the Board"], "Nirmal Prabhakar Narvekar": ["Board Director"],
        "Viviane Moreau": ["Board Director"], "Kasim Kutay": ["Chief Executive Officer"]}
    assert people["Nirmal Prabhakar Narvekar"]["other_positions"] == ["CEO of Harvard Management Company"]
    assert {p["address"] for p in people.values()} == {"Strandvejen 12, 2900 Hellerup, Denmark"}


def test_bilingual_captions_and_exceptions_read(tmp_path):
    """Fails on main: 'NOMBRE / NAME' headed no table (no address, no occupation, no citizenship read)."""
    _assert_read(_people(tmp_path, _annex(BILINGUAL, "Nacionalidad / Citizenship")))


def test_a_bilingual_exception_under_the_name_is_never_covered_by_the_default(tmp_path):
    """Fails on main ('Denmark', the default, on Narvekar: the exception line refused as holding a caption)."""
    _assert_read(_people(tmp_path, _annex(ENGLISH, "Nacionalidad / Citizenship")))


def test_an_unreadable_labelled_exception_refuses_the_default(tmp_path):
    """Fails on main: a citizenship line the reader cannot take ('Freedonia' is no country kg knows) is still the
    person's own statement: the default is refused for her (left empty), never given."""
    text = _annex(ENGLISH, "Nacionalidad / Citizenship").replace("France)", "Freedonia)")
    people = _people(tmp_path, text)
    assert people["Viviane Moreau"].get("citizenship") is None
    assert people["Lars Holm"]["citizenship"] == "Denmark"


def test_label_halves_read_by_their_english_half():
    """Fails on main (no such module; stated_citizenship gives None)."""
    assert english_label("(Nacionalidad / Citizenship: USA)") == "(Citizenship: USA)"
    assert english_label("NACIONALIDAD: Denmark") == "Citizenship: Denmark"
    assert stated_citizenship("(Nacionalidad / Citizenship: USA, Denmark)") == "USA, Denmark"
    assert labels_citizenship("Nirmal Narvekar\n(Nacionalidad / Citizenship: Freedonia)")


def test_guard_english_exception_labels_and_other_labels():
    """Guard (passes on both): English labels read as before; a label of no citizenship is left as printed and
    keeps no default off ('Country:' of an address, 'Name / Title:' of English halves)."""
    assert stated_citizenship("(Citizenship: USA)") == "USA"
    assert english_label("Name / Title: Director") == "Name / Title: Director"
    assert english_label("Business Address: 10 Main Street") == "Business Address: 10 Main Street"
    assert not labels_citizenship("Country: Denmark")
    assert not labels_citizenship("Domicilio / Business Address: Strandvejen 12")


def test_guard_english_captions_and_labels_read(tmp_path):
    """Guard (passes on both): the same table with English captions and '(Citizenship: X)' lines."""
    _assert_read(_people(tmp_path, _annex(ENGLISH, "Citizenship")))

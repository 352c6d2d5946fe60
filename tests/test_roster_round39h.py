"""Thirty-ninth round (h), issue 13: note numbers after a name in a barred table cell; labelled values that wrap
with a hanging indent.

1. An HTML table saved with bars between its cells ('Cohen, Marshall A. (1) | Cassels, Brock ... | Director') and
   '(1) A citizen of Canada.' under it: the number after a space, before the cell's bar, is a note mark (it was read
   only before two spaces or the line's end, so the name was 'Cohen, Marshall A. (1)' and the entry was lost); so too
   in the cell after the entry's letter ('B. | Cohen, Marshall A. (1) | ...'). One note marked on several names
   ('Kutay, Kasim (7)', 'Govett, Nigel Kevin (7)') is each name's, as a footnote is (it was refused whole, and every
   marked entry with it). kg/forms/roster_notes.py.
2. Labelled values under an underlined name whose items wrap with a hanging indent ('President and CEO, National
   Bureau of' / '  Economic Research'): a line at the value's column opens an item even where the line above is the
   value column's longest (the width `under_themselves` takes from that longest line made it a wrap).
   kg/forms/roster_labels.py.

Texts of our own making. Each test marked "fails on main" failed on main 5e6b226 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_HEAD = """<html><body><p align="center"><b>SCHEDULE II</b></p>
<p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF NORTHWIND HOLDINGS, INC.</b></p>
<p>The following table sets forth the name, residence or business address, present principal occupation or employment
and position(s) with Northwind Holdings, Inc. (the &quot;Reporting Person&quot;) of each director and executive officer
of the Reporting Person. Except as indicated in the notes following the table, each person named below is a citizen of
the United States.</p>
<table><tr>{letter_th}<th>Name</th><th>Residence or Business Address</th><th>Present Principal Occupation or Employment</th>
<th>Position(s) with the Reporting Person</th></tr>
"""
_ROWS = [("Hale, Robert T.", "", "12 Harbour Street<br>Boston, MA 02110", "Retired", "Director"),
         ("Moreau, Claire (1)", "", "1 Place Ville Marie<br>Montreal, Quebec H3B 2C4", "Counsel, Moreau LLP", "Director"),
         ("Vang, Peter", "", "12 Harbour Street<br>Boston, MA 02110", "Chief Executive Officer", "Director"),
         ("Kutay, Kasim (2)", "", "25 Bank Street<br>London E14 5JP", "Partner, Kutay Capital", "Director"),
         ("Govett, Nigel Kevin (2)", "", "25 Bank Street<br>London E14 5JP", "Professional Board Director",
          "Director")]
_NOTES = "</table><p>(1) A citizen of Canada.</p><p>(2) A citizen of the United Kingdom.</p></body></html>\n"


def _table(lettered: bool) -> str:
    rows = []
    for index, (name, _blank, address, occupation, position) in enumerate(_ROWS):
        letter = f"<td>{chr(ord('A') + index)}.</td>" if lettered else ""
        rows.append(f"<tr>{letter}<td>{name}</td><td>{address}</td><td>{occupation}</td><td>{position}</td></tr>")
    return _HEAD.replace("{letter_th}", "<th></th>" if lettered else "") + "\n".join(rows) + _NOTES


def _people(tmp_path, text: str, name: str = "annex.htm"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_note_number_before_a_cell_bar_marks_the_name(tmp_path):
    """Fails on main: 'Moreau, Claire (1)' was no name (the number stood before ' | ', not two spaces): no entry."""
    people = _people(tmp_path, _table(False))
    assert people["Claire Moreau"].citizenship == "Canada"
    assert people["Claire Moreau"].positions == ["Director"]


def test_note_number_in_the_cell_after_a_letter(tmp_path):
    """Fails on main: 'B. | Moreau, Claire (1) | ...': the name in the cell after the entry's letter."""
    people = _people(tmp_path, _table(True))
    assert people["Claire Moreau"].citizenship == "Canada"


def test_one_note_marked_on_two_names_is_each_ones(tmp_path):
    """Fails on main: '(2)' after two names was refused whole (and the entries with it)."""
    people = _people(tmp_path, _table(False))
    assert people["Kasim Kutay"].citizenship == "United Kingdom"
    assert people["Nigel Kevin Govett"].citizenship == "United Kingdom"


def test_unmarked_names_keep_the_preamble_citizenship(tmp_path):
    """Guard (passes on both): the names no number marks are citizens of the preamble's country, and no marked one
    is."""
    people = _people(tmp_path, _table(False))
    assert people["Robert T. Hale"].citizenship == "United States"
    assert people["Peter Vang"].citizenship == "United States"
    assert all(p.citizenship != "United States" for n, p in people.items() if n in {"Claire Moreau", "Kasim Kutay"})


_UNDERLINED = """SCHEDULE A

DIRECTORS AND EXECUTIVE OFFICERS OF NORTHWIND HOLDINGS, INC.

     Robert T. Hale
     --------------
     Position with the Company: Director
     Principal Occupation:      Professor of Economics, Harvard University
                                President and CEO, National Bureau of
                                  Economic Research
     Business Address:          12 Harbour Street
                                Boston, Massachusetts 02110
     Citizenship:               United States

     Claire Moreau
     -------------
     Position with the Company: Director
     Principal Occupation:      Counsel, Moreau LLP
     Business Address:          1 Place Ville Marie
                                Montreal, Quebec H3B 2C4
     Citizenship:               Canada
"""


def test_line_at_the_column_opens_an_item_under_a_hanging_indent(tmp_path):
    """Fails on main: the occupation's second item was read as a wrap of the first (the first is the column's
    longest line), though the values wrap with a hanging indent ('  Economic Research')."""
    people = _people(tmp_path, _UNDERLINED, "annex.txt")
    assert people["Robert T. Hale"].other_positions == ["Professor of Economics, Harvard University",
                                                        "President and CEO, National Bureau of Economic Research"]


def test_addresses_under_a_hanging_indent_unchanged(tmp_path):
    """Guard (passes on both): the address lines at the value's column stay the address's parts."""
    people = _people(tmp_path, _UNDERLINED, "annex.txt")
    assert people["Robert T. Hale"].address_city == "Boston"
    assert people["Claire Moreau"].citizenship == "Canada"
    assert people["Claire Moreau"].other_positions == ["Counsel, Moreau LLP"]


_LOWER_ITEM = """SCHEDULE A

DIRECTORS AND EXECUTIVE OFFICERS OF NORTHWIND HOLDINGS, INC.

     Jun Sung Park
     -------------
     Position with the Company: Director
                                President and Co-Chief Executive
                                  Officer
     Principal Occupation:      Head of the endowment fund for the National
                                  University of Singapore
                                main board member of Samsung Electronics,
                                  Korea
     Business Address:          12 Harbour Street
                                Boston, Massachusetts 02110
     Citizenship:               Singapore

     Claire Moreau
     -------------
     Position with the Company: Director
     Principal Occupation:      Counsel, Moreau LLP
     Business Address:          1 Place Ville Marie
                                Montreal, Quebec H3B 2C4
     Citizenship:               Canada
"""


def test_hanging_indent_gives_the_items_whatever_their_words(tmp_path):
    """Fails on main: under a hanging indent a line at the column opens an item though it starts in lower case
    ('main board member of ...'), and a line set in ('  Officer') continues the title above."""
    people = _people(tmp_path, _LOWER_ITEM, "annex.txt")
    assert people["Jun Sung Park"].positions == ["Director", "President and Co-Chief Executive Officer"]
    assert people["Jun Sung Park"].other_positions == [
        "Head of the endowment fund for the National University of Singapore",
        "main board member of Samsung Electronics, Korea"]


def test_a_shared_note_stating_more_than_a_citizenship_stays_refused(tmp_path):
    """Guard (passes on both): a note marked on two names that also gives an address (as round 6's '(3)') gives
    neither name anything, nor the preamble's citizenship."""
    text = _table(False).replace("(2) A citizen of the United Kingdom.",
                                 "(2) Citizen of the United Kingdom. Business address: 25 Bank Street, London E14 5JP.")
    people = _people(tmp_path, text)
    for name in ("Kasim Kutay", "Nigel Kevin Govett"):
        assert name not in people or people[name].citizenship not in {"United Kingdom", "United States"}

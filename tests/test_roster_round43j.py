"""Forty-third round (j), issue 13: four development families written by this round (tests/relayout_dev43j.py).

1. Ditto marks: an HTML table whose citizenship (or address) cell prints a typed '"' or '-- same --' for the value
   of the row just above. The mark was read as an occupation line (and the citizenship lost); now a ditto mark is a
   value of its column (kg/forms/roster_place.py, roster_cell_types.py), resolved from the row above for the address
   and the citizenship (kg/forms/roster_ditto.py, marks and fields in kg/patterns/roster_ditto.yml); the value is
   read over the rows from the one printing it down to the ditto (kg/forms/roster_entry.py value_spans), so the
   provenance guard does not take it for the row above's. A ditto with nothing printed above: refused.
2. Abbreviated titles ('Exec. V.P.', 'Chmn. of the Board' / 'Treas.', 'Gen. Counsel'): 'Exec. V.P.' was read as a
   person's name (the entry cut), 'Treas.' wrapped into the line above and lost its full stop. Now the
   abbreviations are title words, officer titles, title heads and ends (kg/patterns/roster.yml), open a title
   (kg/forms/roster_wrap.py TITLE_OPENING) and keep their stop (kg/forms/roster_phrases.py).
3. Nicknames in quotes ('Pei-yuan "Bud" Chia') and 4. 'None' / 'N/A' / '*' cells read on main already: guards.

Texts of our own making. Each test marked "fails on main" failed on main 449ab2a and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_HTML_HEAD = """<html><body><p align="center"><b>SCHEDULE I</b></p>
<p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE FOODS, INC.</b></p>
<table cellspacing="0">
<tr><td><b>Name</b></td><td><b>Position with Harrowgate Foods, Inc.</b></td>
<td><b>Present Principal Occupation or Employment</b></td><td><b>Business Address</b></td><td><b>Citizenship</b></td></tr>
"""


def _row(name: str, title: str, occupation: str, address: str, citizenship: str) -> str:
    return (f'<tr valign="top"><td>{name}</td><td>{title}</td><td>{occupation}</td><td>{address}</td>'
            f"<td>{citizenship}</td></tr>\n")


def _people(tmp_path, text: str, suffix: str = ".txt") -> dict:
    path = tmp_path / f"annex{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _ditto_table(mark: str) -> str:
    return _HTML_HEAD + "".join([
        _row("Harriet V. Okonkwo", "Director", "Partner, Lindqvist &amp; Marsh LLP",
             "Lindqvist &amp; Marsh LLP<br>40 Wall Street<br>New York, New York 10005", "United States"),
        _row("Tobias Renner", "Director", "Professor of Economics, Brandt University",
             "Brandt University<br>12 College Road<br>Hanover, New Hampshire 03755", mark),
        _row("Elena Marchetti", "President", "&nbsp;", mark, "Italy"),
    ]) + "</table></body></html>\n"


def test_a_ditto_mark_in_the_citizenship_column_is_the_row_aboves(tmp_path):  # fails on main
    for mark in ("&quot;", "-- same --"):
        people = _people(tmp_path, _ditto_table(mark), ".htm")
        assert people["Tobias Renner"].citizenship == "United States"
        assert people["Tobias Renner"].other_positions == ["Professor of Economics, Brandt University"]
        assert people["Elena Marchetti"].address.startswith("Brandt University, 12 College Road")
        assert people["Elena Marchetti"].citizenship == "Italy"


def test_a_ditto_mark_with_nothing_above_is_refused(tmp_path):  # guard
    text = _HTML_HEAD + _row("Harriet V. Okonkwo", "Director", "Partner, Lindqvist &amp; Marsh LLP",
                             "40 Wall Street<br>New York, New York 10005", "&quot;") + "</table></body></html>\n"
    person = _people(tmp_path, text, ".htm")["Harriet V. Okonkwo"]
    assert person.citizenship is None and person.other_positions == ["Partner, Lindqvist & Marsh LLP"]


_TEXT_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE FOODS, INC.

<TABLE>
Name                        Position                  Present Principal Occupation      Business Address              Citizenship
--------------------------  ------------------------  --------------------------------  ----------------------------  --------------
<S>                         <C>                       <C>                               <C>                           <C>
"""


def test_abbreviated_titles_are_titles(tmp_path):  # fails on main
    text = _TEXT_HEAD + """James W. Atkinson           Exec. V.P.                                                  307 North Michigan Avenue     United States
                                                                                        Chicago, Illinois 60601

Howard S. Jonas             Chmn. of the Board                                          520 Broad Street              United States
                            Treas.                                                      Newark, NJ 07102

Brent Christensen           Gen. Counsel                                                333 South 520 West            United States
                                                                                        Lindon, Utah 84042
</TABLE>
"""
    people = _people(tmp_path, text)
    assert people["James W. Atkinson"].positions == ["Exec. V.P."]
    assert people["James W. Atkinson"].citizenship == "United States"
    assert people["James W. Atkinson"].bodies == ["executive officers"]
    assert people["Howard S. Jonas"].positions == ["Chmn. of the Board", "Treas."]
    assert people["Howard S. Jonas"].bodies == ["board of directors", "executive officers"]
    assert people["Brent Christensen"].bodies == ["executive officers"]


def test_a_name_with_sr_and_a_title_in_full_still_read(tmp_path):  # guard: 'Sr.' of a name, 'Treasurer' in full
    text = _TEXT_HEAD + """John P. Whitcombe, Sr.      Treasurer                                                   520 Broad Street              United States
                                                                                        Newark, NJ 07102
</TABLE>
"""
    person = _people(tmp_path, text)["John P. Whitcombe, Sr."]
    assert person.positions == ["Treasurer"] and person.bodies == ["executive officers"]


def test_nicknames_and_placeholders_read(tmp_path):  # guard (read on main too)
    text = _TEXT_HEAD + """Pei-yuan "Bud" Chia         Director                  None                              70 Pine Street                N/A
                                                                                        New York, New York 10270
</TABLE>
"""
    person = _people(tmp_path, text)['Pei-yuan "Bud" Chia']
    assert person.positions == ["Director"] and person.other_positions == [] and person.citizenship is None

"""Round 53n (issue 13): gather114's academic_title_prefix_names_html (German academic titles before the names:
'Dr.-Ing. Ellen V. Futter', 'WEBER, Dr. rer. nat. Hans') and honours_postnominal_names_table (British orders and
fellowships after the names: 'Pei-yuan Chia FRS', 'SMITH, Jane, CBE FRSE', 'James W. Atkinson FREng').

What was wrong: (1) the names were kept with what is not the name: kg/patterns/name_affixes.yml knew 'Dr.' and
'Prof.' but not 'Dr.-Ing.' or 'Dr. rer. nat.' (the person left out for the lower-case 'rer. nat.'), and knew 'CBE'
but not 'FRS', 'FREng' or 'FRSE' (read 'Pei-yuan Chia Frs', 'Laurent Dassault Cbe Frse': the capitals lost too); (2)
'CHIA, Pei-yuan, FRS' (or ', CBE') was left out as 'three surnames in a row' (a firm's 'Skadden, Arps, Slate').

What changed: kg/patterns/name_affixes.yml `academic_titles` and `post_nominals` (validated on load by
kg/forms/name_titles.py, matched only as printed there or in capitals); kg/forms/roster_names.py takes the titles off
the front with the honorifics and the letters off the end with the credentials (the letters only after a name of two
words or more, or after a comma); kg/forms/roster_junk.py `_SURNAMES_LISTED` (letters after 'SURNAME, Given, ' are no
third surname).

Texts of our own making. Tests marked "fails on main" fail on main d98c690; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.errors import DataError
from kg.forms import name_titles
from kg.forms.roster_junk import _SURNAMES_LISTED
from kg.forms.roster_names import display_name, strip_affixes

_ROW = ('<tr><td valign="top">{}</td><td valign="top">{}</td><td valign="top">{}</td>'
        '<td valign="top">{}</td><td valign="top">Germany</td></tr>')
GERMAN = """<html><body>
<p align="center"><b>SCHEDULE A</b></p>
<p align="center"><b>Members of the Management Board and the Supervisory Board of Rheinwerk AG</b></p>
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td><b>Name</b></td><td><b>Position with Rheinwerk AG</b></td><td><b>Present Principal Occupation</b></td>
<td><b>Business Address</b></td><td><b>Citizenship</b></td></tr>
""" + "\n".join(_ROW.format(*row) for row in [
    ("Dr.-Ing. Klaus Hartmann", "Chairman of the Management Board", "&#8212;", "Rheinallee 12<br>40221 Dusseldorf"),
    ("Prof. Dr. Sabine Keller", "Member of the Supervisory Board", "Professor of Law, University of Bonn",
     "Adenauerallee 24<br>53113 Bonn"),
    ("Dr. rer. nat. Jens Vogel", "Member of the Management Board", "&#8212;", "Rheinallee 12<br>40221 Dusseldorf"),
    ("WEBER, Dr. Hans", "Member of the Supervisory Board", "Lawyer, Weber &amp; Roth", "Konigsallee 5<br>"
     "40212 Dusseldorf"),
]) + """
</table>
<p>Academic titles are given before the names as is customary in the Federal Republic of Germany.</p>
</body></html>
"""

BRITISH = """\
                                  SCHEDULE A

              DIRECTORS AND EXECUTIVE OFFICERS OF THAMESIDE HOLDINGS PLC

Set out below are the name, position and business address of each director and
executive officer of Thameside Holdings plc. Honours and fellowships are shown
after the names.

<TABLE>
<CAPTION>
Name                          Position                Business Address
----------------------------  ----------------------  ----------------------------
<S>                           <C>                     <C>
CHIA, Pei-yuan, FRS           Director                1 Cheapside
                                                      London EC2V 6DN
=====================================================================================
DALTON, Margaret A.           Director                1 Cheapside
                                                      London EC2V 6DN
=====================================================================================
HOLT, Jane, CBE FRSE          Chairman                20 Charlotte Square
                                                      Edinburgh EH2 4DF
=====================================================================================
WAY, Bill, KBE                Chief Executive         1 Cheapside
                                                      London EC2V 6DN
</TABLE>
"""

MIXED = BRITISH.replace("CHIA, Pei-yuan, FRS ", "James W. Atkinson FREng").replace(
    "HOLT, Jane, CBE FRSE", "Jane Holt CBE FRSE  ")


def _people(tmp_path: Path, text: str, suffix: str) -> dict[str, dict]:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: {"address": p.address, "positions": p.positions, "printed": p.name_as_printed}
            for p in kg.extract(path).people}


def test_german_academic_titles_are_no_part_of_the_name(tmp_path):
    """Fails on main: 'Dr.-Ing. Klaus Hartmann' was read as the name, Jens Vogel ('Dr. rer. nat.') left out."""
    people = _people(tmp_path, GERMAN, ".htm")
    assert sorted(people) == ["Hans Weber", "Jens Vogel", "Klaus Hartmann", "Sabine Keller"]
    assert people["Jens Vogel"]["positions"] == ["Member of the Management Board"]
    assert people["Hans Weber"]["address"] == "Konigsallee 5, 40212 Dusseldorf"


def test_british_postnominal_letters_are_no_part_of_the_name(tmp_path):
    """Fails on main: 'CHIA, Pei-yuan, FRS', 'HOLT, Jane, CBE FRSE' and 'WAY, Bill, KBE' were left out as a firm's
    three surnames."""
    people = _people(tmp_path, BRITISH, ".txt")
    assert sorted(people) == ["Bill Way", "Jane Holt", "Margaret A. Dalton", "Pei-yuan Chia"]
    assert people["Jane Holt"]["address"] == "20 Charlotte Square, Edinburgh EH2 4DF"
    assert people["Bill Way"]["positions"] == ["Chief Executive"]
    assert people["Jane Holt"]["printed"] == "HOLT, Jane, CBE FRSE"  # (the printed name kept beside the name)


def test_letters_after_a_name_in_given_first_order(tmp_path):
    """Fails on main: 'James W. Atkinson FREng' and 'Jane Holt Cbe Frse' were read as the names."""
    people = _people(tmp_path, MIXED, ".txt")
    assert sorted(people) == ["Bill Way", "James W. Atkinson", "Jane Holt", "Margaret A. Dalton"]


@pytest.mark.parametrize("printed, name", [
    ("Dr.-Ing. Ellen V. Futter", "Ellen V. Futter"),  # fails on main
    ("FUTTER, Dr.-Ing. Ellen V.", "Ellen V. Futter"),  # fails on main
    ("Prof. Dr. rer. nat. Eva Roth", "Eva Roth"),  # fails on main
    ("Laurent Dassault CBE FRSE", "Laurent Dassault"),  # fails on main
    ("Denis J. Walsh III FRS", "Denis J. Walsh III"),  # fails on main
    ("SCOTT, Walter, Jr., CBE FRSE", "Walter Scott, Jr."),  # fails on main
    # guards: a word of another case, or a last word with no surname before it, is kept
    ("John Smith Frs", "John Smith Frs"),
    ("Jane FRS", "Jane Frs"),
    ("Ing. Hans", "Ing. Hans"),
    ("Prof. Dr. Hans Weber", "Hans Weber"),
    ("COHEN, The Hon. Marshall A.", "Marshall A. Cohen"),
    ("James E. Bowman, Jr., M.D.", "James E. Bowman, Jr."),
])
def test_display_name(printed, name):
    assert display_name(printed) == name


def test_strip_affixes_keeps_order_and_case():
    """Fails on main ('Dr.-Ing.' and 'FREng' kept)."""
    assert strip_affixes("WEBER, Dr.-Ing. Hans") == "WEBER, Hans"
    assert strip_affixes("SMITH, Jane, FREng") == "SMITH, Jane"


def test_a_firm_of_three_surnames_is_still_no_person():
    """Fails on main (letters read as a third surname); guard: 'Skadden, Arps, Slate' stays a firm's name."""
    assert _SURNAMES_LISTED.fullmatch("Skadden, Arps, Slate")
    assert _SURNAMES_LISTED.fullmatch("Cassels, Brock, Blackwell")
    assert not _SURNAMES_LISTED.fullmatch("CHIA, Pei-yuan, FRS")
    assert not _SURNAMES_LISTED.fullmatch("WAY, Bill, CBE")


def test_lookups_are_validated_on_load(monkeypatch):
    """A post-nominal that is no word of capitals, or a title already an honorific, is refused when the file loads."""
    from kg import patterns

    real = patterns.load_yaml("name_affixes.yml")
    for bad in ({**real, "post_nominals": ["FRS", "f r s"]}, {**real, "academic_titles": ["Dr."]},
                {**real, "post_nominals": ["FRS", "FRS"]}):
        monkeypatch.setattr(patterns, "load_yaml", lambda name, bad=bad: bad)
        name_titles._lookups.cache_clear()
        with pytest.raises(DataError):
            name_titles.title_alternation()
    monkeypatch.undo()
    name_titles._lookups.cache_clear()
    assert "FREng" in name_titles.letters_alternation()

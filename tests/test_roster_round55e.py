"""Round 55e (issue 13): questionnaire_returned_column_table and southwestern_header_per_section_address_column.

What was wrong:
- an EDGAR table's caption 'POSITION WITH THE ST.' / 'PAUL TRAVELERS' / 'COMPANIES, INC.' wrapped beside a
  'D&O' / 'QUESTIONNAIRE' / 'RETURNED' caption one space to its left: the line 'QUESTIONNAIRE PAUL TRAVELERS' is one
  chunk, read as a person's name, and the header stopped under it: the titles' column was captioned 'COMPANIES, INC.'
  alone and no title was read (nor an occupation told from a title).
- an HTML occupation cell 'Director' / 'Portfolio Manager' (a seat, then the director's work, no office) under a
  preamble that says each occupation refers to the listed organisation, with no 'Directors' heading read as a body:
  the work was read as a second title in the listed organisation.

What changed: kg/forms/roster_geometry.py (`_header_text`: a line that is no caption as printed is tried again cut at
the columns' starts, as the header's words are placed); kg/forms/roster_entry.py (an occupation item after a seat
in the same cell that names a person's work, no office, is held elsewhere: kg/forms/roster_mixed.py
`work_after_seat`, as kg/forms/roster_bare.py reads it under a 'Directors' heading).

Texts of our own making and rendered development families (tests/relayout_heldout121.py, 135). Tests marked
"fails on main" fail on main dd76c252; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

ROWS = [("Howard P. Berkowitz", "Pending", "Director", "Chief Executive", "HPB/Blackrock"),
        ("Carolyn H. Byrd", "01/20/2026", "Director", "Chairman", "Globaltech Financial"),
        ("Jay S. Fishman", "Pending", "Chief Executive", "--", "Northfield Plaza")]


def _edgar(caption: tuple[str, str, str]) -> str:
    head = f"""\
                                   EXHIBIT A

     DIRECTORS AND EXECUTIVE OFFICERS OF THE ST. PAUL TRAVELERS COMPANIES, INC.

     The name, position, principal occupation, business address and
citizenship of each director and executive officer of The St. Paul Travelers
Companies, Inc. are set forth below.

<TABLE>
<CAPTION>
                          D&O           {caption[0]:<26}
                          QUESTIONNAIRE {caption[1]:<26}PRINCIPAL
NAME                      RETURNED      {caption[2]:<26}OCCUPATION           BUSINESS ADDRESS       CITIZENSHIP
------------------------  ------------  ------------------------  -------------------  ---------------------  -------------
<S>                       <C>           <C>                       <C>                  <C>                    <C>
"""
    rows = "".join(f"{n:<26}{d:<14}{p:<26}{o:<21}{a:<23}United States\n\n" for n, d, p, o, a in ROWS)
    note = ("\nThe date under 'D&O Questionnaire Returned' is the date on which the person returned the\n"
            "questionnaire; 'Pending' denotes a questionnaire not yet returned.\n")
    return head + rows + "</TABLE>\n" + note


def _people(tmp_path: Path, text: str, suffix: str = ".txt") -> dict:
    path = tmp_path / f"annex{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_caption_wrapped_one_space_from_the_questionnaire_caption_reads_the_titles(tmp_path):
    """Fails on main: no title read ('QUESTIONNAIRE PAUL TRAVELERS' read as a name ends the header)."""
    people = _people(tmp_path, _edgar(("POSITION WITH THE ST.", "PAUL TRAVELERS", "COMPANIES, INC.")))
    assert set(people) == {"Howard P. Berkowitz", "Carolyn H. Byrd", "Jay S. Fishman"}
    assert people["Howard P. Berkowitz"].positions == ["Director"]
    assert people["Carolyn H. Byrd"].positions == ["Director"]
    assert people["Jay S. Fishman"].positions == ["Chief Executive"]
    assert all("Pending" not in " ".join(p.positions + p.other_positions) for p in people.values())


def test_caption_whose_wrapped_line_is_no_name_guard(tmp_path):
    """Guard (passes on main too): 'INTERNATIONAL GROUP,' under 'POSITION WITH AMERICAN'."""
    people = _people(tmp_path, _edgar(("POSITION WITH AMERICAN", "INTERNATIONAL GROUP,", "INC.")))
    assert people["Howard P. Berkowitz"].positions == ["Director"]
    assert people["Jay S. Fishman"].positions == ["Chief Executive"]


def _html(cells: dict[str, list[str]]) -> str:
    rows = "".join(f'<TR><TD VALIGN="top">{name}</TD><TD>&nbsp;&nbsp;</TD><TD VALIGN="top" ALIGN="center">'
                   f'{"<BR>".join(lines)}</TD><TD>&nbsp;&nbsp;</TD><TD VALIGN="top"></TD></TR>\n'
                   for name, lines in cells.items())
    head = ('<TR><TD><B>Name</B></TD><TD>&nbsp;&nbsp;</TD><TD ALIGN="center"><B>Present Principal Occupation or '
            'Employment</B></TD><TD>&nbsp;&nbsp;</TD><TD ALIGN="center"><B>Business Address</B></TD></TR>\n')
    return ('<HTML><BODY>\n<P ALIGN="center"><B><U>SCHEDULE B</U></B></P>\n'
            '<P><B>A.&nbsp;&nbsp;&nbsp;&nbsp;KESTREL MASTER FUND LTD.</B></P>\n'
            '<P>The name, business address, title, present principal occupation or employment of each of the '
            'directors and executive officers of Kestrel Master Fund Ltd. are set forth below. If no business '
            'address is given, the director&#146;s or executive officer&#146;s business address is 12 Harbour '
            'Street, Hamilton HM 11, Bermuda. Unless otherwise indicated, each occupation set forth opposite an '
            'individual&#146;s name refers to Kestrel Master Fund Ltd.</P>\n'
            '<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0">\n' + head
            + '<TR><TD><I>Directors</I></TD><TD>&nbsp;&nbsp;</TD><TD></TD><TD></TD><TD></TD></TR>\n' + rows
            + '</TABLE>\n</BODY></HTML>\n')


def test_work_after_a_seat_in_one_cell_is_held_elsewhere(tmp_path):
    """Fails on main: 'Portfolio Manager' and 'Professional Board Director' read as titles in the fund."""
    people = _people(tmp_path, _html({"Ingrid Halvorsen": ["Director", "Portfolio Manager"],
                                      "Magnus Lindqvist": ["Chair of the Board", "Professional Board Director"]}),
                     ".htm")
    assert people["Ingrid Halvorsen"].positions == ["Director"]
    assert people["Ingrid Halvorsen"].other_positions == ["Portfolio Manager"]
    assert people["Magnus Lindqvist"].positions == ["Chair of the Board"]
    assert people["Magnus Lindqvist"].other_positions == ["Professional Board Director"]


def test_titles_one_a_line_stay_titles_guard(tmp_path):
    """Guard (passes on main too): 'President' / 'Chief Executive Officer' / 'Director' are all titles in the fund
    (Southwestern's own cell); an officer's title after a seat is no person's work."""
    people = _people(tmp_path, _html({"Ingrid Halvorsen": ["President", "Chief Executive Officer", "Director"],
                                      "Magnus Lindqvist": ["Director", "Vice President - Administration"]}), ".htm")
    assert people["Ingrid Halvorsen"].positions == ["President", "Chief Executive Officer", "Director"]
    assert people["Ingrid Halvorsen"].other_positions == []
    assert people["Magnus Lindqvist"].positions == ["Director", "Vice President - Administration"]
    assert people["Magnus Lindqvist"].other_positions == []

"""Thirty-ninth round (f), issue 13: EDGAR fixed-width tables whose last column gives titles and occupations as items
with a hanging indent, and an officer's second entry that only refers back to his director's entry.

- A 'Position(s) and Present Principal Occupation' column typed with a hanging indent ('Director of Harbor Widget
  Group,' / '  Inc.' / 'Retired Vice Chairman, ...'): each item at the margin is apart, as in an occupation column
  (kg/forms/roster_place.py); an item may open with a status before its title ('Retired, former Senior Vice
  President of X': kg/forms/roster_hanging.py); a cell pushed right by the column before, glued to it ('United States
  of AmericaDirector of X'), stands at the margin.
- A cell glued to the column before is the entry's own text: its title is no other entry's (kg/forms/roster_guard.py).
- '(See "Directors" above.)' is a cross-reference, no value (kg/patterns/roster.yml cross_reference,
  kg/forms/roster_entry.py).
- A heading in capitals naming a body right over the table's header printed again, no blank line between
  ('EXECUTIVE OFFICERS'), heads the rows under it (kg/forms/roster_body_headers.py).

Texts of our own making. Each test marked "fails on main" failed on main 5e6b226 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_HEAD = """                                   ANNEX A

       DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR WIDGET GROUP, INC.

     The name, business address, citizenship, position(s) with Harbor Widget
Group, Inc. and present principal occupation or employment of each of the
directors and executive officers of Harbor Widget Group, Inc. are set forth
below.

<TABLE>
<CAPTION>
                            Business                  Country of      Position(s) and Present Principal
Name                        Address                   Citizenship     Occupation or Employment
----                        -------                   -----------     ------------------------
<S>                         <C>                       <C>             <C>

Directors

"""

_HANGING = _HEAD + """Quill, Adrian P.            12 Dock Street, Salem,    United States   Director of Harbor Widget Group,
                            Massachusetts 01970                         Inc.
                                                                      Retired Vice Chairman, Eastern Trust
                                                                        Bank, N.A.

Marsh, Celia R.             40 Elm Road, Boston,      United States   Director of Harbor Widget Group, Inc.
                            Massachusetts 02110                       Retired, former Senior Vice President
                                                                        of Lantern Mills Company

Tarrow, Dennis K.           12 Dock Street, Salem,    United States   Director of Harbor Widget Group,
                            Massachusetts 01970                         Inc.
                                                                      Professor of Economics, Northfield
                                                                        University

</TABLE>
"""

_GLUED = _HEAD + """Orwell, Fiona J.            12 Dock Street, Salem,    United States of AmericaDirector of Harbor Widget Group, Inc.
                            Massachusetts 01970

Penn, Gordon L.             12 Dock Street, Salem,    United States of AmericaPresident of Harbor Widget Group, Inc.
                            Massachusetts 01970                       Chief Executive Officer of Harbor
                                                                        Widget Group, Inc.
                                                                      Director of Harbor Widget Group, Inc.

</TABLE>
"""

_SEE_ABOVE = """                                   SCHEDULE I
      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR WIDGET GROUP, INC.
Set forth below are the name, present position with Harbor Widget Group,
Inc., present principal occupation or employment, business address and
citizenship of each director and executive officer of Harbor Widget Group, Inc.
                                  DIRECTORS
                              Present Principal Occupation or
Name                          Employment and Business Address   Citizenship
----------------------------  --------------------------------  --------------
Helen V. Ashcombe             Director, Harbor Widget Group,    United States
                                Inc.
                              President, Harbor Widget Group,
                                Inc.
                              12 Dock Street
                              Salem, Massachusetts 01970
                              EXECUTIVE OFFICERS
                              Present Principal Occupation or
Name                          Employment and Business Address   Citizenship
----------------------------  --------------------------------  --------------
Ivan T. Brooke                Executive Vice President, Harbor  United States
                                Widget Group, Inc.
                              12 Dock Street
                              Salem, Massachusetts 01970
Helen V. Ashcombe             President, Harbor Widget Group,
                                Inc.
                              (See "Directors" above.)
"""


def _people(tmp_path, text: str, name: str = "annex.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_hanging_items_of_a_title_and_occupation_column_are_apart(tmp_path):
    """Fails on main: 'Inc.' (the wrap of 'Director of Harbor Widget Group,') was read into the next item: 'Inc.
    Retired Vice Chairman, Eastern Trust Bank, N.A.'."""
    people = _people(tmp_path, _HANGING)
    assert people["Adrian P. Quill"].positions == ["Director"]
    assert people["Adrian P. Quill"].other_positions == ["Retired Vice Chairman, Eastern Trust Bank, N.A."]
    assert people["Dennis K. Tarrow"].other_positions == ["Professor of Economics, Northfield University"]


def test_a_status_before_the_title_opens_a_hanging_item(tmp_path):
    """Fails on main: 'Retired, former Senior Vice President of Lantern Mills Company' ('Retired' alone no title)
    kept the cell from being read as hanging items: 'Inc.' of the line above ran into it."""
    people = _people(tmp_path, _HANGING)
    assert people["Celia R. Marsh"].other_positions == ["Retired, former Senior Vice President of Lantern Mills Company"]


def test_a_cell_glued_to_the_citizenship_is_the_entrys_own(tmp_path):
    """Fails on main: 'United States of AmericaDirector of Harbor Widget Group, Inc.' printed 'Director' glued to the
    citizenship, so the guard found the word only in Gordon L. Penn's entry and took the title off Fiona J. Orwell;
    Penn's first item, pushed right by the glue, joined the next ('President of Harbor Widget Group, Inc. Chief
    Executive Officer')."""
    people = _people(tmp_path, _GLUED)
    assert people["Fiona J. Orwell"].positions == ["Director"]
    assert people["Fiona J. Orwell"].citizenship == "United States of America"
    assert people["Gordon L. Penn"].positions == ["President", "Chief Executive Officer", "Director"]


def test_see_above_is_no_value_and_the_officer_is_the_director(tmp_path):
    """Fails on main: '(See "Directors" above.)' was read as an occupation elsewhere, and with no blank line the
    'EXECUTIVE OFFICERS' heading over the header printed again was read as a line of the entry above, so Ivan T.
    Brooke was listed as a director."""
    people = _people(tmp_path, _SEE_ABOVE)
    assert set(people) == {"Helen V. Ashcombe", "Ivan T. Brooke"}
    assert people["Helen V. Ashcombe"].positions == ["Director", "President"]
    assert people["Helen V. Ashcombe"].other_positions == []
    assert people["Ivan T. Brooke"].positions == ["Executive Vice President"]


def test_see_above_with_blank_lines(tmp_path):
    """Fails on main: the cross-reference was a value (the heading stands apart there: no director's seat on the
    officer)."""
    text = _SEE_ABOVE.replace("                                  DIRECTORS\n", "\n                                  DIRECTORS\n\n")
    text = text.replace("                              EXECUTIVE OFFICERS\n", "\n                              EXECUTIVE OFFICERS\n\n")
    text = text.replace("Helen V. Ashcombe             President", "\nHelen V. Ashcombe             President")
    people = _people(tmp_path, text)
    assert people["Helen V. Ashcombe"].other_positions == []
    assert "Director" not in people["Ivan T. Brooke"].positions


def test_wrapped_lines_at_the_margin_are_no_items(tmp_path):
    """Guard (passes on both): a cell whose lines all stand at the margin, the first running on ('Chairman of the
    Board and'), with no hanging indent anywhere in the table: one title wrapped, never two items."""
    text = _HEAD + """Quill, Adrian P.            12 Dock Street, Salem,    United States   Chairman of the Board and
                            Massachusetts 01970                       Chief Executive Officer

</TABLE>
"""
    people = _people(tmp_path, text)
    assert "Chairman of the Board and" not in people["Adrian P. Quill"].positions
    assert all(not p.endswith(" and") for p in people["Adrian P. Quill"].positions + people["Adrian P. Quill"].other_positions)

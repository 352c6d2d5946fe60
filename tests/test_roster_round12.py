"""Roster layouts and checks of the twelfth round (issue 13), each on a text of our own making with
the layout of a development family (gather9's four, measured once as held out after the eleventh
round): the same people back, or a warning; never a value on the wrong person, never an
organisation or an address read as a person."""
from __future__ import annotations

import kg

ADDRESS_FIRST = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HOLLOWAY BRICK CORPORATION

<TABLE>
<CAPTION>
                                                                            Present Principal
Business Address                  Name                      Citizenship     Occupation or Employment
--------------------------------  ------------------------  --------------  ----------------------------------
</CAPTION>
<S>                               <C>                       <C>             <C>
Pryce Whitlow                     Agnes T. Morrow           United States   Director of Holloway Brick
Kessler & Dunn LLP                                                          Corporation; Partner, Pryce
18 Canal Street                                                             Whitlow Kessler & Dunn LLP
Albany, New York 12207

c/o Holloway Brick Corporation    Desmond K. Varga          Canada          President of Holloway Brick
400 Kiln Road                                                               Corporation
Troy, New York 12180

</TABLE>

                                       1

<PAGE>

     DIRECTORS AND EXECUTIVE OFFICERS OF HOLLOWAY BRICK CORPORATION (continued)

<TABLE>
<CAPTION>
                                                                            Present Principal
Business Address                  Name                      Citizenship     Occupation or Employment
--------------------------------  ------------------------  --------------  ----------------------------------
</CAPTION>
<S>                               <C>                       <C>             <C>
c/o Holloway Brick Corporation    Lucia M. Ferrante         United States   Treasurer of Holloway Brick
400 Kiln Road                                                               Corporation
Troy, New York 12180

</TABLE>

                                       2
"""


def _extract(tmp_path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return filing, {p.name: p for p in filing.people}


def test_a_column_captioned_business_address_before_the_name_column_holds_addresses_never_names(tmp_path):
    """The caption says what a column holds: 'Pryce Whitlow' under 'Business Address' is a law firm,
    never a person, and 'Agnes T. Morrow' under 'Name' gets her own values."""
    _filing, people = _extract(tmp_path, ADDRESS_FIRST)
    assert set(people) == {"Agnes T. Morrow", "Desmond K. Varga", "Lucia M. Ferrante"}
    assert people["Desmond K. Varga"].citizenship == "Canada"
    assert "Troy" in (people["Lucia M. Ferrante"].address or "")
    assert "Albany" in (people["Agnes T. Morrow"].address or "")
    assert people["Desmond K. Varga"].positions == ["President"]  # (not the repeated caption's 'Present Principal')


def test_the_number_of_the_last_page_is_no_value_of_the_last_entry(tmp_path):
    """'2', alone after the table where the filing ends, is the last page's number: Lucia's title stays hers."""
    _filing, people = _extract(tmp_path, ADDRESS_FIRST)
    assert people["Lucia M. Ferrante"].positions == ["Treasurer"]
    assert people["Lucia M. Ferrante"].citizenship == "United States"

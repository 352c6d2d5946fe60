"""Round 51g (issue 13): gather88's castlerigg_directors_then_officers_grids and gather90's
residence_country_column_table.

- Two dashed grids one under the other, the directors' (Name | Principal Occupation | Address | Citizenship) and
  then, under a heading of its own ('WREN FOUNDRY EXECUTIVE OFFICERS') and a header of its own, the officers'
  (Name | Title | Address | Citizenship), every cell's items at the column's margin and their wraps set in one
  space: the officers' titles ran into one ('Vice Chair of the Board Chief Executive Officer, Ambu A/S'): the
  column that hangs throughout was looked for under the first header's roles only, and the heading and the second
  header's captions, at other places in the column, hid it (kg/forms/roster_hanging.py `table_hangs`). A title line
  in lower case ('officer of Morgan Stanley & Co.', "d'Administration", 'partnerships') was taken for a word cut
  at the column's edge; it is one only under a line that reaches the cell's widest end and stops on no word a
  phrase goes on after (kg/forms/roster_hanging_lines.py `_cut`).
- 'WREN FOUNDRY DIRECTORS' over cells 'Director, Wren Foundry': the heading's words before the bodies name the
  organisation when the entries say whose titles they are ('<Title>, <Org>'), as '... director of <Org>' did
  (kg/forms/roster_title_owner.py).
- A 'COUNTRY OF RESIDENCE' column after CITIZENSHIP was a second citizenship column, and both were refused; it is
  a column of no role now (kg/patterns/roster.yml `column_roles.citizenship`).
"""
from __future__ import annotations

from roster_people import read_people

_RULE = "---------------------- ------------------------- -------------------------- ---------------"
_GRIDS = f"""                                                            Page 20 of 27 Pages
                                 APPENDIX II
                                 -----------

          INFORMATION REGARDING THE DIRECTORS AND EXECUTIVE OFFICERS


                            WREN FOUNDRY DIRECTORS

<TABLE>
<CAPTION>
{_RULE}
<S>                    <C>                       <C>                        <C>
                               Principal
         Name                 Occupation                  Address             Citizenship
{_RULE}
Odile M. Carrowmore    Director, Wren Foundry    12 Kestrel Quay            Ireland
                       Chairman of the Board,    Galway H91 X2P4
                        Wren Foundry             Ireland
{_RULE}
Percival J. Tanaquil   Director, Wren Foundry    40 Heron Street            United States
                       Professor of Metallurgy,  Akron, Ohio 44308
                        Buckeye Polytechnic
{_RULE}
</TABLE>


                       WREN FOUNDRY EXECUTIVE OFFICERS

<TABLE>
<CAPTION>
{_RULE}
<S>                    <C>                       <C>                        <C>
         Name                    Title                    Address             Citizenship
{_RULE}
Rosalind V. Ebbesen    Vice Chair of the Board   12 Kestrel Quay            Denmark
                       Chief Executive Officer,  Galway H91 X2P4
                        Tern Shipping A/S        Ireland
{_RULE}
Silas B. Hartigan      Vice President            12 Kestrel Quay            Ireland
                       officer of Lark Capital   Galway H91 X2P4
                        Partners Limited         Ireland
{_RULE}
Tamsin E. Okonjo       Treasurer                 12 Kestrel Quay            Ireland
                       General partner of        Galway H91 X2P4
                        partnerships             Ireland
                        affiliated with
                        Lark Capital Limited
{_RULE}
</TABLE>
"""

_RESIDENCE = """                                  EXHIBIT A

    EXECUTIVE OFFICERS AND DIRECTORS OF HARROWGATE MILLS, INC.

The name, position, present principal occupation, business address,
citizenship and country of residence of each executive officer and director of
Harrowgate Mills, Inc. are set forth below.

<TABLE>
<CAPTION>
                                                                                                                     COUNTRY OF
NAME                     POSITION                PRINCIPAL OCCUPATION    BUSINESS ADDRESS             {citizenship}    RESIDENCE
-----------------------  ----------------------  ----------------------  ---------------------------  -------------  -------------
<S>                      <C>                     <C>                     <C>                          <C>            <C>
Ingrid S. Vallory        Director                Partner, Vallory &      8 Rue du Lac                 Canada         Switzerland
                                                   Fenn LLP              1204 Geneva

Hector L. Quimby         Treasurer               --                      77 Mill Road                 United States  United States
                                                                         Dayton, Ohio 45402
</TABLE>
"""


def test_officers_grid_under_its_own_heading_reads_titles_by_their_indents(tmp_path):
    people = read_people(tmp_path, _GRIDS)
    assert people["Rosalind V. Ebbesen"]["positions"] == ["Vice Chair of the Board"]
    assert people["Rosalind V. Ebbesen"]["other_positions"] == ["Chief Executive Officer, Tern Shipping A/S"]
    assert people["Silas B. Hartigan"]["positions"] == ["Vice President"]
    assert people["Silas B. Hartigan"]["other_positions"] == ["officer of Lark Capital Partners Limited"]
    assert people["Tamsin E. Okonjo"]["positions"] == ["Treasurer"]
    assert people["Tamsin E. Okonjo"]["other_positions"] == [
        "General partner of partnerships affiliated with Lark Capital Limited"]


def test_heading_names_the_organisation_the_cells_name(tmp_path):
    people = read_people(tmp_path, _GRIDS)
    assert people["Odile M. Carrowmore"]["organization"] == "Wren Foundry"
    assert people["Odile M. Carrowmore"]["positions"] == ["Director", "Chairman of the Board"]
    assert people["Odile M. Carrowmore"]["other_positions"] == []
    assert people["Percival J. Tanaquil"]["positions"] == ["Director"]
    assert people["Percival J. Tanaquil"]["other_positions"] == ["Professor of Metallurgy, Buckeye Polytechnic"]
    assert people["Percival J. Tanaquil"]["citizenship"] == "United States"


def test_country_of_residence_is_no_citizenship(tmp_path):
    people = read_people(tmp_path, _RESIDENCE.format(citizenship="CITIZENSHIP"))
    assert people["Ingrid S. Vallory"]["citizenship"] == "Canada"
    assert people["Hector L. Quimby"]["citizenship"] == "United States"
    assert people["Ingrid S. Vallory"]["address"] == "8 Rue du Lac, 1204 Geneva"


def test_guard_a_country_caption_alone_is_still_the_citizenship(tmp_path):
    lines = [line[:102] + line[117:] for line in _RESIDENCE.format(citizenship="CITIZENSHIP").splitlines()]
    text = "\n".join(line for line in lines if line.strip() != "COUNTRY OF").replace("RESIDENCE", "COUNTRY")
    people = read_people(tmp_path, text.replace(",\ncitizenship and country of residence", "\nand country"))
    assert people["Ingrid S. Vallory"]["citizenship"] == "Switzerland"
    assert people["Hector L. Quimby"]["citizenship"] == "United States"


def test_guard_a_title_cut_at_the_column_edge_is_still_no_item(tmp_path):
    text = _GRIDS.replace("Vice President            12 Kestrel", "Director/Chairman/C       12 Kestrel").replace(
        "officer of Lark Capital   Galway", " hief Executive O         Galway").replace(
        "Partners Limited         Ireland", "fficer/President         Ireland")
    people = read_people(tmp_path, text)
    assert not {"C", "hief Executive O"} & set(people["Silas B. Hartigan"]["positions"])

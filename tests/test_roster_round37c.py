"""Thirty-seventh round (c), issue 13: tables whose dashed rules are centred under bottom-aligned captions.

1. 'Name' / '----' and 'Position with' / 'HPL' / '---' over cells printed left of the dashes (numbered rows,
   '1. Clara J.' / 'Abbott' wrapped in the name column, 'General Partner of' / 'HPL' in the titles column): the
   column starts were taken from the dashes, so the titles column began eight places right of its cells and a
   title's first word was cut into the name ('Clara J. General'), the other columns shifted one along. The body's
   own gutters are now the starts where the dashes do not fit the cells and the gutters give one column per run of
   dashes (kg/forms/roster_rule_gutters.py, called from kg/forms/roster_geometry.py).
2. A name cell of a fixed-width row that holds two runs of words two spaces apart or more ('1. Dora Finch(a)' then
   'Member, Conseil', the mark pushing the row's cells out of the gutters): the second is another column's text,
   so the entry is left out with a finding rather than read as the person 'Dora Finch Member, Conseil'
   (kg/forms/roster_row_opens.name_cell_split, used by kg/forms/roster_grid.py).

Texts of our own making. Each test marked "fails on main" failed on main 7498b25 and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_PREAMBLE = """                                   EXHIBIT 3

         Information Concerning the Executive Officers and Directors of
                           Harrow Holdings, L.P.

The names, positions with HPL, present principal occupations and business
addresses of the executive officers and directors of Harrow Holdings, L.P.
("HPL") are set forth below. Each of the individuals listed below is a
citizen of the United States.


"""

_CENTRED = _PREAMBLE + """                                              Present Principal
                           Position with        Occupation or
         Name                   HPL               Employment            Business Address
         ----                   ---               ----------            ----------------
1. Clara J.             General Partner of    General partner of  40 Dock Street
   Abbottson            HPL                    partnerships       Boston, MA 02110
                                               affiliated with
                                               Lister & Co.

2. Peter K. Barnes      Director of HPL       Professor of        12 Quay Street
                                               Economics,         Boston, MA 02110
                                               Harbour College

3. Miriam T. Cole       General Partner of    General partner of  40 Dock Street
                        HPL                    partnerships       Boston, MA 02110
                                               affiliated with
                                               Lister & Co.
"""

_SHIFTED = _PREAMBLE + """                                              Present Principal
                           Position with        Occupation or
         Name                   HPL               Employment            Business Address
         ----                   ---               ----------            ----------------
1. Dora Finch(a)           Member, Conseil       Treasury            21
                        d'Administration of    Department, HPL    Dock Street
                        HPL                                       Boston, MA 02110

2. Walter Dunn          Member, Conseil       Head of Central     21
                        d'Administration of    Legal Department,  Dock Street
                        HPL                    HPL                Boston, MA 02110

3. Grace Ellis(a)          Member, Conseil       Executive Manager,  25
                        d'Administration of    HPL                Dock Street
                        HPL                                       Boston, MA 02110

(a) Appointed to the position shown above on March 1, 2021.
"""

_FLUSH = _PREAMBLE + """Name                    Position with HPL     Present Principal Occupation
----                    -----------------     ----------------------------
Peter K. Barnes         Director of HPL       Professor of Economics,
                                              Harbour College

Miriam T. Cole          General Partner of    General partner of
                        HPL                   partnerships affiliated
                                              with Lister & Co.
"""


def _read(tmp_path, text: str) -> list:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    try:
        return kg.extract(path).people
    except Exception:  # (no roster read: kg refuses the file)
        return []


def test_centred_rules_take_the_body_gutters(tmp_path):
    """Fails on main ('Clara J. General', 'Peter K. Barnes' with the address as occupation, 'Miriam T. Cole
    General')."""
    people = _read(tmp_path, _CENTRED)
    assert [p.name for p in people] == ["Clara J. Abbottson", "Peter K. Barnes", "Miriam T. Cole"]
    assert all("General" not in p.name for p in people)
    assert people[1].address == "12 Quay Street, Boston, MA 02110"
    assert people[2].address == "40 Dock Street, Boston, MA 02110"
    assert people[1].other_positions == ["Professor of Economics, Harbour College"]


def test_name_cell_with_another_columns_words_is_refused(tmp_path):
    """Fails on main ('Dora Finch Member, Conseil' and the like, read with the other columns shifted)."""
    people = _read(tmp_path, _SHIFTED)
    assert all("Member" not in p.name and "Conseil" not in p.name for p in people)
    assert all(p.name in ("Dora Finch", "Walter Dunn", "Grace Ellis") for p in people)


def test_flush_rules_still_read(tmp_path):
    """Guard (passes on both): dashes flush with their cells keep their starts."""
    people = _read(tmp_path, _FLUSH)
    assert [p.name for p in people] == ["Peter K. Barnes", "Miriam T. Cole"]
    assert people[0].other_positions == ["Professor of Economics, Harbour College"]


_GLUED = """                                   SCHEDULE A

The following table sets forth the name, business address, country of citizenship, position(s) with Harrow
Energy Company (the "Reporting Person") and present principal occupation of each director and executive
officer of the Reporting Person.

<TABLE>
<CAPTION>
Name and                              Country of      Position(s) with                      Present Principal
Business Address                      Citizenship     the Reporting Person                  Occupation
------------------------------------  --------------  ------------------------------------  --------------------------
<S>                                   <C>             <C>                                   <C>
Clara J. Abbott                       United States of AmericaDirector                              --
40 Dock Street
Boston, MA 02110

Peter K. Barnes                       Republic of FranceChief Financial Officer             --
12 Quay Street
Boston, MA 02110

Miriam T. Cole                        Canada          General Counsel                       --
40 Dock Street
Boston, MA 02110
</TABLE>
"""


def test_nationality_glued_to_the_title_is_two_cells(tmp_path):
    """Fails on main (citizenship 'United States of AmericaDirector', no title for Abbott; Barnes's title
    'Republic of FranceChief Financial Officer')."""
    people = _read(tmp_path, _GLUED)
    assert [p.name for p in people] == ["Clara J. Abbott", "Peter K. Barnes", "Miriam T. Cole"]
    assert people[0].citizenship == "United States of America"
    assert people[0].positions == ["Director"]
    assert people[1].citizenship == "Republic of France"
    assert people[1].positions == ["Chief Financial Officer"]
    assert people[2].citizenship == "Canada"


def test_title_of_the_defined_short_name_drops_it(tmp_path):
    """Fails on main ('Director of HPL', 'General Partner of HPL': the short name the preamble defines, kept)."""
    people = _read(tmp_path, _CENTRED)
    assert people[1].positions == ["Director"]
    assert people[2].positions == ["General Partner"]
    assert all(p.organization == "Harrow Holdings, L.P." for p in people)

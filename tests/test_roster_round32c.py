"""Thirty-second round (c), issue 13: a COMPANY column whose name wrapped ('Harbour Light Advisors,' / 'Inc.') was
read as two companies, the person listed twice with half a title each; a title cut inside a word where the column
ended ('Director/Chairman/C' / 'hief Executive O' / 'fficer/President') kept the pieces apart; an occupation column
restating the person's titles ('Chairman, Chief Executive Officer and President') was read as another position; a
cell set justified (gaps widened to the column's width) ran its items together; a preamble naming an organisation
with 'of' in its name ('... officer of Bank of Lakeland Holdings (the "Reporting Person")') gave no organisation (the
titles' 'of Lakeland Holdings' taken instead). Texts of our own making.
Each test marked "fails on main" failed on main c1c8b33 and passes here; the guards pass on both and protect
precision."""
from __future__ import annotations

import kg

COMPANY_COLUMN = 'Exhibit 2\n\n\n<TABLE>\n<CAPTION>\n\n                                   HARBOUR LIGHT ADVISORS, INC.\n\n                                 DIRECTORS AND EXECUTIVE OFFICERS\n\n------------------------------------------------------------------------------------------------------------------------------------\n<S>                   <C>                           <C>                  <C>                            <C>\n                                                       POSITION WITH                                        PRESENT PRINCIPAL\n        NAME                    COMPANY                   COMPANY               BUSINESS ADDRESS                OCCUPATION\n------------------------------------------------------------------------------------------------------------------------------------\n\nHelen T. Marsh        Harbour Light Advisors,       Senior Vice          200 West Adams Street,         Senior Vice President\n                      Inc.                             President         Suite 900\n                                                                         Chicago, Illinois 60606\n\n------------------------------------------------------------------------------------------------------------------------------------\nVictor L. Ames        Harbour Light Advisors,       Director/Chairman/C  200 West Adams Street,         Chairman, Chief Executive\n                      Inc.                             hief Executive O  Suite 900                      Officer and President\n                                                       fficer/President  Chicago, Illinois 60606\n\n------------------------------------------------------------------------------------------------------------------------------------\nPaula R. Quint        Harbour Light Advisors,       Director             14 Elm Road                    Professor of Economics,\n                      Inc.                                               Evanston, Illinois 60201       Northwestern University\n\n------------------------------------------------------------------------------------------------------------------------------------\n</TABLE>\n'

TWO_COMPANIES = 'Exhibit 1\n\n\n<TABLE>\n<CAPTION>\n\n                    HARBOUR LIGHT ADVISORS, INC. AND HARBOUR LIGHT HOLDINGS S.A.\n\n                                 DIRECTORS AND OFFICERS INFORMATION\n\n----------------------------------------------------------------------------------------------------------------------------\n<S>                 <C>                                <C>                 <C>                           <C>\n                                                                                                           PRINCIPAL\n     NAME                  COMPANY                       POSITION             BUSINESS ADDRESS             OCCUPATION\n----------------------------------------------------------------------------------------------------------------------------\n\nDr. Erich Vollmer   Harbour Light Advisors, Inc.       Director            Commerzbank AG                Retired\n                                                                           Kaiserplatz\n                                                                           60261 Frankfurt am Main\n                                                                           Germany\n\n----------------------------------------------------------------------------------------------------------------------------\nJeffrey A. Lund     Harbour Light Advisors, Inc.       Director/Managing   7 Clifford Street             Managing Director\n                                                          Director         London W1X 2UX\n                    Harbour Light Holdings S.A.        Director            United Kingdom\n\n----------------------------------------------------------------------------------------------------------------------------\n</TABLE>\n'

JUSTIFIED = '                                  SCHEDULE I\n\n            DIRECTORS AND EXECUTIVE OFFICERS OF FJORD HOLDINGS A/S\n\n     The  name,  present  principal occupation or employment, business address\nand  citizenship  of  each  of  the  directors  and executive officers of Fjord\nHoldings A/S (the "Company") are set forth below.\n\n<TABLE>\n<CAPTION>\n                            Present Principal Occupation\nName                        or Employment                       Business Address              Citizenship\n--------------------------  ----------------------------------  ----------------------------  --------------\n<S>                         <C>                                 <C>                           <C>\nMads Kjeldsen               Chair   of   the   Board  of  Fjord  Strandvejen 60                Denmark\n                            Holdings A/S                        2900 Hellerup\n                            Professional Board Director         Denmark\n\nIngrid Solberg              Board  Director  of Fjord Holdings  Strandvejen 60                Norway\n                            A/S                                 2900 Hellerup\n                            Head of the endowment fund for the  Denmark\n                            University   of   Oslo  and  member\n                            of the board of Norsk Hydro ASA\n\nPeter Lund                  Chief Executive Officer of Fjord    Strandvejen 60                Denmark\n                            Holdings A/S                        2900 Hellerup\n                                                                Denmark\n</TABLE>\n'

PREAMBLE_OF = '                                   ANNEX A\n\n           DIRECTORS AND EXECUTIVE OFFICERS OF THE REPORTING PERSON\n\n     The following table sets forth the name, position(s), residence or\nbusiness address, present principal occupation or employment and country of\ncitizenship of each director and executive officer of Bank of Lakeland\nHoldings (the "Reporting Person").\n\n<TABLE>\n<CAPTION>\n                                                                Present Principal\nName and Position(s)              Residence or                  Occupation or                         Country of\nwith the Reporting Person         Business Address              Employment                            Citizenship\n--------------------------------  ----------------------------  ------------------------------------  --------------\n<S>                               <C>                           <C>                                   <C>\nMARIE LAFLEUR                     Lafleur Investissements       Managing Director, Lafleur            France\n   Director                       9, Rue de Rivoli               Investissements\n                                  75001 Paris, France\n\nROBERT TREMBLAY                   751 Victoria Square           Director of Bank of Lakeland          Canada\n   Director                       Montreal QC H2Y 2J3            Holdings\n   President\n\nSIMON GAGNE                       751 Victoria Square           Vice-President of Bank of Lakeland    Canada\n   Vice-President                 Montreal QC H2Y 2J3            Holdings\n\n</TABLE>\n'


def _read(tmp_path, text: str):
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path).people


def test_a_wrapped_company_name_is_one_company(tmp_path):
    """Fails on main: 'Harbour Light Advisors,' / 'Inc.' gave each person twice, once per line of the company."""
    people = _read(tmp_path, COMPANY_COLUMN)
    assert [p.name for p in people] == ["Helen T. Marsh", "Victor L. Ames", "Paula R. Quint"]
    assert {p.organization for p in people} == {"Harbour Light Advisors, Inc."}
    assert people[0].positions == ["Senior Vice President"]


def test_a_title_cut_inside_a_word_is_joined_back(tmp_path):
    """Fails on main: 'Director/Chairman/C' / 'hief Executive O' / 'fficer/President' gave 'C', 'hief Executive O
    fficer'."""
    ames = _read(tmp_path, COMPANY_COLUMN)[1]
    assert ames.positions == ["Director", "Chairman", "Chief Executive Officer", "President"]


def test_an_occupation_restating_the_titles_is_no_other_position(tmp_path):
    """Fails on main: 'Chairman, Chief Executive Officer and President' (his titles again) was another position."""
    people = _read(tmp_path, COMPANY_COLUMN)
    assert people[1].other_positions == []
    assert people[2].other_positions == ["Professor of Economics, Northwestern University"]  # (guard: kept)


def test_two_companies_each_with_its_title_stay_two(tmp_path):
    """Guard (passes on main too): a second company line with a title beside it at the column's margin is a second
    company (the real Security Capital roster)."""
    people = _read(tmp_path, TWO_COMPANIES)
    lund = [p for p in people if p.name == "Jeffrey A. Lund"]
    assert [p.organization for p in lund] == ["Harbour Light Advisors, Inc.", "Harbour Light Holdings S.A."]
    assert lund[0].positions == ["Director", "Managing Director"] and lund[1].positions == ["Director"]


def test_a_justified_cell_keeps_its_items_apart(tmp_path):
    """Fails on main: 'Chair   of   the   Board  of  Fjord' / 'Holdings A/S' / 'Professional Board Director' was one
    title, cut at the '/' of 'A/S'."""
    people = {p.name: p for p in _read(tmp_path, JUSTIFIED)}
    assert people["Mads Kjeldsen"].positions == ["Chair of the Board"]
    assert people["Mads Kjeldsen"].other_positions == ["Professional Board Director"]
    assert {p.organization for p in people.values()} == {"Fjord Holdings A/S"}


def test_a_justified_line_ending_half_way_goes_on(tmp_path):
    """Guard (passes on main too): a line short of the column's edge that ends in 'the' ends no item, even where a
    padded line overshoots the edge by one."""
    text = JUSTIFIED.replace("Ingrid Solberg              Board  Director  of Fjord Holdings  Strandvejen",
                            "Ingrid Solberg              Board  Director  of  Fjord Holdings  Strandvejen")
    solberg = next(p for p in _read(tmp_path, text) if p.name == "Ingrid Solberg")
    assert solberg.other_positions == [
        "Head of the endowment fund for the University of Oslo and member of the board of Norsk Hydro ASA"]


def test_a_preamble_organisation_with_of_in_its_name(tmp_path):
    """Fails on main: the organisation came back 'Lakeland Holdings' and the titles 'Director of Bank'."""
    people = {p.name: p for p in _read(tmp_path, PREAMBLE_OF)}
    assert {p.organization for p in people.values()} == {"Bank of Lakeland Holdings"}
    assert people["Robert Tremblay"].positions == ["Director", "President"]
    assert people["Simon Gagne"].positions == ["Vice-President"]

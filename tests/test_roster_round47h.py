"""Round 47h (issue 13): tables after Deutsche Acquisition's Exhibit 3 (the name over its address lines | titles |
citizenship) and Ariel's Schedule I (Name | Business Address | occupation, the preamble's default employer).

(1) The organisation a short preamble names right before the term it defines ('... each director and executive
officer of Brantley ("Buyer").'): the listed organisation, so 'Director of Buyer' is the seat 'Director'
(kg/forms/roster_org.py; a preamble under 200 characters found none).
(2) In a table whose entries are set apart by blank lines, a line under the first person's name that leaves the
citizenship column empty ('Orvane Partners   Director, Orvane Partners') is a line of that entry, not another party's
row: the title wrapped there is whole ('Managing Director, Orvane Partners', never 'Managing')
(kg/forms/roster_other_party.py).
(3) A name whole by its shape ('Carolyn H. Byrd') over a line whose first word would have fitted after it is no name
wrapped: the line is the address's (kg/forms/roster_name_wrap.py, from roster_grid.py and roster_gridentry.py).
(4) Under a name alone, a plain line right over the street ('Primary Business Center') is the address's first line,
never an occupation (kg/forms/roster_place.py).
(5) 'Unless otherwise specified, the principal employer ... is X': where a person's address cell opens with another
organisation's name, the offices of his occupation cell are held there (other positions), his seat stays X's
(kg/forms/roster_address_employer.py); a sole title refused for two leaves no officers' body behind
(kg/forms/roster_sole_titles.py).

Texts of our own making. Tests marked "fails on main" fail on main fc2517c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _values(person: dict) -> list[str]:
    return [*(person.get("positions") or []), *(person.get("other_positions") or []), person.get("name") or ""]


def _deutsche(org: str, rows: str) -> str:
    return f"""Exhibit 4


{org:^80}

{'Officers and Directors':^80}


                  The following table sets forth the name, business address,
position with Buyer and citizenship of each director and executive officer of
{org} ("Buyer").


<TABLE>
Name                                Title                                   Citizenship
----                                -----                                   -----------
<S>                                 <C>                                     <C>
{rows}</TABLE>
"""


_ROWS = """
Edmund R. Talbot                    Director of Buyer; Managing             France
Orvane Partners                     Director, Orvane Partners
12 Rue de la Paix
75002 Paris, France

Marcel Duvernay                     Director; President and Chief           Canada
48 King Street West                 Executive Officer of Buyer
Toronto ON M5H 1J8

Helene Marchand                     Vice-President of Buyer                 Canada
48 King Street West
Toronto ON M5H 1J8
"""


def test_a_short_preamble_names_the_listed_organisation_before_its_term(tmp_path):
    """Fails on main: 'Director of Buyer' kept as printed, no organisation read."""
    people = _people(tmp_path, _deutsche("Brantley", _ROWS))
    assert people["Marcel Duvernay"]["organization"] == "Brantley"
    assert people["Helene Marchand"]["positions"] == ["Vice-President"]


def test_an_employer_line_under_the_first_name_is_a_line_of_its_entry(tmp_path):
    """Fails on main: Talbot's occupation 'Managing', the line under his name read as another party's row."""
    people = _people(tmp_path, _deutsche("Brantley Holdings Corporation", _ROWS))
    talbot = people["Edmund R. Talbot"]
    assert talbot["positions"] == ["Director"]
    assert talbot["other_positions"] == ["Managing Director, Orvane Partners"]
    assert talbot["address_city"] == "Paris"
    assert "Orvane Partners" not in people and not any(v == "Managing" for p in people.values() for v in _values(p))


def test_guard_another_partys_row_in_an_unbroken_name_table(tmp_path):
    text = _deutsche("Brantley Holdings Corporation", """Alice M. Fenwick                    Chairman of the Board of Buyer          United States
Harrowgate Holdings LLC             Managing Member                         Delaware
Peter J. Vang                       Director of Buyer                       Canada
Claire Dubois                       Director of Buyer                       France
""")
    people = _people(tmp_path, text)
    assert set(people) == {"Alice M. Fenwick", "Peter J. Vang", "Claire Dubois"}
    assert people["Alice M. Fenwick"]["other_positions"] == []


_STACKED = """
Howard P. Berkowitz                 Director of Buyer; Chief Executive      United States
HPB/Blackrock

Carolyn H. Byrd                     Director of Buyer; Chairman             United States
Globaltech Financial

H. Laurance Fuller                  Director of Buyer; formerly             United States
Primary Business Center             Co-Chairman of the Board of Directors,
1111 E. Warrenville Road, Suite     BP Amoco, p.l.c.
  257, Naperville IL 60563

Theodore J.                         Director of Buyer                       United States
Forstmann
1585 Broadway
New York, New York 10036
"""


def test_a_whole_name_over_a_line_that_would_have_fitted_after_it(tmp_path):
    """Fails on main: 'Carolyn H. Byrd Globaltech Financial' read as one name and left out."""
    people = _people(tmp_path, _deutsche("Brantley Holdings Corporation", _STACKED))
    assert people["Carolyn H. Byrd"]["positions"] == ["Director"]
    assert people["Carolyn H. Byrd"]["other_positions"] == ["Chairman"]


def test_guard_a_name_that_ends_in_an_initial_goes_on(tmp_path):
    people = _people(tmp_path, _deutsche("Brantley Holdings Corporation", _STACKED))
    assert "Theodore J. Forstmann" in people and "Theodore J." not in people


def test_a_plain_line_over_the_street_is_the_address(tmp_path):
    """Fails on main: 'Primary Business Center' read as an occupation of H. Laurance Fuller."""
    fuller = _people(tmp_path, _deutsche("Brantley Holdings Corporation", _STACKED))["H. Laurance Fuller"]
    assert fuller["other_positions"] == ["formerly Co-Chairman of the Board of Directors, BP Amoco, p.l.c."]
    assert fuller["address_city"] == "Naperville"


def _ariel(where: str, rows: str) -> str:
    return f"""                                   SCHEDULE A

      Information Concerning the Directors and Executive Officers of Larchmont
                              Freight Corporation

     The following information is given for each of Larchmont's directors and
executive officers: name; business address; and present principal occupation or
employment and the name of any corporation or other organization in which such
employment is conducted. {where} Each such individual is a citizen of the United
States.

<TABLE>
<CAPTION>
Name                            Business Address                Present Principal Occupation or Employment
----                            ----------------                ------------------------------------------
<S>                             <C>                             <C>
{rows}</TABLE>
"""


_UNLESS = ("Unless otherwise specified, the principal employer and business address of each such individual is "
           "Larchmont Freight Corporation, 200 Harbor Road, Norwalk, CT 06854.")
_ARIEL_ROWS = """Walter J. Brennan                                               Director; Chairman

Pierre L. Aubert                Bombardier Aerospace            Director; President and Chief
                                400 Cote-Vertu Road             Operating Officer
                                Dorval QC H4S 1Y9

Rachel T. Okafor                Contigroup Companies Inc.       Director; Chairman, President and CEO
                                277 Park Avenue
                                New York, N.Y. 10172

Daniel K. Frey                                                  Executive Officer; Vice-President

"""


def test_offices_at_the_employer_an_address_cell_names(tmp_path):
    """Fails on main: Aubert's and Okafor's offices read as positions in Larchmont ('Chairman' then refused for
    both Brennan and Okafor, with an officers' body left on Okafor)."""
    people = _people(tmp_path, _ariel(_UNLESS, _ARIEL_ROWS))
    assert people["Pierre L. Aubert"]["positions"] == ["Director"]
    assert people["Pierre L. Aubert"]["other_positions"] == ["President and Chief Operating Officer"]
    assert people["Rachel T. Okafor"]["positions"] == ["Director"]
    assert people["Rachel T. Okafor"]["other_positions"] == ["Chairman, President and CEO"]
    assert people["Rachel T. Okafor"]["bodies"] == ["board of directors"]
    assert people["Walter J. Brennan"]["positions"] == ["Director", "Chairman"]


def test_guard_no_unless_clause_keeps_the_offices_the_listed_organisations(tmp_path):
    said = "Each occupation set forth opposite an individual's name refers to Larchmont Freight Corporation."
    people = _people(tmp_path, _ariel(said, _ARIEL_ROWS))
    assert people["Pierre L. Aubert"]["other_positions"] == []
    assert "President and Chief Operating Officer" in people["Pierre L. Aubert"]["positions"]


def test_a_refused_sole_title_leaves_no_officers_body(tmp_path):
    """Fails on main: 'Chief Executive' refused for both, 'executive officers' left on each."""
    rows = """Howard P. Berkowitz             40 East 52nd Street             Director; Chief Executive
                                New York, NY 10022

Janet M. Dolan                  701 North Lilac Drive           Director; Chief Executive
                                Minneapolis, MN 55422

"""
    people = _people(tmp_path, _ariel(_UNLESS, rows))
    for name in ("Howard P. Berkowitz", "Janet M. Dolan"):
        assert people[name]["positions"] == ["Director"]
        assert people[name]["bodies"] == ["board of directors"]

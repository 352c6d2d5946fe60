"""Round 47b (issue 13): a firm stacked under a person's name in a 'Name' | 'Office/Position' | 'Principal
Occupation' table (Harvard College's layout, the business address under the name where it is not the preamble's
default) is the address, no word of the name ('Curtis H. Barnette Skadden') and no words of the occupation beside it
('Tennant Company, Chief Executive'); an EDGAR caption over 60 characters whose words are all a caption's ('TITLE AND
PRINCIPAL OCCUPATION (AND CITIZENSHIP, IF NOT UNITED STATES)') heads its column."""
from __future__ import annotations

import kg
from kg.records import to_dict

PREAMBLE = """                                   EXHIBIT B

                        Directors and Executive Officers

     The names of the directors and executive officers of Corvane Holdings, Inc.
and their business addresses, offices, present principal occupation or
employment and citizenship are set forth below. If no business address is
given, the business address of such director or executive officer is 12 Quill
Street, Dover, DE 19901.

Directors and Executive Officers of Corvane Holdings, Inc.
----------------------------------------------------------

Name                              Office/Position           Principal Occupation                Citizenship
----                              ---------------           --------------------                -----------

"""


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _row(left: str, office: str, occupation: str, citizenship: str) -> str:
    return f"{left:<34}{office:<26}{occupation:<36}{citizenship}".rstrip()


def _office_table(tmp_path, numbered: bool) -> dict:
    mark = ["1. ", "2. ", "3. "] if numbered else ["", "", ""]
    rows = [_row(f"{mark[0]}Walter P. Ingersoll", "Director", "Chief Executive", "United States"), "",
            _row(f"{mark[1]}Dorian K. Vale", "Director", "Of Counsel, Brandt, Keller,", "United States"),
            _row("Brandt", "", "  Moss & Pryor LLP", ""), "Keller", "Moss & Pryor LLP", "1440 Harbor Avenue",
            "Easton, MD 21601", "",
            _row(f"{mark[2]}Hollis R. Tanager", "Director", "Chairman", "United States"),
            "Tarrow Air Freight, Inc.", ""]
    return _people(tmp_path, PREAMBLE + "\n".join(rows) + "\n")


def test_firm_under_a_name_beside_a_wrapped_occupation_is_no_word_of_the_name(tmp_path):
    people = _office_table(tmp_path, numbered=True)
    assert not any(name.endswith("Brandt") for name in people)
    assert people["Dorian K. Vale"]["address"].startswith("Brandt")
    assert people["Dorian K. Vale"]["address"].endswith("1440 Harbor Avenue, Easton, MD 21601")


def test_firm_under_a_name_is_the_address_not_the_occupation(tmp_path):
    people = _office_table(tmp_path, numbered=False)
    tanager = people["Hollis R. Tanager"]
    assert tanager["other_positions"] == ["Chairman"]
    assert tanager["address"] == "Tarrow Air Freight, Inc."  # (never the preamble's default: his own is printed)
    assert not any(o.startswith("Brandt") for o in people["Dorian K. Vale"]["other_positions"])


def test_guard_default_address_where_none_is_printed(tmp_path):
    people = _office_table(tmp_path, numbered=False)
    assert people["Walter P. Ingersoll"]["address"] == "12 Quill Street, Dover, DE 19901"
    assert people["Walter P. Ingersoll"]["other_positions"] == ["Chief Executive"]


def test_guard_titles_under_a_name_stay_titles(tmp_path):
    rows = [_row("Walter P. Ingersoll", "Director", "Chief Executive", "United States"),
            "Chairman of the Board", "Chief Executive Officer", ""]
    people = _people(tmp_path, PREAMBLE + "\n".join(rows) + "\n")
    assert people["Walter P. Ingersoll"]["address"] != "Chairman of the Board"
    assert not (people["Walter P. Ingersoll"]["address"] or "").startswith("Chairman")


EDGAR = """<Page>

                                  EXHIBIT 99.2

     DIRECTORS AND EXECUTIVE OFFICERS OF AMERICAN INTERNATIONAL GROUP, INC.

Set forth below are the names, business addresses, titles, present principal
occupations and citizenship of the Directors and Executive Officers of American
International Group, Inc.

<Table>
<Caption>
NAME AND BUSINESS ADDRESS        {caption}
-------------------------        {rule}
<S>                              <C>
Tao-ling Shue                    Director, American International Group,
c/o 70 Pine Street                 Inc.; Retired Vice Chairman, Citicorp and
New York, New York 10270           Citibank, N.A.

Marsden A. Colvin                Director, American International Group,
Cassels, Brock & Blackwell         Inc.; Counsel, Cassels, Brock & Blackwell
40 King Street West, 20th Floor    (Canada)
Toronto, Ontario M5H 3C2

Norbert S. Feldhaus              Director, American International Group,
National Bureau of Economic        Inc.; Professor of Economics, Harvard
  Research, Inc.                   University; President and CEO, National
1050 Massachusetts Avenue          Bureau of Economic Research
Cambridge, Massachusetts 02138

Edith V. Fulmer                  Director, American International Group,
American Museum of Natural         Inc.; President, American Museum of
  History                          Natural History
Central Park West at 79th
  Street
New York, New York 10024

</Table>
"""


def _edgar(tmp_path, caption: str) -> dict:
    return _people(tmp_path, EDGAR.format(caption=caption, rule="-" * len(caption)))


def test_long_caption_of_caption_words_heads_its_column(tmp_path):
    people = _edgar(tmp_path, "TITLE AND PRINCIPAL OCCUPATION (AND CITIZENSHIP, IF NOT UNITED STATES)")
    colvin = people["Marsden A. Colvin"]
    assert colvin["positions"] == ["Director"]
    assert colvin["other_positions"] == ["Counsel, Cassels, Brock & Blackwell"]
    assert colvin["citizenship"] == "Canada"
    assert colvin["address"].startswith("Cassels, Brock & Blackwell, 40 King Street West")
    assert people["Tao-ling Shue"]["address"] == "c/o 70 Pine Street, New York, New York 10270"


def test_guard_short_caption_still_read(tmp_path):
    people = _edgar(tmp_path, "TITLE (AND CITIZENSHIP, IF NOT UNITED STATES)")
    assert people["Marsden A. Colvin"]["positions"] == ["Director"]
    assert people["Marsden A. Colvin"]["citizenship"] == "Canada"


def test_guard_long_prose_line_is_no_caption():
    from kg.forms import roster_types as rt
    assert not rt.is_header("Set forth below are the names, business addresses and titles of the officers")


_NATIONALITY_UNDER_NAME = """                                   EXHIBIT I

                  Directors and Executive Officers of Halden Invest A/S

The name and present principal occupation or employment of each director and
executive officer of Halden Invest A/S are set forth below. Unless otherwise
indicated in parentheses, each occupation set forth opposite a name refers to
employment with Halden Invest A/S. Each person is a citizen of Denmark unless a
nationality follows the name. The business address of each director and officer
is Strandvejen 60, 2900 Hellerup, Denmark.

Name                          Present Principal Occupation or Employment

Mette Kirstine Lund           Chair of the Board (Professional Board
                               Director)
Alexander Rupert Whitcombe    Board Director (Independent
(USA, United Kingdom)          Consultant)
Jonas Eriksen (Swedish)       Chief Executive Officer
"""


def test_a_nationality_in_brackets_under_a_long_name_is_no_address(tmp_path):
    # (the follow-up to round 47b: the line under the name beside an occupation column was read as the address,
    # '(USA, United Kingdom)' given as Whitcombe's address and his citizenship lost)
    people = _people(tmp_path, _NATIONALITY_UNDER_NAME)
    whitcombe = people["Alexander Rupert Whitcombe"]
    assert whitcombe["address"] != "(USA, United Kingdom)"
    assert whitcombe["citizenship"] == "USA, United Kingdom"

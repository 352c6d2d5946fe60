"""Round 54i (issue 13): gather115's danaher_real_caption_col29_titles_of_term_default_preamble (Danaher's Exhibit 8:
the run-in preamble, a dot leader to column 29, the cell '<titles> of <Term>.' then each outside occupation its own
sentence, the person's own address only where it differs from the default, or for every person where the preamble
gives none).

What was wrong: a cell closing on the person's own address sentence, no 'Citizen of X.' after it (or that sentence
already read off by the preamble's 'unless otherwise indicated' citizenship), was not read: ' Laurent Dassault...
Director of PCC. Managing Director, Dassault Investissements. Dassault Investissements, 9, Rond-Point des Champs-
Elysees, 75008 Paris, France. Citizen of France.' left the address empty; ' James W. Bagley...  Director of MT.
Chairman and Chief Executive Officer of Lam Research Corporation. 4650 Cushing Parkway, Fremont, CA 94538.' was read
as one occupation, the address in it, and no title.

Also, a defined short name of two capitals ('("MT")', '("SC")') never closed the titles' sentence ('Director of MT.
Chairman and Chief Executive Officer of Lam Research Corporation.' read as one occupation, no title): only names of
three letters or more did.

What changed: kg/forms/roster_citizen_closing.py `address_closing` (the closing address sentence alone, read as the
sentence before 'Citizen of X.' is: exactly one break may open it, and it closes as an address), used by
kg.forms.roster_phrases.own_values; kg/forms/roster_own_sentence.py `own_sentence` takes a short name of two
capitals too, matched as printed (never 'Mt.').

Texts of our own making. Tests marked "fails on main" fail on main e84e3ee2; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

CAPTION = """
                             Present Principal Occupation and
Name                         Five-Year Employment History
----                         ----------------------------

"""

DEFAULT_ADDRESS = """\
<PAGE>

                                  Exhibit 99.3

        DIRECTORS AND EXECUTIVE OFFICERS OF NORTHWIND HOLDINGS LIMITED

          Directors and executive officers of Northwind Holdings Limited
("NWH"). The following table sets forth the name and present principal
occupation or employment of each director and executive officer of NWH. Unless
otherwise indicated, the business address of each such person is 200 Bay
Street, Toronto ON M5J 2J2, and each such person is a citizen of Canada.
""" + CAPTION + """\
 Pierre Lemaire............  Director of NWH. Managing Director, Lemaire
                             Participations. Lemaire Participations, 12,
                             Avenue Hoche, 75008 Paris, France. Citizen of
                             France.

 Gordon Whitfield..........  Director; President and Chief Executive Officer
                             of NWH.

 Helen Marchetti...........  Vice-President of NWH.
"""

NO_DEFAULT_ADDRESS = """\
<PAGE>

                                  Exhibit 99.3

          DIRECTORS AND EXECUTIVE OFFICERS OF BLUEWATER SYSTEMS, INC.

          Directors and executive officers of Bluewater Systems, Inc. ("BWS").
The following table sets forth the name and present principal occupation or
employment of each director and executive officer of BWS. Unless otherwise
indicated, each such person is a citizen of the United States.
""" + CAPTION + """\
 Carol M. Ashby............  Director, Chairman and Chief Executive Officer
                             of BWS. 1200 Harbor Drive, Tacoma, WA 98402.

 Dennis P. Okafor..........  Director of BWS. Chairman and Chief Executive
                             Officer of Okafor Materials Corporation. 77
                             Granite Way, Reno, NV 89501.

 Walter Brisbane...........  Vice President of BWS.
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "danaher_like.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_the_own_address_before_the_citizenship_read_fails_on_main(tmp_path):
    people = _people(tmp_path, DEFAULT_ADDRESS)
    lemaire = people["Pierre Lemaire"]
    assert lemaire.address == "Lemaire Participations, 12, Avenue Hoche, 75008 Paris, France"
    assert lemaire.address_country == "FR" and lemaire.citizenship == "France"
    assert lemaire.positions == ["Director"]
    assert lemaire.other_positions == ["Managing Director, Lemaire Participations"]
    assert people["Gordon Whitfield"].address == "200 Bay Street, Toronto ON M5J 2J2"  # (the default, his)
    assert people["Helen Marchetti"].address == "200 Bay Street, Toronto ON M5J 2J2"


def test_a_closing_address_sentence_is_the_persons_own_fails_on_main(tmp_path):
    people = _people(tmp_path, NO_DEFAULT_ADDRESS)
    ashby, okafor = people["Carol M. Ashby"], people["Dennis P. Okafor"]
    assert ashby.address == "1200 Harbor Drive, Tacoma, WA 98402" and ashby.address_city == "Tacoma"
    assert okafor.address == "77 Granite Way, Reno, NV 89501"
    assert not any("Harbor Drive" in o or "98402" in o for o in ashby.other_positions)  # (no address as a title)
    assert not any("Granite Way" in o for o in okafor.other_positions + okafor.positions)
    assert "Director" in okafor.positions
    assert people["Walter Brisbane"].address is None  # (no address printed, no default: none)


def test_an_address_two_breaks_could_open_is_refused_fails_on_main():
    from kg.forms.roster_citizen_closing import address_closing  # (new in this round)
    assert address_closing("Director of X. Chairman, Foo Corporation. 5 Oak Lane, Dover, DE 19901.") == \
        ("Director of X. Chairman, Foo Corporation.", {"address": "5 Oak Lane, Dover, DE 19901"})
    said = address_closing("Director of X. Retired. 5 Oak Lane, Dover, DE 19901.")  # ('Retired. 5 Oak Lane' may
    assert said is not None and said[1] == {"address": None}  # open it too: refused, never the default either


def test_a_cell_not_closing_as_an_address_is_left_as_it_is_fails_on_main():
    from kg.forms.roster_citizen_closing import address_closing  # (new in this round)
    assert address_closing("Director of X. Chairman since 1998.") is None
    assert address_closing("Director of X. Partner, Smith & Co., 1990 to 2001.") is None
    assert address_closing("Director of X. 12 Main Street, Springfield, IL 62701") is None  # (no closing stop)


CITIZEN_CLOSING = DEFAULT_ADDRESS + """
 Robert Kessler............  Director of NWH. Chairman, President and
                             CEO. Kessler Grain Inc., 277 Park Avenue, New
                             York, N.Y. 10172. Citizen of United States.

 Anna Lindqvist............  Director of NWH. Professor of Economics, Lund
                             University. Citizen of Sweden.
"""


def test_guard_the_address_before_a_citizenship_sentence_still_read(tmp_path):
    people = _people(tmp_path, CITIZEN_CLOSING)
    kessler, lindqvist = people["Robert Kessler"], people["Anna Lindqvist"]
    assert kessler.address != "200 Bay Street, Toronto ON M5J 2J2"  # (his own printed: never the default)
    assert lindqvist.address == "200 Bay Street, Toronto ON M5J 2J2" and lindqvist.citizenship == "Sweden"
    assert lindqvist.other_positions == ["Professor of Economics, Lund University"]


TWO_LETTER_TERM = NO_DEFAULT_ADDRESS.replace('("BWS")', '("BW")').replace("of BWS", "of BW").replace(
    "officer\nof BWS", "officer\nof BW")


def test_a_defined_short_name_of_two_capitals_closes_the_titles_sentence_fails_on_main(tmp_path):
    assert "of BWS" not in TWO_LETTER_TERM and '("BW")' in TWO_LETTER_TERM
    people = _people(tmp_path, TWO_LETTER_TERM)
    okafor = people["Dennis P. Okafor"]
    assert okafor.positions == ["Director"]
    assert okafor.other_positions == ["Chairman and Chief Executive Officer of Okafor Materials Corporation"]
    assert okafor.address == "77 Granite Way, Reno, NV 89501"
    assert people["Walter Brisbane"].positions == ["Vice President"]


def test_guard_a_sentence_about_the_address_is_not_the_address():
    from kg.forms.roster_phrases import own_values
    rest, own = own_values("Director. Consultant. Her business address is: 5716 Bent Branch Road, Bethesda, MD "
                           "20816.", "Anne P. Jones")
    assert own.get("address") == "5716 Bent Branch Road, Bethesda, MD 20816"  # (the sentence read by its rule)
    assert "address" not in rest


def test_guard_a_labelled_address_keeps_its_addressee():
    from kg.forms.roster_phrases import own_values
    _rest, own = own_values("President of Wabash National Corp. for over five years. Business address: Wabash "
                            "National Corp. 1000 Sagamore Parkway South, Lafayette, IN 47905.", "Donald J. Ehrlich")
    assert own.get("address") in (None, "Wabash National Corp. 1000 Sagamore Parkway South, Lafayette, IN 47905")

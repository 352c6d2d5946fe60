"""Forty-seventh round (i), issue 13: Danaher's dot-leader list printed with every person in one list (the blind family
dotleader_single_list_citizen_sentence, heldout61): each name run by a dot leader into a paragraph cell '<Title> of
<Term>; <outside occupations>.', then the person's own address as a sentence of its own, closed by its own full stop,
where it is not the preamble's default ('Director of NM. 3108 West 117th Street, Leawood, KS 66211.'), and '<Name> is
a citizen of <country>.' where not the default.

The sentence after the titles' sentence that reads as no title is what the entry prints besides its titles (its own
address): it is no title, and the preamble's default address 'unless otherwise indicated' is never given over it (it
was: the default is the first listed person's own address, so the value was on the wrong person); where it closes
on a state and a ZIP code it is the address (kg/forms/roster_stopped_tail.py, read by
kg/forms/roster_leader_tail.py).

Texts of our own making. Each test marked "fails on main" fails on main 3ee4014 and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg

_DEFAULT = "40 Canal Street, Lowell, Massachusetts 01852"

_LIST = """<PAGE>

                                  Exhibit 99.4

                    DIRECTORS AND EXECUTIVE OFFICERS OF NM

          Directors and executive officers of Norwood Mills, Inc. ("NM"). The
following table sets forth the name and present principal occupation or
employment of each director and executive officer of NM. Unless otherwise
indicated, the business address of each such person is 40 Canal Street,
Lowell, Massachusetts 01852 and each such person is a citizen of the United
States.

                               Present Principal Occupation or
Name                           Employment and Business Address
----                           ------------------------------

 Agnes P. Whitford...........  Chairman of the Board of NM; Chief Executive
                               Officer of NM.

 Odile Brennan...............  Director of NM. 3108 West 117th Street,
                               Leawood, KS 66211.

 Tomas Ekdahl................  Director of NM; Partner, Lynch & Moy. Lynch &
                               Moy, Tower Two.

 Piero Castellani............  Director of NM; Chief Executive Officer,
                               Castellani SpA. Via Verdi 12, 20121 Milano,
                               Italy. Piero Castellani is a citizen of Italy.

 Marshall Reyes..............  Director of NM; Counsel, Brock & Blackwell.
                               Brock & Blackwell, 40 King Street West,
                               Toronto, Ontario M5H 3C2. Marshall Reyes is a
                               citizen of Canada.

 Martin Feld.................  Director of NM; President, National Institute
                               of Mills. National Institute of Mills, Inc.,
                               1050 Massachusetts Avenue, Cambridge,
                               Massachusetts 02138.

 Paul Fontaine...............  Director of NM; Chairman, President and CEO.
                               Contour Holdings Inc., 277 Park Avenue, New
                               York, N.Y. 10172.

 Hollis Pruitt...............  Director of NM. 407 Southmoreland Place,
                               Decatur, IL 62521

 Ruth E. Salcedo.............  Director of NM; Professor of Law, Harlan
                               College. Previously President of Harlan
                               College.

 Dorian J. Hale..............  Vice President of NM; Treasurer of NM.
"""


def _read(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _values(person) -> list[str]:
    return list(person.positions) + list(person.other_positions)


def test_an_address_sentence_after_the_titles_is_the_persons_own(tmp_path):
    """fails on main: Brennan was given the default (the chairman's own address) and her address read as a title."""
    brennan = _read(tmp_path, _LIST)["Odile Brennan"]
    assert brennan.address == "3108 West 117th Street, Leawood, KS 66211"
    assert brennan.positions == ["Director"]


def test_a_sentence_that_reads_as_no_title_refuses_the_default_address(tmp_path):
    """fails on main: 'Lynch & Moy, Tower Two.' (closed by its own stop) was read into the occupation and the default
    address given over it."""
    ekdahl = _read(tmp_path, _LIST)["Tomas Ekdahl"]
    assert ekdahl.address != _DEFAULT
    assert not any("Tower Two" in v for v in _values(ekdahl))


def test_the_own_citizenship_sentence_is_set_apart_before_the_address(tmp_path):
    """fails on main: with '<Name> is a citizen of Italy.' closing the cell, the Milan address before it was read into
    the occupation and the default address given."""
    castellani = _read(tmp_path, _LIST)["Piero Castellani"]
    assert castellani.citizenship == "Italy"
    assert castellani.address == "Via Verdi 12, 20121 Milano, Italy"
    assert not any("Milano" in v for v in _values(castellani))


def test_an_address_sentence_closing_abroad_is_the_persons_own(tmp_path):
    """fails on main: a Canadian postal code closing the sentence ('Toronto, Ontario M5H 3C2.') before the person's
    citizenship sentence; the default address was given."""
    reyes = _read(tmp_path, _LIST)["Marshall Reyes"]
    assert reyes.address == "Brock & Blackwell, 40 King Street West, Toronto, Ontario M5H 3C2"
    assert reyes.citizenship == "Canada"
    assert reyes.other_positions == ["Counsel, Brock & Blackwell"]


def test_a_proper_name_with_national_in_it_mentions_no_nationality(tmp_path):
    """fails on main: 'National Institute of Mills, Inc., 1050 ...' was taken for a sentence about a nationality: the
    citizenship refused and the address with it."""
    feld = _read(tmp_path, _LIST)["Martin Feld"]
    assert feld.citizenship == "United States"
    assert feld.address == "National Institute of Mills, Inc., 1050 Massachusetts Avenue, Cambridge, Massachusetts 02138"


def test_an_address_closed_by_its_own_full_stop_after_capitals(tmp_path):
    """fails on main: '... and CEO. Contour Holdings Inc., ..., N.Y. 10172.' (the address closed by a full stop) was
    not read and the default address given; the occupation keeps no stop."""
    fontaine = _read(tmp_path, _LIST)["Paul Fontaine"]
    assert fontaine.address == "Contour Holdings Inc., 277 Park Avenue, New York, N.Y. 10172"
    assert fontaine.other_positions == ["Chairman, President and CEO"]


def test_guard_a_last_sentence_of_titles_keeps_the_default(tmp_path):
    """Guard: 'Previously President of Harlan College.' reads as a title: no address printed, the default stands;
    cells closed by their titles' full stop keep it too."""
    people = _read(tmp_path, _LIST)
    assert people["Ruth E. Salcedo"].address == _DEFAULT
    assert people["Agnes P. Whitford"].address == _DEFAULT
    assert people["Dorian J. Hale"].address == _DEFAULT
    assert all(p.citizenship == "United States" for n, p in people.items()
               if n not in {"Piero Castellani", "Marshall Reyes"})


def test_guard_an_address_no_full_stop_closes_is_read_as_before(tmp_path):
    """Guard (the layout of round 46h): 'Director of NM. 407 Southmoreland Place, Decatur, IL 62521' with no closing
    stop: the address is the person's own, the default not given."""
    pruitt = _read(tmp_path, _LIST)["Hollis Pruitt"]
    assert pruitt.address == "407 Southmoreland Place, Decatur, IL 62521"
    assert pruitt.positions == ["Director"]

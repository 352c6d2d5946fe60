"""Thirty-ninth round (g), issue 13: defaults with exceptions stated in the preamble, and a given name wrapped over a
line of several citizenships.

- 'The business address of each such person is X, except as stated in the following sentences. The business address
  of A is Y.': the default ended at the full stop, 'except as stated ...' and all (no address), and A was given it;
  now the default ends before 'except' and the preamble's own address sentences give each named person theirs
  (kg/patterns/roster.yml `default_address`, kg/forms/roster_postamble.py `preamble_address_sentences`).
- 'All of the individuals named below are citizens of the United States except where another country of
  citizenship is given': the default citizenship ends before 'except' (kg/patterns/roster.yml `default_citizenship`).
- 'HALE, Robert Thomas' / 'Alexander' / 'USA, United Kingdom' in a 'Name and Citizenship' column: the word under the
  name goes on the name (it was read into the occupation, and the name lost it: a person who is none); a line of
  several citizenships under it ends the name as one citizenship does (kg/forms/roster_name_wrap.py `_ends_stack`).

Texts of our own making. Each test marked "fails on main" failed on main 5e6b226 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_PLAIN = """                                  SCHEDULE I

        DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

     The following table sets forth the name, citizenship, position(s) with
Harbour Mutual Holdings, Inc. (the "Company") and other present principal
occupation or employment of each director and executive officer of the
Company. The business address of each such person is 12 Harbour Street,
Boston, Massachusetts 02110, except as stated in the following sentences. The
business address of Carla J. Moreno is Moreno Advisory, 200 Bay Street,
Toronto, Ontario M5J 2J2. The business address of Peter Vang is Vang Capital,
55 Water Street, New York, New York 10041.{extra}

Name and                      Position(s) with                    Other Present Principal
Citizenship                   the Company                         Occupation or Employment
-----------                   -----------                         ------------------------

Alice M. Fenwick              Director                            Chief Executive Officer,
United States                                                       Fenwick Foods, Inc.

Carla J. Moreno               Director                            Managing Partner, Moreno
Canada                                                              Advisory

Peter Vang                    Director                            Chairman, Vang Capital
United States

HALE, Robert Thomas           Chief Financial Officer             Chief Financial Officer
Alexander
USA, United Kingdom
"""

_CAPS = """                                  SCHEDULE A

         INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS
                    OF HARBOUR MUTUAL HOLDINGS, INC.

     Set forth below is the name, present position(s) with Harbour Mutual
Holdings, Inc. (the "Company"), present principal occupation or employment
and business address and, where it is not the same for all, country of
citizenship of each director and executive officer of the Company. All of
the individuals named below are citizens of the United States except where
another country of citizenship is given.

NAME:
     Alice M. Fenwick
POSITION(S) WITH THE COMPANY:
     Director
PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT:
     Chief Executive Officer, Fenwick Foods, Inc.
BUSINESS ADDRESS:
     12 Harbour Street
     Boston, Massachusetts 02110


NAME:
     Carla J. Moreno
POSITION(S) WITH THE COMPANY:
     Director
PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT:
     Managing Partner, Moreno Advisory
BUSINESS ADDRESS:
     Moreno Advisory
     200 Bay Street
     Toronto, Ontario M5J 2J2
COUNTRY OF CITIZENSHIP:
     Canada
"""


def _people(tmp_path, text: str):
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_default_address_ends_before_its_exceptions(tmp_path):
    """Fails on main: Alice M. Fenwick's address was '12 Harbour Street, ..., except as stated in the following
    sentences' (no address)."""
    people = _people(tmp_path, _PLAIN.format(extra=""))
    assert people["Alice M. Fenwick"].address == "12 Harbour Street, Boston, Massachusetts 02110"
    assert people["Alice M. Fenwick"].address_city == "Boston"


def test_preamble_sentences_give_each_named_person_their_own_address(tmp_path):
    """Fails on main: Carla J. Moreno and Peter Vang were given the default (everyone's) address, not their own."""
    people = _people(tmp_path, _PLAIN.format(extra=""))
    assert people["Carla J. Moreno"].address == "Moreno Advisory, 200 Bay Street, Toronto, Ontario M5J 2J2"
    assert people["Carla J. Moreno"].address_country == "CA"
    assert people["Peter Vang"].address == "Vang Capital, 55 Water Street, New York, New York 10041"


def test_given_name_wrapped_over_several_citizenships_goes_on_the_name(tmp_path):
    """Fails on main: 'HALE, Robert Thomas' / 'Alexander' / 'USA, United Kingdom' came back as 'Robert Thomas Hale'
    (a person who is none) with 'Alexander' in his occupation."""
    people = _people(tmp_path, _PLAIN.format(extra=""))
    hale = people["Robert Thomas Alexander Hale"]
    assert hale.citizenship == "USA, United Kingdom"
    assert not any("Alexander" in value for value in hale.other_positions)
    assert "Robert Thomas Hale" not in people


def test_sentence_naming_nobody_listed_changes_no_address(tmp_path):
    """Guard (passes on both): a preamble address sentence naming no person of the list gives nobody its address."""
    extra = " The business address of Harbour Mutual\nHoldings, Inc. is 1 Pier Road, Portland, Maine 04101."
    people = _people(tmp_path, _PLAIN.format(extra=extra))
    assert not any("Pier Road" in (p.address or "") for p in people.values())


def test_default_citizenship_ends_before_its_exceptions(tmp_path):
    """Fails on main: Alice M. Fenwick's citizenship was 'United States except where another country of citizenship
    is given'."""
    people = _people(tmp_path, _CAPS)
    assert people["Alice M. Fenwick"].citizenship == "United States"
    assert people["Alice M. Fenwick"].country == "US"


def test_own_country_of_citizenship_stays(tmp_path):
    """Guard (passes on both): the entry that prints its own country of citizenship keeps it."""
    people = _people(tmp_path, _CAPS)
    assert people["Carla J. Moreno"].citizenship == "Canada"

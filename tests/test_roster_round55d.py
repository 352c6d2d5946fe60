"""Round 55d (issue 13): own-value sentences in Motorola-like 'prose overrides' rosters.

What was wrong (main dd76c252): in a stacked roster where some entry prints a ';' (round 54l: only those entries are
read as run-on text), an entry without one parted its lines by the column's width, so the line 'Mr. Kutay is a
citizen of the United Kingdom.' under 'Chief Executive Officer, Novo Holdings A/S.' was an item of its own, left out,
and the person had no citizenship (directors_appendix_prose_overrides 3_1). In the Motorola layout
(motorola_appendix_two_sections_column_23_prose_overrides) a cell that is only 'His business address is: X' gave no
address, or a cut one ('11975 El Camino Real, ...' without 'Relational Investors LLC,'); 'President, X.' over 'Her
business address is: Y' (two items) gave the occupation 'President, X.' and no address.

What changed: kg/forms/roster_cell_items.py (a line after a full stop opening a sentence about the person's own
citizenship or address, kg/patterns/roster.yml `cell_own_opener`, goes on with the item above with every line under
it); kg/forms/roster_phrases.py own_values (`_head_and_rest`: a cell that opens with such a sentence, or an item
that opens one, is read for the person's values); kg/forms/roster_entry.py (an address cell 'His business address
is: X' is read the same way).

Texts of our own making. Tests marked "fails on main" fail on main dd76c252; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

STACKED = """\
APPENDIX A

INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND DIRECTORS OF FJORDVIK HOLDINGS
A/S

Set forth below are the name and present principal occupation or
employment of each director and executive officer of Fjordvik Holdings
A/S. Except as otherwise noted, each such person is a citizen of
Norway and each such person's business address is Strandgaten 19,
5013 Bergen, Norway.


HALVORSEN, Erik          Chair of the Board, Fjordvik Holdings A/S;
                         Professional Board Director.
                         ----------

MOE, Ingrid Sofie        Board Director, Fjordvik Holdings A/S; Chief
                         Economist of Nordlys Capital. Ms. Moe is a
                         citizen of Sweden.
                         ----------

BRANDT, Oskar            Chief Executive Officer, Fjordvik Holdings A/S.
                         Mr. Brandt is a citizen of the United Kingdom.
                         ----------

LUND, Peter Anders       Chief Financial Officer, Fjordvik Holdings A/S.
                         Mr. Lund is a citizen of Germany.
                         ----------
"""

INTRO = """\
APPENDIX II

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR MILLS, INC.

The following table sets forth the name, business address, and
principal occupation or employment at the present time for each
director and executive officer of Harbor Mills, Inc. Unless otherwise
noted, each such person is a citizen of the United States. In addition,
unless otherwise noted, each such person's business address is One
Harbor Drive, Omaha, NE 68102.


"""

SENTENCES = INTRO + """\
DIRECTORS OF HARBOR MILLS, INC.

Walter B. Crane        His business address is: Crane Partners LLC,
                       11975 El Camino Real, Suite 300, San Diego, CA
                       92130.

Alice M. Porter        President, Museum of Natural History.
                       Her business address is: Museum of Natural
                       History, 200 Central Park West, New York, New
                       York 10024.

Thomas J. Reed         Retired Chairman, Reed Textile Company.

EXECUTIVE OFFICERS OF HARBOR MILLS, INC.

Bruce K. Dalton        Chairman of the Board and Chief Executive
                       Officer, Harbor Mills, Inc..

Ellen R. Shaw          Senior Vice President and Controller, Harbor
                       Mills, Inc..
"""

ADDRESS_CELLS = INTRO + """\
DIRECTORS OF HARBOR MILLS, INC.

Charles M. Hale        His business address is: One Central Park
                       Plaza, Suite 1500, Omaha, NE 68102.

Robert A. Kramer       His business address is: 1512 Larimer
                       Street, Denver, CO 80202-1619.

Carl E. Rausch         His business address is: Wells Fargo Bank,
                       420 Montgomery Street, San Francisco, CA
                       94104.

EXECUTIVE OFFICERS OF HARBOR MILLS, INC.

Bruce K. Dalton        Chairman of the Board and Chief Executive
                       Officer, Harbor Mills, Inc..
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p.name: p for p in kg.extract(path).people}


def test_a_citizenship_sentence_under_an_entry_without_a_semicolon_is_read(tmp_path):  # fails on main
    people = _people(tmp_path, STACKED)
    oskar, peter = people["Oskar Brandt"], people["Peter Anders Lund"]
    assert oskar.citizenship == "United Kingdom" and oskar.positions == ["Chief Executive Officer"]
    assert not oskar.other_positions and peter.citizenship == "Germany"
    assert people["Ingrid Sofie Moe"].citizenship == "Sweden" and people["Erik Halvorsen"].citizenship == "Norway"


def test_a_cell_that_opens_with_the_address_sentence_gives_the_whole_address(tmp_path):  # fails on main
    walter = _people(tmp_path, SENTENCES)["Walter B. Crane"]
    assert walter.address == "Crane Partners LLC, 11975 El Camino Real, Suite 300, San Diego, CA 92130"
    assert not walter.other_positions


def test_an_address_sentence_on_a_line_of_its_own_is_the_persons_address(tmp_path):  # fails on main
    alice = _people(tmp_path, SENTENCES)["Alice M. Porter"]
    assert alice.other_positions == ["President, Museum of Natural History"]
    assert alice.address == "Museum of Natural History, 200 Central Park West, New York, New York 10024"


def test_a_column_of_address_sentences_gives_each_address(tmp_path):  # fails on main
    people = _people(tmp_path, ADDRESS_CELLS)
    assert people["Charles M. Hale"].address == "One Central Park Plaza, Suite 1500, Omaha, NE 68102"
    assert people["Robert A. Kramer"].address == "1512 Larimer Street, Denver, CO 80202-1619"
    assert people["Carl E. Rausch"].address == "Wells Fargo Bank, 420 Montgomery Street, San Francisco, CA 94104"


def test_guard_entries_without_sentences_keep_the_defaults(tmp_path):  # guard: passes on main too
    people = _people(tmp_path, SENTENCES)
    thomas, bruce = people["Thomas J. Reed"], people["Bruce K. Dalton"]
    assert thomas.other_positions == ["Retired Chairman, Reed Textile Company"]
    assert thomas.address == bruce.address == "One Harbor Drive, Omaha, NE 68102"
    assert thomas.citizenship == bruce.citizenship == "United States"


def test_guard_a_sentence_about_another_person_gives_no_citizenship(tmp_path):  # guard: passes on main too
    text = STACKED.replace("Mr. Brandt is a citizen of the United Kingdom.", "Mr. Lund is a citizen of the United Kingdom.")
    oskar = _people(tmp_path, text)["Oskar Brandt"]
    assert oskar.citizenship is None and oskar.positions == ["Chief Executive Officer"]

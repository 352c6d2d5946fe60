"""Round 54f (issue 13): gather121's forstmann_three_line_heading_one_preamble_title_lists (Forstmann Little's
Schedule I variant: a centred heading, ONE preamble paragraph holding the defaults and, after 'except as set forth
below.', every person's own facts, then centred '<titles> of' / '<Org>' headings over names centred one a line,
'- - -' between the lists when ruled).

What was wrong: (1) '... Each is a citizen of the United States, except as set forth below. ... Marshall A. Cohen is
a citizen of Canada.': the preamble's own sentences were left unread and the default given to everyone, Cohen
'United States' (197 values on the wrong person); (2) a centred '- - -' between two lists was read as a heading of
its own: no list read at all.

What changed: kg/forms/roster_preamble_own.py (new, `preamble_own_values`, sentence openings in
kg/patterns/roster_preamble_own.yml): the sentences after 'except as set forth below.' in the same paragraph, each
naming one listed person exactly, give that person the value; where any is not read for certain, nobody's own value
is read and the defaults are withheld from all (a roster-ambiguous finding). kg/forms/roster_centred_lists.py calls
it; its `_RULE` takes a spaced rule ('- - -') and a block of rule lines alone is skipped.

Texts of our own making. Tests marked "fails on main" fail on main bd51c90c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

HEAD = """\
Schedule II

                          Halvorsen Industrial Corp.:
                           Directors and Executive
                                   Officers

"""

ONE_PREAMBLE = HEAD + """\
     The following are the directors and executive officers of Halvorsen
Industrial Corp. The business address of each of the following persons is 400
Lakeview Drive, Duluth, Minnesota 55802 and each is a citizen of the United
States, except as set forth below. The present principal occupation of Ingrid
M. Solberg is Professor of Law, University of Oslo. The business address of
Ingrid M. Solberg is Karl Johans gate 47, 0162 Oslo, Norway. Ingrid M. Solberg
is a citizen of Norway. The present principal occupation of Dwight R. Pellham
is Partner, Pellham & Voss LLP; Trustee, Duluth Art Institute. Dwight R.
Pellham is a Canadian citizen.

                                 Director of
                          Halvorsen Industrial Corp.

                              Ingrid M. Solberg
                              Dwight R. Pellham
                               Ruth A. Kastner
{rule}
                                  President
                          Chief Executive Officer of
                          Halvorsen Industrial Corp.

                              Theodore B. Lund
"""

UNCERTAIN = ONE_PREAMBLE.replace("Ingrid M. Solberg\nis a citizen of Norway.", "Ms. Solberg\nis a citizen of Norway.")

REAL_LIKE = HEAD + """\
     The following are the directors and executive officers of Halvorsen
Industrial Corp. The business address of each of the following persons is 400
Lakeview Drive, Duluth, Minnesota 55802 and each is a citizen of the United
States, except as set forth below.

                                 Director of
                          Halvorsen Industrial Corp.

                              Ingrid M. Solberg

     The present principal occupation of Ingrid M. Solberg is Professor of Law,
University of Oslo. Ingrid M. Solberg is a citizen of Norway.

                                 Director of
                          Halvorsen Industrial Corp.

                               Ruth A. Kastner
"""


def _read(tmp_path: Path, text: str):
    path = tmp_path / "forstmann_like.txt"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(tmp_path: Path, text: str) -> dict:
    return {p.name: p for p in _read(tmp_path, text).people}


def test_own_sentences_in_the_one_preamble_stand_over_the_default_fails_on_main(tmp_path):
    people = _people(tmp_path, ONE_PREAMBLE.format(rule=""))
    solberg, pellham = people["Ingrid M. Solberg"], people["Dwight R. Pellham"]
    assert solberg.citizenship == "Norway"
    assert solberg.address == "Karl Johans gate 47, 0162 Oslo, Norway"
    assert solberg.other_positions == ["Professor of Law, University of Oslo"]
    assert pellham.citizenship not in (None, "United States") and pellham.country == "CA"
    assert pellham.other_positions == ["Partner, Pellham & Voss LLP", "Trustee, Duluth Art Institute"]
    assert pellham.address == "400 Lakeview Drive, Duluth, Minnesota 55802"  # (no own address: the default)
    for name in ("Ruth A. Kastner", "Theodore B. Lund"):
        assert people[name].citizenship == "United States"
        assert people[name].address == "400 Lakeview Drive, Duluth, Minnesota 55802"
    assert people["Theodore B. Lund"].positions == ["President", "Chief Executive Officer"]


def test_an_exception_not_read_for_certain_withholds_the_default_from_everyone_fails_on_main(tmp_path):
    filing = _read(tmp_path, UNCERTAIN.format(rule=""))
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Ingrid M. Solberg", "Dwight R. Pellham", "Ruth A. Kastner", "Theodore B. Lund"}
    assert all(p.citizenship is None for p in people.values())  # (never 'United States' for Ms. Solberg)
    assert people["Ingrid M. Solberg"].address is None or "Oslo" in people["Ingrid M. Solberg"].address
    assert any(w.code == "roster-ambiguous" and "except" in w.message for w in filing.warnings)


def test_a_spaced_rule_between_lists_is_no_heading_fails_on_main(tmp_path):
    people = _people(tmp_path, ONE_PREAMBLE.format(rule="\n                                    - - -\n"))
    assert set(people) == {"Ingrid M. Solberg", "Dwight R. Pellham", "Ruth A. Kastner", "Theodore B. Lund"}
    assert people["Ingrid M. Solberg"].citizenship == "Norway"
    assert people["Theodore B. Lund"].positions == ["President", "Chief Executive Officer"]


def test_guard_the_real_layout_paragraph_under_the_list_still_reads(tmp_path):
    people = _people(tmp_path, REAL_LIKE)
    assert people["Ingrid M. Solberg"].citizenship == "Norway"
    assert people["Ingrid M. Solberg"].other_positions == ["Professor of Law, University of Oslo"]
    assert people["Ruth A. Kastner"].citizenship == "United States"
    assert people["Ruth A. Kastner"].address == "400 Lakeview Drive, Duluth, Minnesota 55802"

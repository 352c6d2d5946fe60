"""Thirty-sixth round (c), issue 13: a roster written field by field in legal prose, a value tied to its person only
by the order of two lists ('A, B and C are the Chairman, the President and the Treasurer of X, respectively.';
'The business addresses of A and B are X; and Y, respectively.').

No reader took such a schedule: nothing was read. kg/forms/roster_respectively.py (its sentences are data:
kg/patterns/roster_respectively.yml) reads the sentences giving the titles in the roster's organisation (they
introduce the persons), then those giving occupations, addresses and citizenships, each to persons introduced; 'each
person named above' is all of them, 'each other person' those not yet given the field. A list of values pairs with a
list of names only where both count for certain ('X; Y; and Z', or 'X, Y and Z' where no item but the last pair holds
' and ') and the counts agree; a sentence that names a person not introduced, or whose counts differ, gives nothing
(a `roster-ambiguous` finding).

Texts of our own making. Each test marked "fails on main" failed on main a6bf534 and passes here; the guards pass on
both."""
from __future__ import annotations

import relayout
from conftest import DATA

import kg
from kg.errors import StructureError

ROSTERS = relayout.load_rosters(DATA / "relayout" / "people_dev.json")

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

     Set forth below are the name, present position with Harbour Mutual
Holdings, Inc., present principal occupation, business address and
citizenship of each director and executive officer of Harbour Mutual
Holdings, Inc.

"""


def _read(tmp_path, text: str, name: str = "annex.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    try:
        filing = kg.extract(path)
    except StructureError:
        return {}, None
    return {p.name: p for p in filing.people}, filing


def test_the_family_reads_every_person_and_value(tmp_path):
    """Fails on main (nothing read): AIG's roster, every option the family renders."""
    for options in (relayout.Options(), relayout.Options(upper_last_first=True, numbered=True),
                    relayout.Options(rules=True, markers=True)):
        suffix, text, expected = relayout.DEV_FAMILIES["respectively_field_sentences"](ROSTERS[0], options)
        got, _filing = _read(tmp_path, text, f"respectively{suffix}")
        assert sorted(got) == sorted(p["name"] for p in expected)
        for person in expected:
            mine = got[person["name"]]
            assert (mine.citizenship, mine.address, mine.address_city) == (
                person["citizenship"], person["address"], person["address_city"])
            assert mine.positions == person["positions"]
            assert mine.other_positions == person["other_positions"]


def test_titles_paired_by_order_and_defaults_with_exceptions(tmp_path):
    """Fails on main (nothing read)."""
    text = _HEAD + """     Messrs. Clara J. Abbott, Peter K. Barnes and Miriam T. Cole are the
Chairman, the President and the Treasurer of Harbour Mutual Holdings, Inc.,
respectively. The present principal occupation of each person named above is
his or her position with Harbour Mutual Holdings, Inc. The business address
of each person named above is 12 Quay Street, Boston, MA 02110, except that the
business address of Peter K. Barnes is 40 King Street West, Toronto, Ontario
M5H 3C2. Each person named above is a citizen of the United States, except
Peter K. Barnes and Miriam T. Cole, who are citizens of Canada and France,
respectively.
"""
    got, _filing = _read(tmp_path, text)
    assert sorted(got) == ["Clara J. Abbott", "Miriam T. Cole", "Peter K. Barnes"]
    assert [got[n].positions for n in sorted(got)] == [["Chairman"], ["Treasurer"], ["President"]]
    assert [got[n].citizenship for n in sorted(got)] == ["United States", "France", "Canada"]
    assert got["Peter K. Barnes"].address_city == "Toronto"
    assert got["Clara J. Abbott"].address_city == got["Miriam T. Cole"].address_city == "Boston"
    assert all(p.other_positions == [] for p in got.values())


def test_values_that_do_not_count_as_many_as_the_names_are_refused(tmp_path):
    """Guard: 'X and Y, Z and W' for two names cannot be paired for certain; the addresses go to no one."""
    text = _HEAD + """     Each of Clara J. Abbott and Peter K. Barnes is a Director of Harbour Mutual
Holdings, Inc. The present principal occupations of Clara J. Abbott and Peter K.
Barnes, other than their positions with Harbour Mutual Holdings, Inc., are
Partner and Counsel, Smith and Jones and Professor, respectively. The business
addresses of Clara J. Abbott and Peter K. Barnes are 12 Quay Street, Boston, MA
02110, 40 King Street West, Toronto and 9 Rue de Rivoli, Paris, respectively.
Each person named above is a citizen of the United States.
"""
    got, filing = _read(tmp_path, text)
    assert sorted(got) in ([], ["Clara J. Abbott", "Peter K. Barnes"])
    for person in got.values():
        assert person.other_positions == [] and person.address is None
    if filing is not None and got:
        assert any(w.code == "roster-ambiguous" for w in filing.warnings)


def test_a_person_the_titles_do_not_introduce_gets_no_value(tmp_path):
    """Guard: the addresses name Grace M. Ellis, whom no title sentence introduces: that sentence gives nothing (its
    order could pair the values with anyone)."""
    text = _HEAD + """     Clara J. Abbott and Peter K. Barnes are the Chairman; and President of
Harbour Mutual Holdings, Inc., respectively. The business addresses of Grace
M. Ellis and Peter K. Barnes are 12 Quay Street, Boston, MA 02110; and 40 King
Street West, Toronto, Ontario M5H 3C2, respectively. Each person named above is a
citizen of the United States.
"""
    got, filing = _read(tmp_path, text)
    assert "Grace M. Ellis" not in got
    assert all(person.address is None for person in got.values())
    if got:
        assert got["Peter K. Barnes"].positions == ["President"]
        assert any(w.code == "roster-ambiguous" for w in filing.warnings)


def test_an_organisation_in_the_list_of_names_is_no_person(tmp_path):
    """Guard: 'Harbour Trust Company' in the list is no person: the sentence introduces no one."""
    text = _HEAD + """     Clara J. Abbott and Harbour Trust Company are the Chairman; and Trustee of
Harbour Mutual Holdings, Inc., respectively. The business address of each
person named above is 12 Quay Street, Boston, MA 02110. Each person named above is
a citizen of the United States.
"""
    got, _filing = _read(tmp_path, text)
    assert not any("Trust" in name for name in got)
    assert all(p.positions != ["Trustee"] for p in got.values())

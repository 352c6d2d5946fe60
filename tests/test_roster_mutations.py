"""Mutated layouts (issue 13): the development re-layouts perturbed as EDGAR conversions perturb text
(tests/relayout_mutations.py) must never put a value on the wrong person; and the causes found that way,
each on a text of our own making."""
from __future__ import annotations

import html
import random

import relayout
import relayout_mutations as mut
from conftest import DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.errors import KgError
from kg.records import to_dict

ROSTERS = relayout.load_rosters(DATA / "relayout" / "people_dev.json")
VARIANTS = [relayout.Options(), relayout.Options(upper_last_first=True, rules=True),
            relayout.Options(numbered=True, markers=False, width=28)]
# Mutation kinds that put no value on the wrong person and give no unlisted person on any of the mutated
# families after the fixes of branches rfuzz, rguard and rguard2 (BENCHMARKS.md "Mutated layouts"): all of them.
CLEAN_KINDS = list(mut.KINDS)


def _people(tmp_path, name: str, text: str) -> list[dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    try:
        return to_dict(kg.extract(path))["people"]
    except KgError:
        return []  # (refused whole, with a typed error: allowed)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(family=st.sampled_from(sorted(mut.FAMILIES)), index=st.integers(0, len(ROSTERS) - 1),
       variant=st.integers(0, 2), kinds=st.lists(st.sampled_from(CLEAN_KINDS), min_size=1, max_size=3, unique=True),
       seed=st.integers(0, 2**16))
def test_mutated_layouts_never_put_a_value_on_the_wrong_person(tmp_path, family, index, variant, kinds, seed):
    sample = mut.mutated(family, ROSTERS[index], VARIANTS[variant], kinds, random.Random(seed))
    if sample is None:
        return  # (a mutation that does not apply to this layout)
    suffix, text, expected = sample
    assert mut.violations(expected, _people(tmp_path, f"m{suffix}", text)) == []


def test_the_check_sees_a_value_on_the_wrong_person():
    expected = [{"name": "Ann Lee", "positions": ["Director"], "other_positions": [], "citizenship": "Canada"},
                {"name": "Bo Park", "positions": ["Treasurer"], "other_positions": [], "citizenship": "Korea"}]
    predicted = [{"name": "ANN LEE", "positions": ["Treasurer"], "citizenship": "Canada"},
                 {"name": "Acme Holdings Inc.", "positions": ["Director"]}]
    found = mut.violations(expected, predicted)
    assert len(found) == 2 and "belongs to ['Bo Park']" in found[0] and "not a listed person" in found[1]
    assert mut.violations(expected, [{"name": "Ann  Lee", "positions": ["Director"]}]) == []


def test_every_mutation_keeps_the_people_it_prints():
    """Each mutation applies to some family and leaves every expected name printed."""
    applied, roster = set(), next(r for r in ROSTERS if any(p["other_positions"] for p in r.people))
    for kind in mut.KINDS:
        for family in sorted(mut.FAMILIES):
            sample = mut.mutated(family, roster, relayout.Options(), [kind], random.Random(kind))
            if sample is None:
                continue
            applied.add(kind)
            _suffix, text, expected = sample
            flat = mut.fold(html.unescape(text) if _suffix == ".htm" else text)  # ('&nbsp;', '&shy;')
            assert all(mut.fold(p["name"]).split()[-1] in flat for p in expected), (kind, family)
    assert applied == set(mut.KINDS)


TITLE_WRAPS = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF BLUE RIVER FOODS, INC.

<TABLE>
NAME                            CITIZENSHIP     BUSINESS ADDRESS
------------------------------  --------------  ----------------------------
<S>                             <C>             <C>
Anna K. Berg                    U.S.            One River Drive
Executive Vice President of                     Omaha, NE 68102
Blue River Foods, Inc.

Tomas L. Reyes                  U.S.            One River Drive
Executive Vice President,                       Omaha, NE 68102
Operations Control and
Development of Blue River
Foods, Inc.

Maria P. Olsen                  U.S.            500 Lake Street
Director of Blue River Foods,                   Chicago, IL 60601
Inc.
</TABLE>
"""


def test_a_wrapped_title_line_ending_in_and_is_no_person(tmp_path):
    """'Operations Control and' (a title wrapped under the name) was read as a person of its own."""
    people = _people(tmp_path, "wraps.txt", TITLE_WRAPS)
    assert sorted(p["name"] for p in people) == ["Anna K. Berg", "Maria P. Olsen", "Tomas L. Reyes"]


DEFAULT_CITIZENSHIP = """                                   EXHIBIT I

                    Directors and Executive Officers of Fjord Holdings A/S

The name and present principal occupation of each director of Fjord Holdings A/S
are set forth below. Each person is a citizen of Denmark unless a nationality
follows the name. The business address of each director is Strandvejen 5, 2900
Hellerup, Denmark.

Name                          Present Principal Occupation or Employment

HOLM, Peter                   Chair of the Board
--------------------------------------------------------------------------
MADSEN, Karen Louise          Board Director
Sophie (USA, United
Kingdom)
--------------------------------------------------------------------------
BECH, Anders (French)         Board Director
--------------------------------------------------------------------------
"""


def test_a_nationality_wrapped_in_the_name_cell_is_not_replaced_by_the_preamble_default(tmp_path):
    """'(USA, United' / 'Kingdom)' wrapped under the name: never 'Denmark' from 'a citizen of Denmark unless
    a nationality follows the name' (the default belongs to the others)."""
    people = {p["name"]: p for p in _people(tmp_path, "fjord.txt", DEFAULT_CITIZENSHIP)}
    assert people["Peter Holm"]["citizenship"] == "Denmark"
    assert people["Anders Bech"]["citizenship"] == "French"
    madsen = [p for name, p in people.items() if "Madsen" in name]
    assert all(p["citizenship"] != "Denmark" for p in madsen)
    assert not any("Kingdom" in name or "USA" in name.upper().split() for name in people)


TABBED = ("SCHEDULE I\n\nDIRECTORS AND EXECUTIVE OFFICERS OF NORTH STAR METALS CORP.\n\n"
          "NAME\t\t\tCITIZENSHIP\tBUSINESS ADDRESS\n"
          "Helen M. Short\t\tCanada\t\t12 Bay Street\n"
          "Director of North\t\t\tToronto, Ontario M5J 2N8\n"
          "Star Metals Corp.\n\n"
          "Oskar Lindqvist\t\tSweden\t\t4 Kungsgatan\n"
          "President of North\t\t\tStockholm, Sweden\n"
          "Star Metals Corp.\n")


def test_columns_aligned_with_tabs_are_read_as_displayed(tmp_path):
    """Tabs to the next multiple of 8 columns, as the text displays; each value stays on its person, and
    the spans point into the file as it is."""
    path = tmp_path / "tabbed.txt"
    path.write_text(TABBED, encoding="utf-8")
    filing = kg.extract(path)
    people = {p.name: p for p in filing.people}
    assert sorted(people) == ["Helen M. Short", "Oskar Lindqvist"]
    assert people["Helen M. Short"].citizenship == "Canada" and people["Oskar Lindqvist"].citizenship == "Sweden"
    assert people["Oskar Lindqvist"].positions == ["President"]
    assert people["Helen M. Short"].address_city == "Toronto"
    start, end = people["Oskar Lindqvist"].spans["name"]
    assert TABBED[start:end] == "Oskar Lindqvist"


def _block(surname: str, given: str, title: str, citizenship: str, address: list[str]) -> list[str]:
    return ([f"{surname.upper()}, {given}", "     Present Position with Fjord Holdings A/S:", f"          {title}",
             "     Citizenship:", f"          {citizenship}", "     Business Address:"]
            + [f"          {line}" for line in address] + ["-" * 60])


def _page_broken_roster() -> str:
    home = ["Strandvejen 5", "2900 Hellerup", "Denmark"]
    lines = ["                                   SCHEDULE I", "",
             "      DIRECTORS AND EXECUTIVE OFFICERS OF FJORD HOLDINGS A/S", ""]
    lines += _block("Holm", "Peter", "Chair of the Board", "Denmark", home)
    madsen = _block("Madsen", "Karen Louise", "Board Director", "United Kingdom", ["1 King Street", "London EC2V 8AU",
                                                                                   "United Kingdom"])
    lines += madsen[:4] + ["", "<PAGE>", "                                      4", "",
                           "                      SCHEDULE I (CONTINUED)", ""] + madsen[4:]
    lines += _block("Lund", "Erik", "Chief Executive Officer", "Denmark", home)
    lines += _block("Bech", "Anders", "Chief Financial Officer", "France", home)
    return "\n".join(lines) + "\n"


def test_a_page_break_inside_an_entry_puts_no_value_on_another_person(tmp_path):
    """The page's number and running header ('SCHEDULE I (CONTINUED)') fall inside an entry: they are no
    value, the continued part is not read a second time as a roster of its own, and each title stays on
    its person."""
    expected = {"Peter Holm": "Chair of the Board", "Karen Louise Madsen": "Board Director",
                "Erik Lund": "Chief Executive Officer", "Anders Bech": "Chief Financial Officer"}
    people = _people(tmp_path, "paged.txt", _page_broken_roster())
    assert sorted(p["name"] for p in people) == sorted(expected)  # (each once)
    for person in people:
        assert person["positions"] == [expected[person["name"]]]
        assert "continued" not in (person.get("address") or "").casefold()
    madsen = next(p for p in people if p["name"] == "Karen Louise Madsen")
    assert madsen["citizenship"] == "United Kingdom" and madsen["address_city"] == "London"


OVERRUN = """                                   EXHIBIT 1

                  INFORMATION CONCERNING THE REPORTING PERSON AND
                     ITS EXECUTIVE OFFICERS AND DIRECTORS

Except as otherwise indicated below, all persons named in this Exhibit 1 are
citizens of Sweden. Unless another address is given below, the principal
business address of each person named in this Exhibit 1 is that of Nordic
Harbor Investments Ltd.

1.       NORDIC HARBOR INVESTMENTS LTD.

         Principal Business Address:
         12 Harbour Road
         Hamilton HM 11
         Bermuda

         Directors and Executive Officers of Nordic Harbor Investments Ltd.:

                  (1) Director:  Erik Sandvik

                                     Principal Occupation:
                                     Portfolio Manager

                            (2) Director:  Luc Marchal

                                     Principal Business Address:
                                     3 Rue de la Loi
                                     1000 Brussels
                                     BELGIUM

                                     Principal Occupation:
                                     Portfolio Manager

                                     Citizenship:  Belgium
"""


def test_an_entry_read_on_through_the_next_entry_keeps_none_of_its_values(tmp_path):
    """The second entry printed with other margins (a new page): the first entry is read on through it, and
    the second person's address and citizenship, printed after the second name, are never the first's."""
    people = {p["name"]: p for p in _people(tmp_path, "overrun.txt", OVERRUN)}
    assert people["Luc Marchal"]["citizenship"] == "Belgium"
    assert people["Luc Marchal"]["address_city"] == "Brussels"
    sandvik = people.get("Erik Sandvik", {})
    assert sandvik.get("citizenship") != "Belgium" and "Brussels" not in (sandvik.get("address") or "")


ENTITY_PAGES = """                                   EXHIBIT 1

                  INFORMATION CONCERNING THE REPORTING PERSON AND
                     ITS EXECUTIVE OFFICERS AND DIRECTORS

Except as otherwise indicated below, all persons named in this Exhibit 1 are
citizens of the United States. Unless another address is given below, the
principal business address of each person named in this Exhibit 1 is that of
Harbor Lane Capital, Inc.

1.       HARBOR LANE CAPITAL, INC.

         Principal Business Address:
         200 Harbor Lane
         Boston, MA 02110

         Directors and Executive Officers of Harbor Lane Capital, Inc.:

                  (1) Director:  Ruth A. Kessler

                                     Principal Occupation: Retired

                  (2) Director:  Samuel T. Okafor
                                     Principal Business Address:

<PAGE>
                                      -3-

                                     14 Elm Street
                                     Hartford, CT 06103
                                     Principal Occupation: Attorney

                            (3) Director:  Grace L. Whitfield

                                             Principal Business Address:
                                             9 Mill Road
                                             Portland, ME 04101
"""


def test_a_labelled_address_across_a_page_break_and_a_deeper_page_stay_with_their_person(tmp_path):
    """'Principal Business Address:' then a page break, then the address: the entry's own (never the company's
    default in its place); the next officer printed deeper on a new page starts an entry of their own."""
    people = {p["name"]: p for p in _people(tmp_path, "entity.txt", ENTITY_PAGES)}
    assert people["Ruth A. Kessler"]["address_city"] == "Boston"  # (the default: no address of her own)
    assert people["Samuel T. Okafor"]["address_city"] == "Hartford"
    assert people["Grace L. Whitfield"]["address_city"] == "Portland"
    assert "Portland" not in (people["Samuel T. Okafor"].get("address") or "")


def test_a_numbered_company_heading_in_another_case_is_still_the_company(tmp_path):
    """'1.  Harbor Lane Capital, Inc.' where the filing printed it in capitals (the case changed by a
    conversion): its officers are read under it, each with their own values."""
    text = ENTITY_PAGES.replace("1.       HARBOR LANE CAPITAL, INC.", "1.       Harbor Lane Capital, Inc.")
    people = {p["name"]: p for p in _people(tmp_path, "entity_case.txt", text)}
    assert sorted(people) == ["Grace L. Whitfield", "Ruth A. Kessler", "Samuel T. Okafor"]
    assert [people[n]["address_city"] for n in sorted(people)] == ["Portland", "Boston", "Hartford"]
    assert all(p["organization"] == "Harbor Lane Capital, Inc." for p in people.values())

"""Thirty-seventh round (d), issue 13: names as printed, across every layout.

1. A nickname in curly quotes ('Sylvester “Chip” Johnson', as the filing prints it) came out with straight quotes
   ('Sylvester "Chip" Johnson'): the display name keeps the quote marks as printed (kg/forms/roster_names.py); the
   same person with either form of quotes is one person by the linker's name key (kg/link/names.py).
2. A surname printed in capitals with a prefix whose next letter is a capital ('MACDONALD, Gavin L.') came out
   'Gavin L. Macdonald' where the text prints it in mixed case nowhere: the prefixes are a lookup
   (kg/lookups/surname_prefixes.yml: 'Mc' and "O'" always, 'Mac' only for the surnames listed); the text's own
   mixed-case form ('Macdonald') still wins, and a surname the lookup does not list ('MACKENZIE', 'MACIAS') keeps
   the usual case (never a guessed capital).

Texts of our own making and real development people re-laid out (tests/relayout.py). Each test marked "fails on
main" failed on main 7498b25 and passes here; the guards pass on both."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import kg
from kg.forms.roster_names import display_name
from kg.link.names import person_name

sys.path.insert(0, str(Path(__file__).parent))
import relayout  # noqa: E402

REAL = Path(__file__).parent / "data" / "rosters_real" / "dev"


def _read(tmp_path, text: str, name: str = "annex.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


_ROSTER = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL MARINE HOLDINGS, INC.

Unless otherwise indicated, each person listed below is a citizen of the United States and
the business address of each person is 40 Quay Street, Boston, Massachusetts 02110.{extra}

Name                              Title
----                              -----
JOHNSON, Sylvester “Chip”         Director
MACDONALD, Gavin L.               Vice President
MCCARTHY, Ellen                   Treasurer
MACKENZIE, Ruth                   Secretary
MACIAS, Tomas                     Controller
"""


def test_a_nickname_keeps_its_quote_marks_as_printed(tmp_path):
    """Fails on main: 'Sylvester "Chip" Johnson' (straight quotes where the text prints curly ones)."""
    people = _read(tmp_path, _ROSTER.format(extra=""))
    assert "Sylvester “Chip” Johnson" in people
    assert people["Sylvester “Chip” Johnson"].positions == ["Director"]


def test_a_mac_surname_in_capitals_takes_the_capital_of_the_lookup(tmp_path):
    """Fails on main: 'Gavin L. Macdonald'. The surnames the lookup does not list keep the usual case."""
    people = _read(tmp_path, _ROSTER.format(extra=""))
    assert set(people) == {"Sylvester “Chip” Johnson", "Gavin L. MacDonald", "Ellen McCarthy", "Ruth Mackenzie",
                           "Tomas Macias"}
    assert people["Gavin L. MacDonald"].name_as_printed == "MACDONALD, Gavin L."


def test_the_text_s_own_mixed_case_form_wins_over_the_lookup(tmp_path):
    """Guard (passes on both): the annex prints 'Gavin L. Macdonald' too, so that is the name."""
    people = _read(tmp_path, _ROSTER.format(extra=" Gavin L. Macdonald also\nserves as a director of Harrow Foods, Inc."))
    assert "Gavin L. Macdonald" in people and "Gavin L. MacDonald" not in people


@pytest.mark.parametrize("printed, name", [
    ("MACDONALD, Gavin L.", "Gavin L. MacDonald"), ("O'NEILL, Sean", "Sean O'Neill"), ("MCCARTHY, Ellen", "Ellen McCarthy"),
    ("MACK, John", "John Mack"), ("MACY, Ann", "Ann Macy"), ("MACHADO, Rui", "Rui Machado"),
    ("MACKENZIE, Ruth", "Ruth Mackenzie"), ("Gavin L. Macdonald", "Gavin L. Macdonald"),
    ("JOHNSON, SYLVESTER “CHIP”", "Sylvester “Chip” Johnson"), ('JOHNSON Sylvester "Chip"', 'Sylvester "Chip" Johnson'),
    ("JOHNSON Sylvester “Chip”", "Sylvester “Chip” Johnson")])
def test_display_names(printed, name):
    """'MACDONALD' and '“Chip”' fail on main ('Macdonald', straight quotes); the rest are guards."""
    assert display_name(printed) == name


def test_either_form_of_quotes_is_one_person_to_the_linker():
    """Guard (passes on both): the name key pairs 'Sylvester “Chip” Johnson' and 'Sylvester "Chip" Johnson'."""
    curly, straight = person_name("Sylvester “Chip” Johnson"), person_name('Sylvester "Chip" Johnson')
    assert curly == straight and curly.key == "sylvester johnson" and curly.given_alt == "chip"


def _real(stem: str) -> relayout.Roster:
    people = [p for p in json.loads((REAL / f"{stem}.gold.json").read_text(encoding="utf-8"))["people"]
              if p.get("address") and p.get("citizenship")]
    organization = people[0]["organization"]
    return relayout.Roster(organization, [dict(
        name=p["name"], positions=p["positions"], other_positions=p["other_positions"], citizenship=p["citizenship"],
        country=p["country"], address=p["address"].split(", "), address_city=p["address_city"],
        address_country=p["address_country"], bodies=p["bodies"]) for p in people if p["organization"] == organization])


@pytest.mark.parametrize("family", ["right_aligned_labels", "employer_name_column_table", "two_column"])
@pytest.mark.parametrize("options", [relayout.Options(), relayout.Options(upper_last_first=True, rules=True)])
def test_real_names_re_laid_out_come_out_as_printed(tmp_path, family, options):
    """Fails on main: the real Southwestern Energy people ('Sylvester “Chip” Johnson') and Morgan Stanley people
    ('MACDONALD, Gavin L.' in the upper-case variant) re-laid out: kg named persons the gold does not list."""
    for stem in ("html_section_rows_southwestern_energy", "text_sections_directors_officers_msdw_oip_2001"):
        suffix, text, expected = relayout.DEV_FAMILIES[family](_real(stem), options)
        got = _read(tmp_path, text, f"{family}{suffix}")
        assert set(got) <= {p["name"] for p in expected}


def test_the_graph_s_name_key_pairs_either_form_of_quotes():
    """Fails on main: a roster person printed 'Sylvester “Chip” Johnson' and the cover page's 'Sylvester "Chip"
    Johnson' had two keys in the graph (kg/graph/mapping_base.py), so the roster person was not the reporting
    person."""
    from kg.graph.mapping_base import name_key
    assert name_key("Sylvester “Chip” Johnson") == name_key('Sylvester "Chip"  JOHNSON')
    assert name_key("Sean O’Neill") == name_key("Sean O'Neill")

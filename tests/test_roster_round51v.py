"""Round 51v (issue 13): ConAgra's Schedule I re-laid out (indented_name_address_titles_of_short_name, gather97).

- The preamble opens on the organisation's possessive, '<Org>'s ("<Short>") executive officers and directors (the
  "Individuals") ...'; an organisation whose name joins its words with 'of' ('Power Corporation of Canada's') or
  prints a slash ('Novo Holdings A/S's') was not found there (kg/forms/roster_org.py `_POSSESSIVE_ORG` took
  capitalised words only): the roster had no organisation, and every 'Director of <Short>' was read as an other
  position.
- 'Director of MSDW OIP Investors' over 'officer of Morgan Stanley & Co.' / 'Incorporated': a role in lower case
  under a line that closes on an organisation's name opens an item of its own (kg/forms/roster_wrap.py
  `_starts_item`); before, the two ran into one other position.
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

_POSSESSIVE_OF = """                                   ANNEX C

         Caisse Fontaine of Quebec Inc.'s ("Caisse Fontaine") executive officers
and directors (the "Individuals") and the information required by Item 2 of
Schedule 13D are listed below, along with the offices held by such Individual.
Except as set forth below, the business address for each Individual is 1200
Rue Sherbrooke Ouest, Montreal QC H3A 1H6. Each Individual is a citizen of
Canada, except Odile Marchetti, who is a citizen of France.

      Odile Marchetti                    Director of Caisse Fontaine
      12, rue de Rivoli
      75004 Paris, France

      Gaston Lefebvre                    Director and Vice-President of
                                         Caisse Fontaine

      Thierry Vachon                     Director of Caisse Fontaine
                                         officer of Rimouski Trust & Co.
                                         Incorporated

      Helene Dubuc                       President and Chief Executive
                                         officer of Caisse Fontaine
"""


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    source = tmp_path / "annex.txt"
    source.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(source))["people"]}


def test_possessive_organisation_with_of_in_its_name(tmp_path: Path) -> None:
    people = _people(tmp_path, _POSSESSIVE_OF)
    assert {p.get("organization") for p in people.values()} == {"Caisse Fontaine of Quebec Inc."}
    assert people["Odile Marchetti"]["positions"] == ["Director"]
    assert not people["Odile Marchetti"].get("other_positions")
    assert people["Odile Marchetti"]["citizenship"] == "France"
    assert people["Gaston Lefebvre"]["positions"] == ["Director", "Vice-President"]


def test_lower_case_role_under_a_line_closing_on_a_name(tmp_path: Path) -> None:
    vachon = _people(tmp_path, _POSSESSIVE_OF.replace(" of Quebec Inc.'s", " Inc.'s"))["Thierry Vachon"]
    assert vachon["positions"] == ["Director"]
    assert vachon["other_positions"] == ["officer of Rimouski Trust & Co. Incorporated"]


def test_guard_title_wrapped_before_officer_still_one_title(tmp_path: Path) -> None:
    dubuc = _people(tmp_path, _POSSESSIVE_OF)["Helene Dubuc"]  # ('Chief Executive' / 'officer of X': a wrap)
    assert dubuc["positions"] == ["President and Chief Executive officer"]
    assert not dubuc.get("other_positions")


def test_guard_possessive_without_capital_opening_finds_no_organisation(tmp_path: Path) -> None:
    text = _POSSESSIVE_OF.replace('Caisse Fontaine of Quebec Inc.\'s ("Caisse Fontaine")',
                                  "The following information concerns each of Caisse Fontaine's")
    people = _people(tmp_path, text)
    assert "Caisse Fontaine of Quebec Inc." not in {p.get("organization") for p in people.values()}

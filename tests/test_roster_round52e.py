"""Round 52e (issue 13): Micron's labelled blocks ('Name:', 'Business Address:', 'Principal Occupation:' and the
five-line employer label) in a 'DIRECTORS' and an 'EXECUTIVE OFFICERS' section, each with its own preamble stating
the citizenship: gather106's labelled_blocks_sections_employer_field_micron.

What was wrong (values on the wrong person): (1) the two sections are read as one list under the first preamble, so
the directors' default ('All directors are citizens of Denmark, except ...') went to the executive officers, whom
their own sentence names as citizens of the United Kingdom; (2) the organisation was read from 'members of the Board
of Directors of The St. Paul Travelers Companies, Inc. All ...' as 'Directors of The St. Paul Travelers Companies,
Inc.', so 'Director of The St. Paul Travelers Companies, Inc.' was no seat in the listed organisation and a director's
outside occupation on the next line ('Chief Executive') became a title there.

What changed: kg/forms/roster_section_citizens.py (new), called from kg/forms/roster_implied_seat.listed_people: an
entry printed after a later sentence stating a default citizenship takes neither the first preamble's default nor
its exceptions; kg/forms/roster_org._heading_organization takes the body words off 'of Directors of X, Inc.'.

Texts of our own making. Tests marked "fails on main" fail on main ac1d404; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

LABEL = ["Name, principal business", "and address of corporation", "or other organization in",
         "which employment is", "conducted:"]


def _block(name: str, occupation: list[str], employer: list[str]) -> list[str]:
    lines = [f"{'Name:':<38}{name}", "", f"{'Business Address:':<38}40 Harbour Road", f"{'':<38}Oslo", ""]
    lines += [f"{'Principal Occupation:' if i == 0 else '':<38}{o}" for i, o in enumerate(occupation)] + [""]
    lines += [f"{LABEL[i] if i < len(LABEL) else '':<38}{employer[i] if i < len(employer) else ''}".rstrip()
              for i in range(max(len(LABEL), len(employer)))]
    return lines + [""]


def _roster(org: str, directors: str, officers: str | None, people: list[tuple[str, list[str], list[str], bool]]) -> str:
    lines = ["<PAGE>", "", " " * 68 + "EXHIBIT 1-A", "", " " * 35 + "DIRECTORS", "",
             f"     The following is a list of all members of the Board of Directors of {org} {directors}", ""]
    for name, occupation, employer, director in people:
        if director:
            lines += _block(name, occupation, employer)
    if officers is not None:
        lines += ["", " " * 31 + "EXECUTIVE OFFICERS", "",
                  f"     The following is a list of the executive officers of {org} who are not directors. {officers}", ""]
        for name, occupation, employer, director in people:
            if not director:
                lines += _block(name, occupation, employer)
    return "\n".join(lines) + "\n"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "ex1.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


NORDVIK = [("Ingrid Halvorsen", ["Board Director of Nordvik Holding ASA", "Professional Board Director"], [], True),
           ("Arne Tollefsen", ["Board Director of Nordvik Holding ASA", "Partner, Tollefsen Advokat"], [], True),
           ("Colin Ashby", ["Chief Executive Officer of Nordvik Holding ASA"], ["Nordvik Holding ASA"], False),
           ("Fiona Marr", ["Chief Financial Officer of Nordvik Holding ASA"], ["Nordvik Holding ASA"], False)]


def test_directors_default_not_given_to_the_officers_section(tmp_path: Path) -> None:  # fails on main
    people = _people(tmp_path, _roster(
        "Nordvik Holding ASA.", "All directors are citizens of Norway.",
        "All executive officers are citizens of Norway, except Colin Ashby, who is a citizen of the United Kingdom "
        "and Fiona Marr, who is a citizen of the United Kingdom.", NORDVIK))
    assert people["Ingrid Halvorsen"]["citizenship"] == "Norway"
    assert people["Arne Tollefsen"]["citizenship"] == "Norway"
    assert people["Fiona Marr"].get("citizenship") in (None, "United Kingdom")
    assert people["Colin Ashby"].get("citizenship") in (None, "United Kingdom")


def test_one_section_keeps_its_default(tmp_path: Path) -> None:  # guard
    people = _people(tmp_path, _roster("Nordvik Holding ASA.", "All directors are citizens of Norway.", None,
                                       [p for p in NORDVIK if p[3]]))
    assert [people[n]["citizenship"] for n in ("Ingrid Halvorsen", "Arne Tollefsen")] == ["Norway", "Norway"]


TRAVELERS = [(name, ["Director of The Larch Bay Travelers Companies,", "Inc.", job], [], True)
             for name, job in (("Howard P. Birch", "Chief Executive"), ("Carolyn H. Bryce", "Chairman"),
                               ("Janet M. Dolby", "Chief Executive"))] + [
    ("Jay S. Fenwick", ["Chief Executive of The Larch Bay Travelers Companies, Inc."],
     ["The Larch Bay Travelers Companies, Inc."], False)]


def test_board_of_directors_of_org_names_the_org(tmp_path: Path) -> None:  # fails on main
    people = _people(tmp_path, _roster("The Larch Bay Travelers Companies, Inc.", "All directors are citizens of the "
                                       "United States.", "All executive officers are citizens of the United States.",
                                       TRAVELERS))
    for name in ("Howard P. Birch", "Carolyn H. Bryce", "Janet M. Dolby"):
        assert people[name]["organization"] == "The Larch Bay Travelers Companies, Inc."
        assert people[name]["positions"] == ["Director"]
    assert people["Jay S. Fenwick"]["positions"] == ["Chief Executive"]

"""Round 46q (issue 13): labelled field blocks with a 'Position:' field in every block (after Micron's Exhibit 1).

(1) 'Position:   Director of Quillmont Freight Systems, Inc.' (the listed organisation after a bare title, as the
preamble names it): the field was kept as printed, 'Director of Quillmont Freight Systems, Inc.', no seat on the
board read; where the value stood on one line, the provenance guard then dropped it as the next entry's (the same
words print in every block). One title (no body named, no 'of' of its own but 'of the Board' or 'of the <X>
Committee') before 'of <the listed organisation>' is that title: 'Director', on the board; 'Chairman of the
Executive Committee'. A title naming a body whole ('Member of the Supervisory Board of X') keeps its words as printed,
as before."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict

PAD = 37


def _block(name: str, position: str, address: list[str], occupation: str, citizenship: str) -> str:
    lines = [f"{'Name:':<{PAD}}{name}", ""]
    pos = position.split("\n")
    lines += [f"{'Position:':<{PAD}}{pos[0]}"] + [" " * PAD + p for p in pos[1:]] + [""]
    lines += [f"{'Business Address:':<{PAD}}{address[0]}"] + [" " * PAD + a for a in address[1:]] + [""]
    lines += [f"{'Principal Occupation:':<{PAD}}{occupation}".rstrip(), ""]
    lines += [f"{'Citizenship:':<{PAD}}{citizenship}", ""]
    return "\n".join(lines)


def _roster(positions: list[str]) -> str:
    head = """<PAGE>

                                                                   EXHIBIT 99.3

          DIRECTORS AND EXECUTIVE OFFICERS OF QUILLMONT FREIGHT SYSTEMS, INC.

     The following is a list of the directors and executive officers of
Quillmont Freight Systems, Inc., with the position, business address,
principal occupation and citizenship of each.

"""
    people = [("Orla B. Fennimore", ["12 Harrow Lane", "Tulsa, OK 74103"], "Partner, Fennimore & Vail", "U.S."),
              ("Desmond K. Ashgrove", ["400 Keel Street", "Toronto, Ontario M5H 3C2"], "", "Canada"),
              ("Priya N. Haldane", ["1 Quillmont Plaza", "Tulsa, OK 74103"], "", "U.S.")]
    blocks = [_block(n, p, a, o, c) for (n, a, o, c), p in zip(people, positions)]
    return head + "\n".join(blocks)


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def test_director_of_the_listed_organisation_is_the_seat(tmp_path):
    people = _people(tmp_path, _roster(["Director of Quillmont Freight Systems, Inc."] * 2
                                       + ["Director of Quillmont Freight Systems,\nInc."]))
    for name in ("Orla B. Fennimore", "Desmond K. Ashgrove", "Priya N. Haldane"):
        assert people[name]["positions"] == ["Director"], name
        assert people[name]["bodies"] == ["board of directors"], name
    assert people["Desmond K. Ashgrove"]["citizenship"] == "Canada"
    assert people["Orla B. Fennimore"]["other_positions"] == ["Partner, Fennimore & Vail"]


def test_chairman_of_the_board_of_the_listed_organisation_is_the_title(tmp_path):
    people = _people(tmp_path, _roster(["Director of Quillmont Freight Systems, Inc."] * 2
                                       + ["Chairman of the Executive Committee of\nQuillmont Freight Systems, Inc."]))
    assert people["Priya N. Haldane"]["positions"] == ["Chairman of the Executive Committee"]


def test_guard_title_naming_a_body_keeps_its_words(tmp_path):
    people = _people(tmp_path, _roster(["Director of Quillmont Freight Systems, Inc."] * 2
                                       + ["Member of the Supervisory Board of Quillmont\nFreight Systems, Inc."]))
    assert people["Priya N. Haldane"]["positions"] == ["Member of the Supervisory Board of Quillmont Freight Systems, Inc."]
    assert people["Priya N. Haldane"]["citizenship"] == "U.S."

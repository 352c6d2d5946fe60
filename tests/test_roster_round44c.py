"""Forty-fourth round (c), issue 13.

1. long_wrapped_labels_beside_values_citizenship_exceptions (Micron's labelled fields without table tags, the labels
   in a column of their own beside the values): 'Position(s) with <Org>:' wrapping over two lines ('Position(s) with
   Micron' / 'Technology, Inc.:') and the SEC's long caption 'Present principal occupation or employment (if other
   than with <Org>) and the name, principal business and address of any corporation or other organization in which
   such employment is conducted:' wrapping over six lines or more were never read: the wrapped-label reader took
   runs of two or three lines only, label words without '(', ')' or '.', and the occupation label pattern had no
   room for the '(if other than with <Org>)' clause. Now (kg/forms/roster_wrapped_labels.py) a run of up to ten
   lines is read; a label too long for its column is printed as its shortest opening that kg knows as a label of
   the same kind ('Position(s):', 'Present principal occupation:'), the later lines' label words blanked.
2. table_of_contents_schedule_pages (an offer to purchase's TABLE OF CONTENTS first, dot leaders and page numbers,
   its last line 'SCHEDULE I -- Directors and Executive Officers of <Org> ..... S-1'): the text above the schedule's
   heading was kept as part of the roster (kept for names displaced above a heading), and nothing was read. A front
   part that is a table of contents (its heading and three dot-leader lines with page numbers or more:
   kg/patterns/roster_contents.yml) is no part of the roster now (kg/forms/roster_contents.py). The schedule's own
   page number 'S-1' alone on a line beside a page break was read into an address ('..., Illinois 60601, S-1'); a
   lone page number may carry one capital letter and a hyphen now (kg/forms/roster_pages.py).

Texts of our own making. Each test marked "fails on main" fails on main a54b301 and passes here; the two guards
marked "Guard" pass on both; test_contents_without_dot_leaders_is_kept checks the new module's refusal (it cannot
import on main)."""
from __future__ import annotations

from pathlib import Path

import kg

_OCCUPATION = ["Present principal occupation or", "employment (if other than with", "Harbor Point Industries,",
               "Inc.) and the name, principal", "business and address of any", "corporation or other",
               "organization in which such", "employment is conducted:"]


def _field(label: list[str], values: list[str]) -> list[str]:
    rows = max(len(label), len(values))
    label, values = label + [""] * (rows - len(label)), values + [""] * (rows - len(values))
    return [f"{left:<37}{right}".rstrip() for left, right in zip(label, values)] + [""]


def _labelled(people: list[tuple]) -> str:
    lines = [f"{'EXHIBIT 1':>78}", "", "        DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR POINT INDUSTRIES, INC.", "",
             "     The following is a list of all of the directors and executive officers of Harbor Point",
             "Industries, Inc. Each of the persons listed below is a citizen of the United States unless",
             "otherwise indicated.", ""]
    for name, titles, address, occupation, citizenship in people:
        lines += _field(["Name:"], [name])
        lines += _field(["Position(s) with Harbor Point", "Industries, Inc.:"], titles)
        lines += _field(["Business Address:"], address)
        if occupation:
            lines += _field(_OCCUPATION, occupation)
        if citizenship:
            lines += _field(["Citizenship:"], [citizenship])
        lines.append("")
    return "\n".join(lines) + "\n"


_PEOPLE = [("MARGARET L. OKAFOR", ["Director"], ["17 Quay Road", "Portland, ME 04101"],
            ["Partner, Okafor & Lind LLP"], None),
           ("THEODORE V. ASHCROFT", ["Director", "Chairman"], ["400 Harbor Point Drive", "Portland, ME 04102"], [],
            "Canada"),
           ("ELENA P. MARCHETTI", ["Chief Financial Officer"], ["400 Harbor Point Drive", "Portland, ME 04102"], [],
            None)]


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_wrapped_position_and_long_occupation_labels_read(tmp_path: Path) -> None:
    """Fails on main: the positions and the outside occupation were never read."""
    people = _people(tmp_path, _labelled(_PEOPLE))
    assert people["Margaret L. Okafor"].positions == ["Director"]
    assert people["Margaret L. Okafor"].other_positions == ["Partner, Okafor & Lind LLP"]
    assert people["Theodore V. Ashcroft"].positions == ["Director", "Chairman"]
    assert people["Theodore V. Ashcroft"].citizenship == "Canada"
    assert people["Elena P. Marchetti"].positions == ["Chief Financial Officer"]
    assert people["Elena P. Marchetti"].other_positions == []
    assert people["Margaret L. Okafor"].address == "17 Quay Road, Portland, ME 04101"


def test_short_labels_beside_values_still_read(tmp_path: Path) -> None:
    """Guard: Micron's own short labels (one line each) read as before."""
    text = _labelled(_PEOPLE).replace("Position(s) with Harbor Point", "Position(s):").replace(
        "Industries, Inc.:", "")
    people = _people(tmp_path, text)
    assert people["Theodore V. Ashcroft"].positions == ["Director", "Chairman"]
    assert people["Elena P. Marchetti"].address == "400 Harbor Point Drive, Portland, ME 04102"


def _toc_line(title: str, page: str) -> str:
    return f"{title} {'.' * (70 - len(title))} {page:>4}"


def _schedule(contents: bool) -> str:
    lines = []
    if contents:
        lines += [f"{'TABLE OF CONTENTS':^78}".rstrip(), "", f"{'Page':>76}",
                  _toc_line("INTRODUCTION", "1"), _toc_line("  1.  Terms of the Offer", "4"),
                  _toc_line("  2.  Certain Information Concerning Harbor Point Industries, Inc.", "9"),
                  _toc_line("SCHEDULE I -- Directors and Executive Officers of Harbor Point", ""),
                  _toc_line("    Industries, Inc.", "S-1"), "", "", "<PAGE>", ""]
    lines += [f"{'SCHEDULE I':^78}".rstrip(), "",
              f"{'DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR POINT INDUSTRIES, INC.':^78}".rstrip(), "",
              "    The name, business address, present principal occupation or employment and citizenship of",
              "    each director and executive officer of Harbor Point Industries, Inc. are set forth below.", "",
              f"{'Name and':<40}{'Present Principal Occupation':<40}",
              f"{'Business Address':<40}{'or Employment':<40}{'Citizenship'}",
              f"{'-' * 38:<40}{'-' * 38:<40}{'-' * 16}", "",
              f"{'Margaret L. Okafor':<40}{'Director of Harbor Point':<40}United States",
              f"{'  17 Quay Road':<40}{'  Industries, Inc.':<40}",
              f"{'  Portland, ME 04101':<40}{'Partner, Okafor & Lind LLP':<40}", "",
              f"{'Theodore V. Ashcroft':<40}{'Chairman of Harbor Point':<40}Canada",
              f"{'  400 Harbor Point Drive':<40}{'  Industries, Inc.':<40}", "", f"{'S-1':^78}".rstrip(),
              "<PAGE>", "", f"{'  Portland, ME 04102':<40}", "", "", f"{'S-2':^78}".rstrip()]
    return "\n".join(lines) + "\n"


def test_schedule_after_table_of_contents_read(tmp_path: Path) -> None:
    """Fails on main: the contents were read as part of the roster and nothing was read."""
    people = _people(tmp_path, _schedule(contents=True))
    assert sorted(people) == ["Margaret L. Okafor", "Theodore V. Ashcroft"]
    assert people["Theodore V. Ashcroft"].citizenship == "Canada"
    assert people["Margaret L. Okafor"].address == "17 Quay Road, Portland, ME 04101"
    assert people["Theodore V. Ashcroft"].address == "400 Harbor Point Drive, Portland, ME 04102"  # ('S-1': furniture)


def test_schedule_without_contents_still_read(tmp_path: Path) -> None:
    """Guard: the schedule alone (no contents above its heading) reads as before."""
    people = _people(tmp_path, _schedule(contents=False))
    assert sorted(people) == ["Margaret L. Okafor", "Theodore V. Ashcroft"]
    assert people["Margaret L. Okafor"].positions == ["Director"]
    assert people["Margaret L. Okafor"].other_positions == ["Partner, Okafor & Lind LLP"]
    assert people["Margaret L. Okafor"].address == "17 Quay Road, Portland, ME 04101"
    assert people["Theodore V. Ashcroft"].citizenship == "Canada"


def test_contents_without_dot_leaders_is_kept(tmp_path: Path) -> None:
    """Guard: text above the heading that is no table of contents (a heading 'CONTENTS' but no dot-leader lines) is
    no contents to drop."""
    from kg.forms.roster_contents import is_contents

    text = _schedule(contents=True)
    assert is_contents(text, 0, text.index("<PAGE>"))
    plain = "CONTENTS\n\nMargaret L. Okafor\n  17 Quay Road\n"
    assert not is_contents(plain, 0, len(plain))

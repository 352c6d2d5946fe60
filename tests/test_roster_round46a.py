"""Round 46a (issue 13): entry letters read from the whole run of them, not from one neighbouring line.

Round 45b refused a name keeping a capital and a full stop whenever a line near it opened with the letter before or
after it. That took real initials for entry letters: 'G. Andrea Vescovi' (printed 'VESCOVI, G. Andrea') under a
surname-first name whose initial wraps onto a line of its own ('F.'), and two names of their own with initials
'F.' and 'G.' one after the other. Now a letter is an entry's only when it opens the name's printed line and is one
step of a run of such letters over the text's lines, from 'A.' (or 'i.', 'I.') on. And a name opening with a capital
and a full stop on a line of its own, with no blank line between the entries, was read as the last line of the
address above it ('..., New York 10036, G. Andrea Vescovi'): such a line is a name (kg.forms.roster_initial_names).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.errors import KgError
from kg.forms.roster_kept_marks import kept_mark
from kg.records import to_dict

_ADDRESS = ("Quillon Securities Incorporated, 1585", "Broadway, New York, New York 10036")
_OCCUPATION = "officer of Quillon Securities Incorporated"


def _ruled(rows: list[tuple[str, str, list[str]]]) -> str:
    """An EDGAR <TABLE> of surname-first names, titles, occupation and address, rows between rules."""
    out = ["<PAGE>", "", "                                    EXHIBIT A", "",
           "     DIRECTORS AND EXECUTIVE OFFICERS OF QUILLON OIP INVESTORS, INC.", "", "<TABLE>",
           "<S>                    <C>                 <C>                                           <C>"]
    for index, (name, wrap, titles) in enumerate(rows):
        if index:
            out.append("-" * 110)
        for k in range(max(len(titles), 2)):
            cells = (name if k == 0 else wrap if k == 1 else "", titles[k] if k < len(titles) else "",
                     _OCCUPATION if k == 0 else "", _ADDRESS[k] if k < 2 else "")
            out.append(f"{cells[0]:<23}{cells[1]:<20}{cells[2]:<46}{cells[3]}".rstrip())
    return "\n".join(out + ["</TABLE>"]) + "\n"


_ROWS = [("HARTWELL-OBAYA, Tarun", "F.", ["Director;", "Chairman of the", "Board"]),
         ("VESCOVI, G. Andrea", "", ["Director;", "President"]),
         ("LINDQVIST, Keith B.", "", ["Director"]),
         ("AMBROSE, Debra M.", "", ["Vice President"])]

_HEAD = """                                  Schedule I
  Directors and Executive Officers of Quillon Holdings, Inc.
     The name, position(s) with Quillon Holdings, Inc., present principal
occupation and business address of each director and executive officer are
set forth below. Each of the persons named below is a citizen of the United
States, except as otherwise stated.
                                  DIRECTORS
                                  ---------
"""
_LETTERED = [("A. Tarun F. Hartwell-Obaya", "Director; Chairman of the Board"), ("B. G. Andrea Vescovi", "Director"),
             ("C. Keith B. Lindqvist", "Director"), ("D. Debra M. Ambrose", "Director"),
             ("E. Lisa A. Fenwick", "Director")]


def _centred(entries: list[tuple[str, str]], blank: str) -> str:
    """Centred names over labelled lines (round 45b's layout); `blank`: what stands between the entries."""
    blocks = [f"{name:^76}".rstrip() + f"\n        Position(s):                    {position}\n"
              "        Principal Occupation:           officer of Quillon Securities\n"
              "                                        Incorporated\n"
              "        Business Address:               Quillon Securities Incorporated\n"
              "                                        1585 Broadway\n"
              "                                        New York, New York 10036\n" for name, position in entries]
    return _HEAD + blank + blank.join(blocks)


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "roster.txt"
    path.write_text(text)
    try:
        return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}
    except KgError:  # (the roster refused whole: no name stated)
        return {}


def test_own_initial_under_a_wrapped_initial_is_kept(tmp_path):
    """Fails on main (Vescovi refused: the wrapped 'F.' of the name above read as the letter before 'G.')."""
    people = _people(tmp_path, _ruled(_ROWS))
    assert set(people) == {"Tarun F. Hartwell-Obaya", "G. Andrea Vescovi", "Keith B. Lindqvist", "Debra M. Ambrose"}
    assert people["G. Andrea Vescovi"]["positions"] == ["Director", "President"]
    assert people["G. Andrea Vescovi"]["address"] == "Quillon Securities Incorporated, 1585 Broadway, New York, New York 10036"


def test_own_initials_in_a_row_are_kept(tmp_path):
    """Fails on main (both refused): 'F. Ross Whitcombe' over 'G. Andrea Vescovi', names of their own (no 'A.' ..
    'E.' above them), the blank lines between the entries kept or gone: both read, each with their own address."""
    entries = [("F. Ross Whitcombe", "Director"), ("G. Andrea Vescovi", "Director")] + [
        (name[3:], position) for name, position in _LETTERED[2:]]
    for blank in ("\n", ""):
        people = _people(tmp_path, _centred(entries, blank))
        assert {"F. Ross Whitcombe", "G. Andrea Vescovi", "Keith B. Lindqvist"} <= set(people), blank
        for person in people.values():
            assert person["address"] == "Quillon Securities Incorporated, 1585 Broadway, New York, New York 10036"


def test_initial_first_name_is_no_line_of_the_address_above(tmp_path):
    """Fails on main ('G. Andrea Vescovi' read as the last line of Ross Whitcombe's address, and not as a person)."""
    entries = [("Ross Whitcombe", "Director"), ("G. Andrea Vescovi", "Director"), ("Keith B. Lindqvist", "Director")]
    people = _people(tmp_path, _centred(entries, ""))
    assert "Vescovi" not in people["Ross Whitcombe"]["address"]
    assert people["G. Andrea Vescovi"]["address"] == "Quillon Securities Incorporated, 1585 Broadway, New York, New York 10036"


def test_entry_letters_without_blank_lines_are_taken_off(tmp_path):
    """Fails on main ('A. Tarun F. Hartwell-Obaya' kept its letter, 'B. G. Andrea Vescovi' read into its address).
    The letters run 'A.' .. 'E.': each is its entry's mark, no initial; 'G.' after 'B.' is Vescovi's own."""
    people = _people(tmp_path, _centred(_LETTERED, ""))
    assert not any(name[:2] in {"A.", "B.", "C.", "D.", "E."} for name in people)
    for name in people:
        assert people[name]["address"] == "Quillon Securities Incorporated, 1585 Broadway, New York, New York 10036"
    assert set(people) <= {"Tarun F. Hartwell-Obaya", "G. Andrea Vescovi", "Keith B. Lindqvist", "Debra M. Ambrose",
                           "Lisa A. Fenwick"}


def test_entry_letters_with_blank_lines_still_read(tmp_path):  # guard: the layout as printed
    people = _people(tmp_path, _centred(_LETTERED, "\n\n"))
    assert {"Tarun F. Hartwell-Obaya", "G. Andrea Vescovi", "Keith B. Lindqvist", "Lisa A. Fenwick"} <= set(people)


def test_run_of_letters_far_apart_and_roman_numerals():
    """A letter is one step of the run when the letters before it stand above it from 'A.' on, however far; a
    roman run ('i.', 'ii.') counts the same way; an initial with no run through its line is the name's own."""
    entry = "\n        Position(s):    Director\n" + "        Business Address:  1 Main Street\n" * 14
    text = "".join(f"   {letter}. Name {letter}{entry}" for letter in "ABCDEFGH") + "   I. Jay S. Fishman" + entry
    at = text.index("I. Jay")
    assert kept_mark(text, at, "I. Jay S. Fishman") is not None
    assert kept_mark(text.replace("   A. Name A", "   Name A"), at, "I. Jay S. Fishman") is None  # (no 'A.')
    roman = "   i. Paul Hatch" + entry + "   ii. Jay S. Fishman" + entry
    assert kept_mark(roman, roman.index("ii. Jay"), "ii. Jay S. Fishman") is not None
    assert kept_mark(roman, roman.index("i. Paul"), "i. Paul Hatch") is not None


def test_lone_initial_a_is_kept():  # guard (round 38h): an 'A.' with no 'B.' below it
    text = "   A. Miriam Cole\n        Position:  Treasurer\n"
    assert kept_mark(text, text.index("A. Miriam"), "A. Miriam Cole") is None

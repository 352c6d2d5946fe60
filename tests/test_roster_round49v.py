"""Round 49v (issue 13): an EDGAR <TABLE> whose title and column captions are letter-spaced typed capitals
('S C H E D U L E   A', 'P R I N C I P A L' over 'O C C U P A T I O N'), underlined with '='; the values plain:
gather81's letter_spaced_captions_table.

What was wrong: no caption was read as a word, so no header was found; a headerless reading guessed the columns
and cut the names wrapped onto a second line ('Nirmal Prabhakar' / '  Narvekar' read as 'Nirmal Prabhakar', a person
who is none) and put occupations among the titles.

What changed: kg/forms/roster_letter_spaced.py (new, its rule kg/patterns/roster_letter_spaced.yml) reads a line
whose every mark is a single character as its words, in place (the same length), from kg/forms/roster_pages.py.

Texts of our own making. Tests marked "fails on main" fail on main 5bc0e3e; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_letter_spaced import without_letter_spacing
from kg.records import to_dict


def _spaced(text: str) -> str:
    return "   ".join(" ".join(word) for word in text.split())


def _row(cells: list[str], widths: list[int]) -> str:
    return "".join(f"{c:<{w}}" for c, w in zip(cells, widths)).rstrip()


WIDTHS = [26, 24, 36, 30]
ROWS = [["Karin Holm", "Chair of the Board", "Professional Board Director", "Strandvejen 12"],
        ["", "", "", "2900 Hellerup"],
        [],
        ["Steen Riisgaard", "Co Vice Chair of the", "Professional Board Director", "Strandvejen 12"],
        ["", "  Board", "", "2900 Hellerup"],
        [],
        ["Nirmal Prabhakar", "Board Director", "CEO of Harvard Management", "Strandvejen 12"],
        ["  Narvekar", "", "  Company", "2900 Hellerup"],
        [],
        ["Francis Michael Cyprian", "Chief Executive", "--", "Strandvejen 12"],
        ["  Cuss", "  Officer", "", "2900 Hellerup"]]


def _table(spaced: bool) -> str:
    word = _spaced if spaced else (lambda text: text)
    title = [f"{word('SCHEDULE A'):^78}".rstrip(), "", f"{word('DIRECTORS OF VESTHAVN A/S'):^78}".rstrip(), "",
             "The name, position, present principal occupation and business address of each director and",
             "executive officer of Vesthavn A/S are set forth below.", ""]
    captions = [_row(["", "", word("PRINCIPAL"), word("BUSINESS")], WIDTHS),
                _row([word("NAME"), word("POSITION"), word("OCCUPATION"), word("ADDRESS")], WIDTHS),
                _row(["=" * (w - 2) for w in WIDTHS], WIDTHS), _row(["<S>", "<C>", "<C>", "<C>"], WIDTHS)]
    rows = [_row(cells, WIDTHS) for cells in ROWS]
    return "\n".join(title + ["<TABLE>", "<CAPTION>", *captions, *rows, "</TABLE>"]) + "\n"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _assert_read(people: dict[str, dict]) -> None:
    assert sorted(people) == ["Francis Michael Cyprian Cuss", "Karin Holm", "Nirmal Prabhakar Narvekar",
                              "Steen Riisgaard"]
    assert {name: p.get("positions")[-1] for name, p in people.items()} == {  # ('Director' first where the title
        "Karin Holm": "Chair of the Board", "Nirmal Prabhakar Narvekar": "Board Director",  # lists directors)
        "Francis Michael Cyprian Cuss": "Chief Executive Officer", "Steen Riisgaard": "Co Vice Chair of the Board"}
    assert people["Nirmal Prabhakar Narvekar"]["other_positions"] == ["CEO of Harvard Management Company"]
    assert people["Karin Holm"]["other_positions"] == ["Professional Board Director"]
    assert {p["address"] for p in people.values()} == {"Strandvejen 12, 2900 Hellerup"}


def test_letter_spaced_captions_read(tmp_path):
    """Fails on main: no header found; names cut at a guessed column ('Nirmal Prabhakar', a person who is none)."""
    _assert_read(_people(tmp_path, _table(spaced=True)))


def test_plain_captions_still_read(tmp_path):
    """Guard: the same table with its captions printed plainly (AIG's, IDT's) reads the same."""
    _assert_read(_people(tmp_path, _table(spaced=False)))


def test_spaced_lines_read_in_place():
    """Fails on main (no module): a caption line's words at their own columns, a heading's words one space apart,
    the same length."""
    caption = "N A M E                   P O S I T I O N         O C C U P A T I O N"
    assert without_letter_spacing(caption, 0, len(caption)) == \
        "NAME                      POSITION                OCCUPATION         "
    title = "        S C H E D U L E   A"
    assert without_letter_spacing(title, 0, len(title)) == "        SCHEDULE A         "


def test_lines_with_words_untouched():
    """Guard: a line with any word printed plainly, or single marks spelling no word of three letters, stays."""
    for line in ["Class A B C shares", "A  B", "N A M E   Position", "(a) (b) (c)", "- - - - -", "I  I"]:
        assert without_letter_spacing(line, 0, len(line)) == line


def test_unread_header_refuses_wrapped_names(tmp_path, monkeypatch):
    """Fails on main: where no header is read (the captions left letter-spaced), the last-resort reader cut the names
    wrapped at a hanging indent ('Nirmal Prabhakar' / '  Narvekar' read as 'Nirmal Prabhakar', a person who is none)
    and took the occupation beside a title cut at 'of the' for the title; now a name with capitalised words under it
    at a hanging indent is not certain and is left out, and no cell after a cut title cell is the title."""
    from kg.forms import roster_pages
    monkeypatch.setattr(roster_pages, "without_letter_spacing", lambda text, start, end: text, raising=False)
    people = _people(tmp_path, _table(spaced=True))
    assert "Nirmal Prabhakar" not in people and "Francis Michael Cyprian" not in people
    assert set(people) <= {"Karin Holm", "Nirmal Prabhakar Narvekar", "Francis Michael Cyprian Cuss", "Steen Riisgaard"}
    assert not people["Steen Riisgaard"].get("positions")

"""Round 46j (issue 13): an HTML table saved as text one cell a line between '|' lines, with a number column, saved
borders and titles one a line; and one HTML table giving each person's offices in two organisations side by side.

(1) St. Paul Travelers' saved cells with a 'No.' column ('(1)' cells before the names): the caption 'No.' named no
name column, so nothing was read; a line of underscores between two rows (a saved border) broke the cells, so nothing
was read; a titles cell's lines ('Director' / 'President') were one title ('Director President') and an address
cell's lines one line ('Suite 500 Chicago, Illinois 60601': the city 'Suite 500 Chicago'). The number column's caption
and marks are passed over, a border is no cell, an address cell keeps its lines apart, and a titles cell's lines are
titles of their own where the column's longest line shows the break (kg.forms.roster_pipe_columns).

(2) 'Name | Position(s) with <Org> | Position(s) with <Sub> | ...': both columns' titles went to one record of <Org>.
The second column's titles are a record of their own, of the organisation its caption names, after the first; an em
dash gives none (kg.forms.roster_org_columns)."""
from __future__ import annotations

import json
from pathlib import Path

import kg
from kg.evaluate import score
from kg.records import to_dict

ROOT = Path(__file__).resolve().parent


def _records(tmp_path: Path, text: str, suffix: str = ".txt") -> list[dict]:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text)
    return to_dict(kg.extract(path)).get("people", [])


def _cells(*lines_per_cell: list[str]) -> list[str]:
    return [line for lines in lines_per_cell for line in ["|", *lines, "|"]]


_SAVED_HEAD = ["EXHIBIT 1", "DIRECTORS AND EXECUTIVE OFFICERS OF", "HARROWGATE HOLDINGS, INC.",
               "The name, citizenship, position with Harrowgate Holdings, Inc., present principal occupation and "
               "business address of each of the directors and executive officers of Harrowgate Holdings, Inc. are set "
               "forth below.", "Harrowgate Holdings, Inc."]


def _saved_roster(numbered: bool, border: bool) -> str:
    heads = [["No."]] if numbered else []
    heads += [["Name"], ["Country of Citizenship"], ["Position(s) with", "Harrowgate Holdings, Inc."],
              ["Present Principal Occupation"], ["Business Address"], ["Shares Beneficially Owned"],
              ["Transactions in the Past", "Sixty Days"]]
    rows = [("Odile Barsby", ["Executive Vice President"]), ("Mervyn J. Tolland", ["Director", "President"]),
            ("Lionel Quarrie", ["Director"])]
    lines = _SAVED_HEAD + _cells(*heads)
    for number, (name, titles) in enumerate(rows, 1):
        lines += _cells(*([[f"({number})"]] if numbered else []), [name], ["United States"], titles, ["None"],
                        ["410 North 200 East,", "Suite 12", "Provo, Utah 84601"], ["0"], ["None"])
        lines += ["_" * 30] if border else []
    return "\n".join(lines) + "\n"


def _by_name(records: list[dict]) -> dict[str, dict]:
    return {r["name"]: r for r in records}


def test_saved_cells_titles_one_a_line_and_address_lines(tmp_path):
    people = _by_name(_records(tmp_path, _saved_roster(numbered=False, border=False)))
    assert people["Mervyn J. Tolland"]["positions"] == ["Director", "President"]
    assert people["Odile Barsby"]["positions"] == ["Executive Vice President"]
    assert {p["address_city"] for p in people.values()} == {"Provo"}
    assert people["Lionel Quarrie"]["bodies"] == ["board of directors"]


def test_saved_cells_number_column_and_borders(tmp_path):
    for numbered, border in ((True, False), (False, True), (True, True)):
        people = _by_name(_records(tmp_path, _saved_roster(numbered, border)))
        assert set(people) == {"Odile Barsby", "Mervyn J. Tolland", "Lionel Quarrie"}, (numbered, border)
        assert people["Mervyn J. Tolland"]["positions"] == ["Director", "President"]
        assert people["Odile Barsby"]["country"] == "US"


def _two_titles_roster(titles: list[str]) -> str:
    return "\n".join(_SAVED_HEAD + _cells(["Name"], ["Position"], ["Business Address"]) + _cells(
        ["Odile Barsby"], titles, ["Provo, Utah 84601"]) + _cells(
        ["Lionel Quarrie"], ["Director"], ["Provo, Utah 84601"])) + "\n"


def test_saved_cells_whole_titles_one_a_line(tmp_path):
    """'Chairman of the Board' / 'Treasurer' in a column no longer than its lines: the width shows nothing, but each
    line is a whole title opening with a capital after a line that ends whole: two titles."""
    people = _by_name(_records(tmp_path, _two_titles_roster(["Chairman of the Board", "Treasurer"])))
    assert people["Odile Barsby"]["positions"] == ["Chairman of the Board", "Treasurer"]
    assert people["Lionel Quarrie"]["positions"] == ["Director"]


def test_saved_cells_title_break_not_shown_is_refused(tmp_path):
    """'Chairman of the Board' / 'President, Harrow': one title or two (and Harrow's what)? Refused."""
    people = _by_name(_records(tmp_path, _two_titles_roster(["Chairman of the Board", "President, Harrow"])))
    assert people["Odile Barsby"]["positions"] in ([], None)
    assert people["Lionel Quarrie"]["positions"] == ["Director"]


def test_st_paul_saved_cells_still_read_whole():
    """Guard: the real St. Paul Travelers roster (saved cells, truncated) reads as before: every value right."""
    folder = ROOT / "data" / "rosters_real" / "dev"
    stem = "html_as_text_pipes_truncated_cells_st_paul_travelers"
    gold = json.loads((folder / f"{stem}.gold.json").read_text(encoding="utf-8"))
    predicted = to_dict(kg.extract(folder / f"{stem}.txt"))
    counts = score({"people": gold["people"]}, {"people": predicted.get("people", [])}).areas["people"]
    assert counts.correct == counts.gold == counts.predicted


def _two_org_table(second_caption: str) -> str:
    head = ["Name", "Position(s) with Harrowgate Holdings, Inc.", second_caption, "Other Present Principal Occupation",
            "Business Address", "Citizenship"]
    rows = [["Odile Barsby", "Executive Vice President", "Director<br>President", "&#8212;",
             "410 North 200 East<br>Provo, Utah 84601", "United States"],
            ["Mervyn J. Tolland", "Director", "&#8212;", "Partner, Tolland &amp; Reeve LLP",
             "22 Kew Road<br>London TW9 2AB<br>United Kingdom", "United Kingdom"]]
    cells = "".join(f"<td><b>{h}</b></td>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return (f"<html><body><p align=\"center\"><b>SCHEDULE A</b></p><p>DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE "
            f"HOLDINGS, INC. AND HHI INVESTMENT HOLDINGS, INC.</p>\n<table>\n<tr>{cells}</tr>\n{body}</table>"
            f"</body></html>\n")


def test_second_titles_column_is_the_named_organisations_record(tmp_path):
    records = _records(tmp_path, _two_org_table("Position(s) with HHI Investment Holdings, Inc."), ".htm")
    barsby = [r for r in records if r["name"] == "Odile Barsby"]
    assert [(r["organization"], r["positions"]) for r in barsby] == [
        ("Harrowgate Holdings, Inc.", ["Executive Vice President"]),
        ("HHI Investment Holdings, Inc.", ["Director", "President"])]
    assert barsby[0]["bodies"] == ["executive officers"]
    assert barsby[1]["address_city"] == "Provo"
    tolland = [r for r in records if r["name"] == "Mervyn J. Tolland"]
    assert [(r["organization"], r["positions"]) for r in tolland] == [("Harrowgate Holdings, Inc.", ["Director"])]


def test_second_titles_column_naming_no_organisation_gives_no_record(tmp_path):
    """Guard: a second titles column whose caption names no organisation ('Other Positions Held') gives no record of
    its own."""
    records = _records(tmp_path, _two_org_table("Position(s) with the Subsidiary"), ".htm")
    assert [r["name"] for r in records].count("Odile Barsby") == 1

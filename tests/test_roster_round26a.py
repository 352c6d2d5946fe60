"""Twenty-sixth round (a), issue 13: a roster held in ONE HTML table row, each column a single cell listing
everyone's values line by line (`<br>`, or a `<p>` a line), the people kept level by empty lines: shown a row per
person where every cell has the same number of lines (kg/read/html_linegrid.py, kg/forms/roster_linegrid.py); where
the counts disagree, a name cell whose lines are several persons' names is not read as one name
(kg/forms/roster_name_guard.py). Texts of our own making, with people of the development rosters
(tests/data/relayout/people_dev.json)."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError

PEOPLE = [("Thomas Sandell", ["Director"], ["Portfolio Manager"], ["40 West 57th Street", "26th Floor",
                                                                   "New York, NY 10019"], "Sweden"),
          ("Daniel Mignon", ["Director"], [], ["Le Prince de Galles", "10 Avenue de Grande-Bretagne",
                                               "MC-98000 Monte-Carlo", "MONACO"], "Belgium"),
          ("Laurent Dassault", ["Director", "Vice Chairman"], ["Chief Executive Officer"],
           ["9 Rond-Point des Champs-Elysees", "75008 Paris", "France"], "France")]
HEAD = ("<html><body><p><b>SCHEDULE A</b></p><p><b>DIRECTORS AND EXECUTIVE OFFICERS OF CASTLERIGG MASTER "
        "INVESTMENTS LTD.</b></p><p>The name, position with Castlerigg Master Investments Ltd., present principal "
        "occupation, business address and citizenship of each director and executive officer of Castlerigg "
        "Master Investments Ltd. are set forth below.</p><table border=\"0\"><tr><td><b>Name</b></td><td><b>"
        "Position with Castlerigg Master Investments Ltd.</b></td><td><b>Present Principal Occupation</b></td><td>"
        "<b>Business Address</b></td><td><b>Citizenship</b></td></tr>")


def _columns(people) -> list[list[str]]:
    """Each column's lines, the people kept level (a cell padded with empty lines) and apart by an empty line."""
    columns: list[list[str]] = [[] for _ in range(5)]
    for count, (name, titles, others, address, country) in enumerate(people):
        cells = [[name], titles, others, address, [country]]
        height = max(len(c) for c in cells)
        for column, cell in zip(columns, cells):
            column += ([""] if count else []) + cell + [""] * (height - len(cell))
    return columns


def _html(columns, paragraphs: bool = False, spacers: bool = False) -> str:
    if paragraphs:
        cells = ["".join(f"<p style=\"margin:0\">{line or '&nbsp;'}</p>" for line in c) for c in columns]
    else:
        cells = ["<br>".join(c) for c in columns]
    spacer = "<td>&nbsp;</td>" if spacers else ""
    head = HEAD.replace("</td><td>", "</td>" + spacer + "<td>")
    return head + "<tr>" + spacer.join(f"<td valign=\"top\">{c}</td>" for c in cells) + "</tr></table></body></html>"


def _extract(tmp_path, html: str):
    path = tmp_path / "schedule_a.htm"
    path.write_text(html, encoding="utf-8")
    return kg.extract(path)


def _assert_each_person_read(filing) -> None:
    got = {p.name: p for p in filing.people}
    assert sorted(got) == sorted(p[0] for p in PEOPLE)
    for name, titles, others, address, country in PEOPLE:
        person = got[name]
        assert person.citizenship == country, name
        assert person.address == ", ".join(address), name
        assert person.positions == titles, name
        assert person.other_positions == others, name


@pytest.mark.parametrize("paragraphs,spacers", [(False, False), (True, False), (False, True)], ids=["br", "p", "spacers"])
def test_one_row_of_cells_kept_level_is_read_a_row_per_person(tmp_path, paragraphs, spacers):
    """Fails on main (c2d5002): the row is one line, every name of the name cell joined into one ('Thomas Sandell
    Daniel Mignon Laurent Dassault') and every address into one; with spacer cells ('&nbsp;') between the columns,
    the first name took everyone's values. A spacer cell prints no line: it does not break the grid."""
    filing = _extract(tmp_path, _html(_columns(PEOPLE), paragraphs, spacers))
    _assert_each_person_read(filing)


def test_cells_whose_line_counts_disagree_name_no_joined_person(tmp_path):
    """Fails on main (c2d5002): with one empty line missing from the citizenship cell, the line index no longer ties
    a line to its person; main lists 'Thomas Sandell Daniel Mignon Laurent Dassault', a person who is none. Here no
    person is read from the row (or the exhibit is refused whole)."""
    columns = _columns(PEOPLE)
    columns[4].remove("")
    try:
        filing = _extract(tmp_path, _html(columns))
    except StructureError:
        return
    for person in filing.people:
        assert sum(name in person.name for name, *_ in PEOPLE) <= 1, person.name


def test_a_row_per_person_with_lines_in_its_cells_is_read_as_before(tmp_path):
    """Guard (passes on main too): a table with a row per person, whose cells hold several lines (an address over
    three lines, two titles), is no grid of lines: each row is read as it is."""
    rows = "".join(f"<tr><td>{name}</td><td>{'<br>'.join(titles)}</td><td>{'<br>'.join(others)}</td>"
                   f"<td>{'<br>'.join(address)}</td><td>{country}</td></tr>"
                   for name, titles, others, address, country in PEOPLE)
    filing = _extract(tmp_path, HEAD + rows + "</table></body></html>")
    _assert_each_person_read(filing)


def test_a_group_without_a_name_leaves_the_row_as_it_is(tmp_path):
    """Fails on main (c2d5002: Daniel Mignon's lines are read onto the joined name): a group of lines with nothing in
    the name cell (a person's values with no name) is no row of its own; the row is not shown a row per person and
    no value lands on another person."""
    columns = _columns(PEOPLE)
    columns[0] = ["" if line == "Daniel Mignon" else line for line in columns[0]]
    try:
        filing = _extract(tmp_path, _html(columns))
    except StructureError:
        return
    for person in filing.people:
        assert person.citizenship != "Belgium" and "MONACO" not in (person.address or ""), person.name


# ---- a header row that prints nothing: the columns the sentence above lists -------------------------------------
LISTING = ("<p>Set forth below, in the columns from left to right, are the name, the citizenship, the business address, "
           "the present position with Castlerigg Master Investments Ltd. and the present principal occupation or "
           "employment (where other than with Castlerigg Master Investments Ltd.) of each director and executive "
           "officer of Castlerigg Master Investments Ltd.</p>")
BLANK_HEAD = "<thead><tr>" + "<td style=\"border-bottom:1px solid #000\">&nbsp;</td>" * 5 + "</tr></thead>"


def _blank_header_html(listing: str, order=(0, 4, 3, 1, 2)) -> str:
    """The people's cells in `order` (indexes into PEOPLE's tuple: name, titles, others, address, country)."""
    rows = "".join("<tr>" + "".join(f"<td>{'<br>'.join(v) if isinstance(v, list) else v or '&nbsp;'}</td>"
                                     for v in (person[i] for i in order)) + "</tr>" for person in PEOPLE)
    return (f"<html><body><p><b>SCHEDULE I</b></p><p><b>DIRECTORS AND EXECUTIVE OFFICERS OF CASTLERIGG MASTER "
            f"INVESTMENTS LTD.</b></p>{listing}<table>{BLANK_HEAD}<tbody>{rows}</tbody></table></body></html>")


@pytest.mark.parametrize("organization", ["Castlerigg Master Investments Ltd.", "Ariel Capital Management, Inc.",
                                          "MLINC and MetLife"])
def test_a_header_printing_nothing_takes_the_columns_the_sentence_lists(tmp_path, organization):
    """Fails on main (c2d5002): the header row prints no words, so no column is known and nobody is read (the
    exhibit is refused whole). Here every column's cells are of the kind its item says; a comma or an 'and' inside
    the organisation's name ('Ariel Capital Management, Inc.', 'MLINC and MetLife') splits no item."""
    listing = LISTING.replace("Castlerigg Master Investments Ltd.", organization)
    filing = _extract(tmp_path, _blank_header_html(listing))
    _assert_each_person_read(filing)


def test_a_sentence_listing_the_columns_in_another_order_is_no_caption(tmp_path):
    """Guard (passes on main too): the sentence lists the citizenship second, but the second column holds the
    addresses: the list is not the columns' order, and no value is read by it (no citizenship is an address)."""
    html = _blank_header_html(LISTING, order=(0, 3, 4, 1, 2))
    try:
        filing = _extract(tmp_path, html)
    except StructureError:
        return
    for person in filing.people:
        assert person.citizenship in (None, dict((p[0], p[4]) for p in PEOPLE).get(person.name)), person.name
        assert "Street" not in (person.citizenship or ""), person.name


def test_side_by_side_paragraphs_are_no_grid_of_lines():
    """Guard (passes on main too): a layout row of two long cells of paragraphs, level line by line (an English and
    a French version side by side), is no roster's grid: its cells keep their lines as before."""
    from kg.read.html import html_to_text

    english = "The Reporting Person acquired the shares for investment purposes in the ordinary course. " * 3
    french = "La personne declarante a acquis les actions a des fins d'investissement dans le cours normal. " * 3
    cells = [f"<p>{text}</p><p>&nbsp;</p><p>{text}</p>" for text in (english, french)]
    text, offsets = html_to_text("<html><body><table><tr>" + "".join(f"<td>{c}</td>" for c in cells)
                                 + "</tr></table></body></html>")
    assert not getattr(offsets, "line_grids", ())
    assert text.count("\n") >= 3

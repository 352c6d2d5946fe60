"""Twenty-fifth round (b), issue 13: HTML of absolutely positioned fragments (a PDF converted to HTML) read page by
page, and what decides a collapsed row's title. Texts of our own making (people, organisations and addresses
invented here).

Before (round 24b) a page number among a table's rows (rows running past the page's foot), a footnote mark raised a
few px above its line, two font sizes on one line, a fragment of several lines (`<br>` inside one `<p>`) or one
such doubt on any page refused the whole document, and fragments placed by the classes of a style sheet
(pdf2htmlEX) were not recognised. Now (kg/read/html_places.py, kg/read/html_lines.py, kg/read/html_positioned.py)
a lone page number first or last on its page is set apart, a line is a band of tops, a raised footnote mark is
not written, a fragment of several lines is split by its line height, class positions are looked up in the style
sheet, and a page whose layout is not certain is left out alone (kg.forms.roster_view.RefusedLayout blanks it).
"""
from __future__ import annotations

import html

import kg
from kg.context import Context
from kg.forms.annex import read_rosters
from kg.read.documents import load
from kg.read.html import html_to_text
from kg.read.sections import find_sections
from kg.records import Filing

LEFTS = (48, 204, 336, 552, 720)
CAPTIONS = [["", "Position with", "Present Principal", "", ""],
            ["Name", "the Company", "Occupation", "Business Address", "Citizenship"]]
ROWS = [
    [["Rosalind K. Vantongeren"], ["Director"], ["Chief Executive Officer,", "Larkspur Dairy Cooperative"],
     ["Larkspur Dairy Cooperative", "17 Orchard Lane", "Madison, Wisconsin 53703"], ["United States"]],
    [["Emeric D. Salvatierra"], ["President and Chief", "Executive Officer"], [],
     ["Quarry Hill Bancorp, Inc.", "400 Granite Street", "Barre, Vermont 05641"], ["United States"]],
    [["Thorvald Brekkeflat"], ["Director"], ["Professor of Geology,", "University of Bergen"],
     ["Allegaten 41", "5007 Bergen, Norway"], ["Norway"]],
]
ORG = "Quarry Hill Bancorp, Inc."
EXPECTED = {
    "Rosalind K. Vantongeren": (["Director"], ["Chief Executive Officer, Larkspur Dairy Cooperative"],
                                "Larkspur Dairy Cooperative, 17 Orchard Lane, Madison, Wisconsin 53703", "United States"),
    "Emeric D. Salvatierra": (["President and Chief Executive Officer"], [],
                              "Quarry Hill Bancorp, Inc., 400 Granite Street, Barre, Vermont 05641", "United States"),
    "Thorvald Brekkeflat": (["Director"], ["Professor of Geology, University of Bergen"],
                            "Allegaten 41, 5007 Bergen, Norway", "Norway"),
}


def _div(left: float, top: float, text: str, style: str = "") -> str:
    return (f'<div style="position:absolute;left:{left}px;top:{top}px;white-space:nowrap{style}"><span '
            f'style="font-family:\'Times New Roman\';font-size:9pt">{html.escape(text)}</span></div>')


def _page(parts: list[str]) -> str:
    return '<div style="position:relative;width:864px;height:1056px">' + "".join(parts) + "</div>"


def _heading(top: int = 96, place=_div) -> list[str]:
    return [place(390, top, "SCHEDULE I"), place(220, top + 26, f"DIRECTORS AND EXECUTIVE OFFICERS OF {ORG.upper()}"),
            place(48, top + 52, f"The following table sets forth the name, present position with {ORG} (the"),
            place(48, top + 65, '"Company"), present principal occupation, business address and citizenship of each'),
            place(48, top + 78, "director and executive officer of the Company.")]


def _table(rows=ROWS, top: int = 200, place=_div) -> list[str]:
    """The caption and rows, one fragment a line of a cell (`place(left, top, text)` makes one)."""
    parts = []
    for caption in CAPTIONS:
        parts += [place(left, top, text) for left, text in zip(LEFTS, caption) if text]
        top += 13
    for row in rows:
        top += 13
        for left, cell in zip(LEFTS, row):
            parts += [place(left, top + 13 * line, text) for line, text in enumerate(cell)]
        top += 13 * max(len(cell) for cell in row)
    return parts


def _document(*pages: str, head: str = "") -> str:
    return f"<html><head><title>Schedule I</title>{head}</head><body>{''.join(pages)}</body></html>"


def _people(tmp_path, source: str) -> dict:
    path = tmp_path / "schedule_i.htm"
    path.write_text(source, encoding="utf-8")
    return {p.name: (p.positions, p.other_positions, p.address, p.citizenship) for p in kg.extract(path).people}


def _read(tmp_path, source: str):
    """The people and findings of a roster exhibit, read as kg.forms.annex.extract reads one."""
    path = tmp_path / "schedule_i.htm"
    path.write_text(source, encoding="utf-8")
    doc = load(path)
    ctx = Context(source=doc.source, text=doc.text, raw=doc.text, layout_refusals=tuple(doc.offsets.layout_refusals))
    filing = Filing(source=doc.source, sections=find_sections(doc.text))
    read_rosters(ctx, filing, None, exhibit=True)
    return filing.people, ctx.warnings


def test_a_page_number_among_the_rows_is_set_apart(tmp_path):
    """Fails on main (nothing read: the page number at 1000 px stands 4 px above a row at 1004 px, tops that chain,
    the document refused): the lone page number, the page's last fragment, is page furniture, not written."""
    source = _document(_page(_heading(800) + _table(top=900) + [_div(426, 1000, "1")]))
    assert _people(tmp_path, source) == EXPECTED
    text, _offsets = html_to_text(source)
    assert text.rstrip().endswith("5007 Bergen, Norway")  # (page furniture: not written)


def test_a_running_header_on_every_page_is_no_part_of_a_row(tmp_path):
    """Fails on main (nothing read: on page 2 the header's top at 40 px chains into the row at 44 px): the same
    text first on every page, alone on its line, is page furniture, not written; written, it was read into the
    position of the row above it ('President and Chief Executive Officer Quarry Hill Bancorp - Schedule 13D')."""
    header = _div(300, 40, "Quarry Hill Bancorp - Schedule 13D")
    page_2 = [_div(left, 44 + 13 * line, text) for left, cell in zip(LEFTS, ROWS[2]) for line, text in enumerate(cell)]
    source = _document(_page([header] + _heading() + _table(ROWS[:2]) + [_div(426, 1000, "1")]),
                       _page([header] + page_2 + [_div(426, 1000, "2")]))
    assert _people(tmp_path, source) == EXPECTED


def test_a_raised_footnote_mark_is_no_part_of_the_title(tmp_path):
    """Fails on main (nothing read: the mark's top 4 px above its line chains): the mark is on the line it is raised
    over, and is not written ('Director', not 'Director1'); the footnote itself is."""
    parts = _table() + [_div(253, 235, "1"), _div(48, 400, "1 Also a director of Larkspur Dairy Cooperative.")]
    source = _document(_page(_heading() + parts + [_div(426, 1000, "1")]))
    assert _people(tmp_path, source) == EXPECTED
    text, _offsets = html_to_text(source)
    assert "Also a director of Larkspur" in text and "Director1" not in text


def test_two_font_sizes_on_one_line(tmp_path):
    """Fails on main (nothing read): the names, in a larger face, stand 4 px above the other cells of their line;
    the line is the band of both tops (the lines before and after stand 9 px and more off)."""
    def place(left, top, text):
        return _div(left, top - 4, text, ";font-size:12pt") if left == 48 and text != "Name" else _div(left, top, text)
    source = _document(_page(_heading() + _table(place=place) + [_div(426, 1000, "1")]))
    assert _people(tmp_path, source) == EXPECTED


def _cells_with_breaks(rows=ROWS, top: int = 200, attributes: str = "") -> list[str]:
    """Each cell one <p> whose lines are joined by <br> (pdftohtml's paragraphs)."""
    parts = []
    for caption in CAPTIONS:
        parts += [_div(left, top, text) for left, text in zip(LEFTS, caption) if text]
        top += 13
    for row in rows:
        top += 13
        parts += [f'<p{attributes} style="position:absolute;left:{left}px;top:{top}px;white-space:nowrap">'
                  + "<br/>".join(html.escape(line) for line in cell) + "</p>" for left, cell in zip(LEFTS, row) if cell]
        top += 13 * max(len(cell) for cell in row)
    return parts


def test_a_fragment_of_several_lines_split_by_its_line_height(tmp_path):
    """Fails on main (nothing read: a fragment of several lines refused the document): each cell is one <p> whose
    lines are joined by <br>, the line height (13 px) in its class of the style sheet; split into its lines."""
    source = _document(_page(_heading() + _cells_with_breaks(attributes=' class="ft1"') + [_div(426, 1000, "1")]),
                       head="<style>.ft1{font-size:12px;line-height:13px;font-family:Times}</style>")
    assert _people(tmp_path, source) == EXPECTED


def test_a_fragment_of_several_lines_on_the_pages_grid(tmp_path):
    """Fails on main (nothing read): no line height given, the page's other lines all stand on a 13 px grid; each
    cell's lines are put on it."""
    source = _document(_page(_heading() + _cells_with_breaks() + [_div(426, 1000, "1")]))
    assert _people(tmp_path, source) == EXPECTED


def test_a_fragment_of_several_lines_off_the_grid_is_refused(tmp_path):
    """Fails on main (a finding about the document, not the page; nothing read on either): with no line height and
    the page's tops on no one grid (a line 7 px off), where the <p>'s lines stand is not certain; the page is left
    out with a finding that says so."""
    parts = _heading() + _cells_with_breaks() + [_div(48, 703, "See note."), _div(426, 1000, "1")]
    people, warnings = _read(tmp_path, _document(_page(parts)))
    assert people == []
    assert any(w.code == "unparsed-section" and "line height is not certain" in w.message for w in warnings)


def test_positions_in_the_style_sheets_classes(tmp_path):
    """Fails on main (nothing read: one fragment a line): pdf2htmlEX's fragments name classes (`t x1 y2`) whose
    rules in the style sheet place them (`position:absolute` in `.t`, `left` in `.x1`, `bottom` in `.y2`: the
    line's height above the page's foot)."""
    xs: dict[float, str] = {}
    ys: dict[float, str] = {}

    def place(left, top, text):
        x, y = xs.setdefault(left, f"x{len(xs)}"), ys.setdefault(top, f"y{len(ys)}")
        return f'<div class="t m0 {x} h2 {y} ff1 fs0">{html.escape(text)}</div>'
    parts = _heading(place=place) + _table(place=place)
    sheet = (".t{position:absolute;white-space:pre}" + "".join(f".{x}{{left:{left}px;}}" for left, x in xs.items())
             + "".join(f".{y}{{bottom:{1056 - top}px;}}" for top, y in ys.items()))
    source = _document('<div class="pf" style="position:relative"><div class="pc">' + "".join(parts) + "</div></div>",
                       head=f"<style>{sheet}</style>")
    assert _people(tmp_path, source) == EXPECTED


def _nudged(left, top, text):  # (two cells of the line at 135 px 5 px lower: tops that chain into the next line)
    return _div(left, top + (5 if left in (204, 552) and top == 135 else 0), text)


def test_a_page_not_certain_leaves_the_other_pages_read(tmp_path):
    """Fails on main (the whole document refused, nothing read): page 2's tops chain; page 1's people are read,
    page 2 is left out with a finding (its person is not read: no value of it lands on anyone)."""
    page_1 = _page(_heading() + _table(ROWS[:2]) + [_div(426, 1000, "1")])
    page_2 = _page(_table(ROWS[2:], top=96, place=_nudged) + [_div(426, 1000, "2")])
    people, warnings = _read(tmp_path, _document(page_1, page_2))
    assert {p.name for p in people} == {"Rosalind K. Vantongeren", "Emeric D. Salvatierra"}
    assert any(w.code == "unparsed-section" and "tops do not group" in w.message for w in warnings)
    got = _people(tmp_path, _document(page_1, page_2))
    assert got == {name: EXPECTED[name] for name in ("Rosalind K. Vantongeren", "Emeric D. Salvatierra")}


def test_tops_that_chain_on_the_only_page_still_refuse_it(tmp_path):
    """Guard (passes on main too): a staircase of tops 4 px apart over three groups is no band; nothing is read."""
    def place(left, top, text):
        return _div(left, top + 4 * LEFTS.index(left) % 12 if top == 239 else top, text)
    people, warnings = _read(tmp_path, _document(_page(_heading() + _table(place=place) + [_div(426, 1000, "1")])))
    assert people == []
    assert any(w.code == "unparsed-section" for w in warnings)


def test_a_number_that_shares_its_line_is_no_page_number(tmp_path):
    """Guard (passes on main too): the page's last fragment '7' on the line of a row's other cells stays in it."""
    rows = [*ROWS[:2], [["Thorvald Brekkeflat"], ["Director"], ["Professor of Geology"], ["Allegaten 41"], ["7"]]]
    text, _offsets = html_to_text(_document(_page(_heading() + _table(rows))))
    assert any(line.startswith("Thorvald Brekkeflat") and line.rstrip().endswith("7") for line in text.split("\n"))


# ---- a collapsed row's title: position or occupation, by the row's own gaps -------------------------------------
COLLAPSED = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF QUARRY HILL BANCORP, INC.

Name  Position with Quarry Hill Bancorp, Inc.  Present Principal Occupation  Business Address  Citizenship
Rosalind K. Vantongeren    Director        400 Granite Street, Barre, Vermont 05641    United States
Emeric D. Salvatierra   President; Chief Executive Officer      400 Granite Street, Barre, Vermont 05641   United States
Thorvald Brekkeflat  Director  Professor of Geology, University of Bergen  Allegaten 41, 5007 Bergen, Norway  Norway
Hartwell P. Ng        Partner, Ng & Osei LLP    12 Canal Street, Boston, Massachusetts 02114    United States
"""


def _text_people(tmp_path, text: str):
    path = tmp_path / "schedule_i.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: (p.positions, p.other_positions) for p in filing.people}, filing


def test_a_collapsed_rows_title_placed_by_the_rows_own_gaps(tmp_path):
    """Fails on main (the titles left out as ambiguous, 'position or occupation?'): each row was joined by one
    separator (4, 3 spaces), an empty cell leaving two side by side; the wider gap after 'Director' holds the empty
    occupation, the one before 'Partner, ...' the empty position."""
    people, _filing = _text_people(tmp_path, COLLAPSED)
    assert people == {"Rosalind K. Vantongeren": (["Director"], []),
                      "Emeric D. Salvatierra": (["President", "Chief Executive Officer"], []),
                      "Thorvald Brekkeflat": (["Director"], ["Professor of Geology, University of Bergen"]),
                      "Hartwell P. Ng": ([], ["Partner, Ng & Osei LLP"])}


def test_gaps_no_whole_number_of_the_separator_leave_the_doubt(tmp_path):
    """Guard (passes on main too): gaps of 4, 6 and 4 spaces are no one separator doubled, and no other row holds
    'Controller'; it could be either, so it is left out with a finding."""
    text = COLLAPSED.replace("Rosalind K. Vantongeren    Director        400",
                             "Rosalind K. Vantongeren    Controller      400")
    people, filing = _text_people(tmp_path, text)
    assert people["Rosalind K. Vantongeren"] == ([], [])
    assert any(w.code == "roster-ambiguous" and "'Controller' in the row of 'Rosalind" in w.message
               for w in filing.warnings)


def test_a_title_placed_where_the_other_rows_put_it(tmp_path):
    """Fails on main ('Director; Treasurer' left out as ambiguous): a row joined by two spaces proves nothing by its
    gaps, but 'Director' stands under the position's caption for certain in Thorvald Brekkeflat's full row; the
    cell's titles are positions."""
    text = COLLAPSED.replace("Hartwell P. Ng        Partner, Ng & Osei LLP    12 Canal Street, Boston, Massachusetts "
                             "02114    United States", "Hartwell P. Ng  Director; Treasurer    12 Canal Street, Boston, "
                             "Massachusetts 02114  United States")
    people, _filing = _text_people(tmp_path, text)
    assert people["Hartwell P. Ng"] == (["Director", "Treasurer"], [])


def test_a_title_the_other_rows_put_under_two_columns_stays_in_doubt(tmp_path):
    """Guard (passes on main too): 'Director' is a position in one full row and an occupation in another; the
    short row's 'Director' (joined by two spaces) is left out."""
    text = COLLAPSED.replace("Professor of Geology, University of Bergen", "Director").replace(
        "Hartwell P. Ng        Partner, Ng & Osei LLP    12 Canal Street, Boston, Massachusetts 02114    United States",
        "Hartwell P. Ng  Director    12 Canal Street, Boston, Massachusetts 02114  United States")
    people, _filing = _text_people(tmp_path, text)
    assert people["Hartwell P. Ng"] == ([], [])


# ---- a definition list: each term's group apart ----------------------------------------------------------------
def test_a_definition_lists_term_opens_a_group(tmp_path):
    """Fails on main (Odile P. West not read, her name taken into the citizenship above: 'United States Odile P.
    West'; a surname that is also a word of an address): no blank line stood between one term's last <dd> and the
    next <dt>; a <dt> now opens a paragraph of its own."""
    groups = "".join(
        f"<dt><b>{name}</b></dt><dd><b>Position with {html.escape(ORG)}:</b> {title}</dd>"
        f"<dd><b>Business Address:</b> 400 Granite Street<br>Barre, Vermont 05641</dd>"
        f"<dd><b>Citizenship:</b> United States</dd>"
        for name, title in [("Rosalind K. Vantongeren", "Director"), ("Hartwell P. Ng", "Treasurer"),
                            ("Odile P. West", "Assistant Secretary")])
    source = (f"<html><body><p><b>SCHEDULE I</b></p><p>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(ORG.upper())}"
              f"</p><dl>{groups}</dl></body></html>")
    path = tmp_path / "schedule_i.htm"
    path.write_text(source, encoding="utf-8")
    people = {p.name: (p.positions, p.citizenship) for p in kg.extract(path).people}
    assert people == {"Rosalind K. Vantongeren": (["Director"], "United States"),
                      "Hartwell P. Ng": (["Treasurer"], "United States"),
                      "Odile P. West": (["Assistant Secretary"], "United States")}


# ---- a footnote under a fixed-width table --------------------------------------------------------------------
FOOTNOTED = """                                                         SCHEDULE I

                             DIRECTORS AND EXECUTIVE OFFICERS OF QUARRY HILL BANCORP, INC.

The following table sets forth the name, present position with Quarry Hill Bancorp, Inc. (the
"Company"), present principal occupation, business address and citizenship of each
director and executive officer of the Company.

                          Position with         Present Principal
Name                      the Company           Occupation                          Business Address            Citizenship

Rosalind K. Vantongeren   Director              Chief Executive Officer,            Larkspur Dairy Cooperative  United States
                                                Larkspur Dairy Cooperative          17 Orchard Lane
                                                                                    Madison, Wisconsin 53703

Emeric D. Salvatierra     President and Chief                                       Quarry Hill Bancorp, Inc.   United States
                          Executive Officer                                         400 Granite Street
                                                                                    Barre, Vermont 05641

Thorvald Brekkeflat       Director              Professor of Geology,               Allegaten 41                Norway
                                                University of Bergen                5007 Bergen, Norway

(1) Also a director of Larkspur Dairy Cooperative.
"""


def test_a_footnote_under_a_fixed_width_table_ends_it(tmp_path):
    """Fails on main (the footnote read as Thorvald Brekkeflat's second position: '(1) Also a director of Larkspur
    Dairy Cooperative.'; the text a positioned page is laid out to, its page number no longer written): a paragraph
    at the margin after the table's columns, a footnote's mark then a sentence of five words or more, ends the
    table as a sentence of prose does."""
    path = tmp_path / "schedule_i.txt"
    path.write_text(FOOTNOTED, encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert not any("Also a director" in value for p in people.values()
                   for value in [*p.positions, *p.other_positions, p.address or ""])
    assert people["Rosalind K. Vantongeren"].positions == ["Director"]


def test_a_row_whose_blank_line_is_not_certain_is_not_read_into_another(tmp_path):
    """Guard (passes on main too, which refuses the page: the tops chain): Rosalind K. Vantongeren's last address
    line 5 px low (270 px) and Emeric D. Salvatierra's name and address 5 px high (286 px, a band with his other
    cells at 291 px): 21 px between the rows' lines is neither one line (13 px) nor a blank line (26 px), and a
    blank line ends a row (in a fuzz of such nudges, a row laid out without one was read into the row above: his
    title, name and address on her). The page is refused; no value lands on another person."""
    def place(left, top, text):
        if text == "Madison, Wisconsin 53703":
            return _div(left, top + 5, text)
        if top == 291 and left in (48, 552):
            return _div(left, top - 5, text)
        return _div(left, top, text)
    people, warnings = _read(tmp_path, _document(_page(_heading() + _table(place=place) + [_div(426, 1000, "1")])))
    for person in people:
        want = EXPECTED[person.name]
        got = (person.positions, person.other_positions, person.address, person.citizenship)
        assert all(not value or value == expected for value, expected in zip(got, want)), person.name
    assert any(w.code == "unparsed-section" for w in warnings)

"""Twenty-fourth round (b), issue 13: a roster in HTML made of absolutely positioned fragments, as a PDF-to-HTML
converter prints a table (the held-out family `absolute_positioned_html`): no <table>, every line of every cell its
own <div> or <p> placed by `left:` / `top:` in its style, one <div> per page. Texts of our own making (people,
organisations and addresses invented here).

Before, each fragment was a line of its own: a row's five cells stood one under the other, the fixed-width reader
saw no columns, and an outside occupation was read as a position with the listed organisation (4 values on the
wrong person in the held-out measurement). Now (kg/read/html_positioned.py) a document whose text is mostly such
fragments is laid out as printed: fragments grouped into lines by their top, each at a column proportional to its
left, every character keeping its source offset; the fixed-width table reader reads it by its captions. When the
layout is not certain (tops that chain, overlapping fragments, a fragment of several lines) nothing is laid out and
no roster is read from the document (kg.forms.roster_view.RefusedLayout): an `unparsed-section` finding says why.
"""
from __future__ import annotations

import html

import pytest

import kg
from kg.context import Context
from kg.errors import StructureError
from kg.forms.annex import read_rosters
from kg.read.documents import load
from kg.read.html import html_to_text
from kg.read.sections import find_sections
from kg.records import Filing

LEFTS = (48, 204, 336, 552, 720)
CAPTIONS = [["", "Position with", "Present Principal", "", ""], ["Name", "the Company", "Occupation",
                                                                  "Business Address", "Citizenship"]]
ROWS = [
    [["Rosalind K. Vantongeren"], ["Director"], ["Chief Executive Officer,", "Larkspur Dairy Cooperative"],
     ["Larkspur Dairy Cooperative", "17 Orchard Lane", "Madison, Wisconsin 53703"], ["United States"]],
    [["Emeric D. Salvatierra"], ["President and Chief", "Executive Officer"], [],
     ["Quarry Hill Bancorp, Inc.", "400 Granite Street", "Barre, Vermont 05641"], ["United States"]],
    [["Thorvald Brekkeflat"], ["Director"], ["Professor of Geology,", "University of Bergen"],
     ["Allegaten 41", "5007 Bergen, Norway"], ["Norway"]],
]
ORG = "Quarry Hill Bancorp, Inc."


def _div(left: float, top: float, text: str, tag: str = "div", unit: str = "px") -> str:
    return (f'<{tag} style="position:absolute;left:{left}{unit};top:{top}{unit};white-space:nowrap"><span '
            f'style="font-family:\'Times New Roman\';font-size:9pt">{html.escape(text)}</span></{tag}>')


def _document(rows=ROWS, lefts=LEFTS, marker: bool = False, tag: str = "div", unit: str = "px",
              nudge: float = 0.0) -> str:
    """The roster as a converter prints it; `nudge` moves every second cell of each row's first line down."""
    parts = [_div(390, 96, "SCHEDULE I", tag, unit), _div(220, 122, f"DIRECTORS AND EXECUTIVE OFFICERS OF "
                                                                     f"{ORG.upper()}", tag, unit),
             _div(48, 148, f"The following table sets forth the name, present position with {ORG} (the", tag, unit),
             _div(48, 161, '"Company"), present principal occupation, business address and citizenship of each',
                  tag, unit), _div(48, 174, "director and executive officer of the Company.", tag, unit)]
    top = 200
    for caption in CAPTIONS:
        parts += [_div(left, top, text, tag, unit) for left, text in zip(lefts, caption) if text]
        top += 13
    for number, row in enumerate(rows, 1):
        top += 13
        height = max(len(cell) for cell in row)
        if marker:
            parts.append(_div(lefts[0], top, f"{number}.", tag, unit))
        for column, (left, cell) in enumerate(zip(lefts, row)):
            left = left + 24 if marker and column == 0 else left
            for line, text in enumerate(cell):
                parts.append(_div(left, top + 13 * line + (nudge if line == 0 and column % 2 else 0), text,
                                  tag, unit))
        top += 13 * height
    parts.append(_div(426, 1000, "1", tag, unit))
    page = '<div style="position:relative;width:864px;height:1056px;page-break-after:always">' + "".join(parts)
    return f"<html><head><title>Schedule I</title></head><body>{page}</div></body></html>"


def _extract(tmp_path, source: str, name: str = "schedule_i.htm"):
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return kg.extract(path)


def _read(tmp_path, source: str):
    """The people and findings of a roster exhibit, read as kg.forms.annex.extract reads one (with its findings
    when no one is read)."""
    path = tmp_path / "schedule_i.htm"
    path.write_text(source, encoding="utf-8")
    doc = load(path)
    ctx = Context(source=doc.source, text=doc.text, raw=doc.text,
                  layout_refusals=tuple(doc.offsets.layout_refusals))
    filing = Filing(source=doc.source, sections=find_sections(doc.text))
    read_rosters(ctx, filing, None, exhibit=True)
    return filing.people, ctx.warnings


ONE_LINE_ROWS = [
    [["Rosalind K. Vantongeren"], ["Director"], ["Chairman"], ["Larkspur Dairy Cooperative"], ["United States"]],
    [["Emeric D. Salvatierra"], ["Director"], ["Chief Executive"], ["Quarry Hill Bancorp, Inc."], ["United States"]],
    [["Thorvald Brekkeflat"], ["Director"], ["Retired Chairman"], ["Allegaten 41"], ["Norway"]],
    [["Ottoline M. Farquharson"], ["Director"], ["Partner"], ["Farquharson Hale LLP"], ["United States"]],
]


def test_an_outside_occupation_is_no_position_with_the_company(tmp_path):
    """Fails on main (values on the wrong person): one fragment a line, each row read as a block under its name:
    Emeric D. Salvatierra's occupation 'Chief Executive' was read as his position with the listed company, the
    first person was lost. Laid out as printed, each cell is in its column."""
    filing = _extract(tmp_path, _document(rows=ONE_LINE_ROWS))
    got = {p.name: (p.positions, p.other_positions, p.address, p.citizenship) for p in filing.people}
    assert got == {"Rosalind K. Vantongeren": (["Director"], ["Chairman"], "Larkspur Dairy Cooperative", "United States"),
                   "Emeric D. Salvatierra": (["Director"], ["Chief Executive"], "Quarry Hill Bancorp, Inc.",
                                             "United States"),
                   "Thorvald Brekkeflat": (["Director"], ["Retired Chairman"], "Allegaten 41", "Norway"),
                   "Ottoline M. Farquharson": (["Director"], ["Partner"], "Farquharson Hale LLP", "United States")}


def test_positioned_fragments_read_as_the_table_they_print(tmp_path):
    """Fails on main (nothing read): one fragment a line, the cells of a row wrapped over several lines stood one
    under the other and no reader took them for a roster."""
    filing = _extract(tmp_path, _document())
    by_name = {p.name: p for p in filing.people}
    assert set(by_name) == {"Rosalind K. Vantongeren", "Emeric D. Salvatierra", "Thorvald Brekkeflat"}
    assert by_name["Rosalind K. Vantongeren"].positions == ["Director"]
    assert by_name["Rosalind K. Vantongeren"].other_positions == ["Chief Executive Officer, Larkspur Dairy Cooperative"]
    assert by_name["Emeric D. Salvatierra"].positions == ["President and Chief Executive Officer"]
    assert by_name["Emeric D. Salvatierra"].other_positions == []
    assert by_name["Thorvald Brekkeflat"].citizenship == "Norway"
    assert by_name["Thorvald Brekkeflat"].address == "Allegaten 41, 5007 Bergen, Norway"
    assert {p.organization for p in filing.people} == {ORG}


def test_positioned_paragraphs_in_points_read_alike(tmp_path):
    """Fails on main (nothing read): <p> fragments placed in pt (a converter's other output) read as the table they
    print."""
    filing = _extract(tmp_path, _document(tag="p", unit="pt", lefts=tuple(x * 3 / 4 for x in LEFTS)))
    by_name = {p.name: p for p in filing.people}
    assert by_name["Rosalind K. Vantongeren"].other_positions == ["Chief Executive Officer, Larkspur Dairy Cooperative"]
    assert by_name["Emeric D. Salvatierra"].positions == ["President and Chief Executive Officer"]


def test_numbered_rows_a_marker_fragment_before_the_name(tmp_path):
    """Fails on main (nothing read): '1.' is a fragment of its own left of the name; laid out one space before the
    name ('1. Rosalind K. Vantongeren'), the number is no column and no part of the name."""
    filing = _extract(tmp_path, _document(marker=True))
    assert [p.name for p in filing.people] == ["Rosalind K. Vantongeren", "Emeric D. Salvatierra",
                                               "Thorvald Brekkeflat"]
    assert filing.people[2].other_positions == ["Professor of Geology, University of Bergen"]


def test_the_layout_keeps_each_characters_source_offset(tmp_path):
    """Fails on main (the cells of a row on lines of their own): the row is one line, in its columns, and every
    character of it points at the same character in the source; a person's name span is the name in the file."""
    source = _document()
    text, offsets = html_to_text(source)
    line = next(line for line in text.split("\n") if line.startswith("Rosalind K. Vantongeren"))
    assert line.split()[-2:] == ["United", "States"] and "  Director  " in line
    start = text.index(line)
    for at in range(start, start + len(line)):
        if not text[at].isspace():
            assert source[offsets[at]] == text[at]
    filing = _extract(tmp_path, source)
    person = next(p for p in filing.people if p.name == "Thorvald Brekkeflat")
    begin, end = person.spans["name"]  # (a span of the document's text; its offsets map it to the file)
    assert text[begin:end] == "Thorvald Brekkeflat" and source[offsets[begin]:offsets[end - 1] + 1] == text[begin:end]


def test_tops_that_chain_are_refused_with_a_finding(tmp_path):
    """Fails on main (no finding; nothing read there either): the second and fourth cells of each row stand 5 px below the others,
    so the tops of a line do not group; nothing is laid out, no person is read, and a finding says why."""
    people, warnings = _read(tmp_path, _document(nudge=5))
    assert people == []
    assert any(w.code == "unparsed-section" and "tops do not group" in w.message for w in warnings)
    with pytest.raises(StructureError):
        _extract(tmp_path, _document(nudge=5))


def test_overlapping_fragments_are_refused_with_a_finding(tmp_path):
    """Fails on main (no finding; nothing read there either): columns 20 px apart cannot hold their text; no person is read."""
    people, warnings = _read(tmp_path, _document(lefts=(48, 68, 88, 108, 128)))
    assert people == []
    assert any(w.code == "unparsed-section" and "overlap" in w.message for w in warnings)


def test_html_with_a_few_positioned_elements_is_read_as_before(tmp_path):
    """Guard (passes on main too): a table with a positioned page number and logo is no positioned document; its
    text is the converter's usual text."""
    table = "".join(f"<tr><td>{name}</td><td>{title}</td><td>United States</td></tr>" for name, title in
                    [("Rosalind K. Vantongeren", "Director"), ("Emeric D. Salvatierra", "President")])
    source = (f"<html><body><p><b>SCHEDULE I</b></p><p>DIRECTORS AND EXECUTIVE OFFICERS OF {ORG.upper()}</p>"
              f"<table><tr><th>Name</th><th>Position</th><th>Citizenship</th></tr>{table}</table>"
              + _div(426, 1000, "1") + _div(40, 20, "Quarry Hill") + "</body></html>")
    text, offsets = html_to_text(source)
    assert "Rosalind K. Vantongeren | Director | United States" in text
    assert getattr(offsets, "layout_refusals", []) == []  # (main has no such notes)
    assert {p.name for p in _extract(tmp_path, source).people} == {"Rosalind K. Vantongeren", "Emeric D. Salvatierra"}


def test_text_outside_the_pages_keeps_its_place(tmp_path):
    """Fails on main (nothing read): a heading printed as ordinary HTML before the page of fragments stays a line
    of its own above the laid-out page."""
    source = _document().replace("<body>", "<body><p>EXHIBIT 99.1</p>")
    text, _offsets = html_to_text(source)
    assert text.startswith("EXHIBIT 99.1\n")
    assert len(_extract(tmp_path, source).people) == 3


def test_loose_text_among_the_fragments_of_a_page_is_refused(tmp_path):
    """Fails on main (no finding; nothing read there either): text with no place of its own inside a page (not
    positioned) could stand on any line: nothing is laid out, no person is read."""
    source = _document().replace('font-size:9pt">Director</span></div>', 'font-size:9pt">Director</span></div>'
                                 '<span>see note</span>', 1)
    people, warnings = _read(tmp_path, source)
    assert people == []
    assert any(w.code == "unparsed-section" and "no place of its own" in w.message for w in warnings)


def test_a_long_paragraph_after_the_page_leaves_the_page_laid_out(tmp_path):
    """Fails on main (an outside occupation read as a position, two persons lost): ordinary HTML after the page of
    fragments, more text than the page holds, leaves the page as printed (a page is laid out by its own text)."""
    note = ("To the knowledge of the Company, during the last five years none of the persons listed above has been "
            "convicted in a criminal proceeding or been a party to a civil proceeding of a judicial or administrative "
            "body of competent jurisdiction as a result of which such person was or is subject to a judgment, decree "
            "or final order enjoining future violations of, or prohibiting or mandating activities subject to, "
            "federal or state securities laws, or finding any violation with respect to such laws. ") * 3
    source = _document(rows=ONE_LINE_ROWS).replace("</body>", f"<p>{note}</p></body>")
    filing = _extract(tmp_path, source)
    by_name = {p.name: p for p in filing.people}
    assert len(by_name) == 4
    assert by_name["Emeric D. Salvatierra"].positions == ["Director"]
    assert by_name["Emeric D. Salvatierra"].other_positions == ["Chief Executive"]

"""Twenty-second round (a), issue 13: two layouts that read nothing before this round.

A Markdown pipe table (GitHub-flavoured Markdown, as a PDF-to-Markdown converter prints a roster): the '<br>' in
its cells made the sniffer take the text file for HTML, and no reader knew the table. Now kg.read.markdown finds
the tables, the sniffer leaves '<br>' in their rows out of its count, and kg.forms.roster_markdown shows the
document as an HTML table reads (cells by unescaped pipes, '<br>' a line of the cell, escapes and markup undone,
spans into the file) for the table readers to read the columns by their captions. A continuation table with an
empty header row continues the columns above only when it has as many; else its rows are refused with a finding.

A proxy-style biography under a 'NAME, 61' line: the prose reader (kg/forms/roster_prose.py) now takes the name
line (the age is no part of the name) and the paragraphs under it up to the next name line as the entry's;
sentences whose subject is the honorific and surname of that name or a pronoun state its values ('has served as
<titles> of <Org> since 1996', 'His present principal occupation is ...', 'His business address is ...', 'He is a
citizen of ...'); what the person did before ('; before that, he was ...', 'Previously, ...') is no value, and
a pronoun after a sentence about someone else is not read.

Each test fails on main 08cb342 unless its docstring says it is a guard (passes on both).
"""
from __future__ import annotations

import pytest
import relayout
from conftest import DATA

import kg
from kg.errors import StructureError
from kg.read.documents import kind_of

ROSTERS = relayout.load_rosters(DATA / "relayout" / "people_dev.json")


def _extract(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _render(tmp_path, family: str, options: relayout.Options, roster: int = 0):
    suffix, text, people = relayout.DEV_FAMILIES[family](ROSTERS[roster], options)
    return _extract(tmp_path, f"{family}{suffix}", text), people, text


def _same_people(filing, expected) -> None:
    got = {p.name.casefold(): p for p in filing.people}
    assert sorted(got) == sorted(p["name"].casefold() for p in expected)
    for want in expected:
        person = got[want["name"].casefold()]
        assert person.positions == want["positions"], person.name
        assert person.other_positions == want["other_positions"], person.name
        assert person.citizenship == want["citizenship"], person.name
        assert person.address_city == want["address_city"], person.name


# ---- Markdown pipe tables -----------------------------------------------------------------------------------
MD_HEAD = """# SCHEDULE I

**DIRECTORS AND EXECUTIVE OFFICERS OF HALDEN MARINE CORPORATION**

| Name | Position with Halden Marine Corporation | Present Principal Occupation | Business Address | Citizenship |
|:---|:---|---|---|:---:|
"""
ROW_VASQUEZ = ("| 1\\. Oriana P. Vasquez-Lind | Director | Senior Counsel, Brisk\\_Tallow LLP | 18 Quay Street<br>"
               "Portland, Maine 04101 | United States |\n")
ROW_SZALAI = ("| 2\\. Teodor K. Szalai | Chief Financial Officer |  | One Halden Plaza<br>Bath, Maine 04530 | "
              "Hungary |\n")
ROW_SLOANE = ("| 3\\. Lucinda M. Sloane | Director | Professor, Coastline University | 4 Harbor Road<br>Camden, Maine "
              "04843 | United Kingdom |\n")


def test_a_markdown_table_family_is_read_by_its_captions(tmp_path):
    filing, expected, _text = _render(tmp_path, "markdown_table", relayout.Options())
    _same_people(filing, expected)


def test_br_in_markdown_table_rows_leaves_a_text_file_text():
    """Three '<br>' made the sniffer call the file HTML; those in a pipe table's rows are the table's."""
    assert kind_of(MD_HEAD + ROW_VASQUEZ + ROW_SZALAI + ROW_SLOANE) == "text"


def test_markdown_escapes_are_undone_and_spans_point_into_the_file(tmp_path):
    text = MD_HEAD + ROW_VASQUEZ + ROW_SZALAI + ROW_SLOANE
    filing = _extract(tmp_path, "md.txt", text)
    got = {p.name: p for p in filing.people}
    assert set(got) == {"Oriana P. Vasquez-Lind", "Teodor K. Szalai", "Lucinda M. Sloane"}
    vasquez = got["Oriana P. Vasquez-Lind"]
    assert vasquez.other_positions == ["Senior Counsel, Brisk_Tallow LLP"]
    assert vasquez.address == "18 Quay Street, Portland, Maine 04101" and vasquez.citizenship == "United States"
    assert got["Teodor K. Szalai"].positions == ["Chief Financial Officer"]
    assert got["Teodor K. Szalai"].other_positions == [] and got["Teodor K. Szalai"].citizenship == "Hungary"
    start, end = vasquez.spans["name"]
    assert text[start:end] == "Oriana P. Vasquez-Lind"  # (in the file as printed, after '1\\. ')


def test_a_continuation_table_with_an_empty_header_continues_the_same_columns(tmp_path):
    text = MD_HEAD + ROW_VASQUEZ + "\n<!-- page 2 -->\n\n|  |  |  |  |  |\n|:---|:---|---|---|:---:|\n" \
        + ROW_SZALAI + ROW_SLOANE
    filing = _extract(tmp_path, "md.txt", text)
    got = {p.name: p for p in filing.people}
    assert set(got) == {"Oriana P. Vasquez-Lind", "Teodor K. Szalai", "Lucinda M. Sloane"}
    assert got["Lucinda M. Sloane"].citizenship == "United Kingdom"
    assert got["Lucinda M. Sloane"].other_positions == ["Professor, Coastline University"]


def test_a_continuation_table_with_other_columns_is_refused(tmp_path):
    """Four columns under an empty header after a five-column table: which is which is unknown."""
    shifted = "| 4\\. Kenneth J. Marlow | Director | Retired | Canada |\n"
    text = MD_HEAD + ROW_VASQUEZ + ROW_SZALAI + "\n<!-- page 2 -->\n\n|  |  |  |  |\n|---|---|---|---|\n" + shifted
    filing = _extract(tmp_path, "md.txt", text)
    assert {p.name for p in filing.people} == {"Oriana P. Vasquez-Lind", "Teodor K. Szalai"}
    assert any(w.code == "unparsed-section" and "empty header row" in w.message for w in filing.warnings)


def test_a_row_with_more_cells_than_its_header_is_refused(tmp_path):
    extra = "| 4\\. Kenneth J. Marlow | Director | Retired | Bath, Maine | United States | Canada |\n"
    filing = _extract(tmp_path, "md.txt", MD_HEAD + ROW_VASQUEZ + extra + ROW_SLOANE)
    assert {p.name for p in filing.people} == {"Oriana P. Vasquez-Lind", "Lucinda M. Sloane"}
    assert any(w.code == "unparsed-section" and "6 cells" in w.message for w in filing.warnings)


def test_a_pipe_table_rows_grammar():
    """Cells split at unescaped pipes only; an alignment row needs as many cells as the header (kg.read.markdown,
    new this round)."""
    from kg.read import markdown
    line = "| A \\| B | c<br>d |  |"
    assert [line[s:e] for s, e in markdown.split_row(line)] == ["A \\| B", "c<br>d", ""]
    assert markdown.alignment_cells("|:---|---:|:---:|") == 3 and markdown.alignment_cells("------") == 0
    assert markdown.find_tables(["| a | b |", "|---|---|---|", "| x | y |"]) == []


def test_a_pipe_row_layout_without_alignment_row_is_no_markdown_table(tmp_path):
    """Guard: the inline pipe rows family (no alignment row) is read as before."""
    filing, expected, text = _render(tmp_path, "inline_pipe_rows", relayout.Options())
    assert not [line for line in text.split("\n") if line.startswith("|") and set(line) <= set("|:- ")]
    _same_people(filing, expected)


# ---- proxy biographies under a 'NAME, age' line ---------------------------------------------------------------
@pytest.mark.parametrize("options", [relayout.Options(), relayout.Options(upper_last_first=True, rules=True),
                                     relayout.Options(numbered=True, page_break_in=1)])
def test_proxy_biographies_under_name_and_age_lines(tmp_path, options):
    filing, expected, _text = _render(tmp_path, "proxy_biography_pronouns", options)
    _same_people(filing, expected)
    values = [v for p in filing.people for v in p.positions + p.other_positions]
    assert not [v for v in values if "Whitcombe" in v or "Northgate" in v or "Larkspur" in v]  # (former employment)
    assert not [p.name for p in filing.people if any(ch.isdigit() for ch in p.name)]  # (the age is no part of it)


BIO_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALDEN MARINE CORPORATION

"""
BIOS = BIO_HEAD + """ORIANA P. VASQUEZ-LIND, 58
    Ms. Vasquez-Lind has served as Director of Halden Marine Corporation since
1999. Previously, she was President of Brisk Shipping Inc. Her present principal
occupation is Senior Counsel, Brisk, Tallow & Orme. Her business address is 18
Quay Street, Portland, Maine 04101. She is a citizen of the United States.

TEODOR K. SZALAI, 47
    Mr. Szalai has served as Chief Financial Officer of Halden Marine Corporation
since 2004. Mr. Ostrander, his predecessor, is a director of Coastline Bank. He
is a citizen of Canada. His business address is One Halden Plaza, Bath, Maine
04530.

LUCINDA M. SLOANE, 63
    Ms. Sloane has served as Director of Halden Marine Corporation since 2001; before
that, she was Treasurer of the Halvorsen Foundation.

    Her present principal occupation is Professor of Naval Architecture, Coastline
University. She is a citizen of the United Kingdom.
"""


def test_a_pronoun_after_a_sentence_about_someone_else_is_not_read(tmp_path):
    filing = _extract(tmp_path, "bios.txt", BIOS)
    got = {p.name.casefold(): p for p in filing.people}
    szalai = got["teodor k. szalai"]
    assert szalai.positions == ["Chief Financial Officer"]
    assert szalai.citizenship is None and szalai.address is None  # ('He' could be Mr. Ostrander)
    assert not [v for p in filing.people for v in p.positions + p.other_positions if "Coastline Bank" in v]


def test_former_employment_is_no_value_and_a_second_paragraph_is_the_same_persons(tmp_path):
    filing = _extract(tmp_path, "bios.txt", BIOS)
    got = {p.name.casefold(): p for p in filing.people}
    vasquez, sloane = got["oriana p. vasquez-lind"], got["lucinda m. sloane"]
    assert vasquez.positions == ["Director"] and vasquez.other_positions == ["Senior Counsel, Brisk, Tallow & Orme"]
    assert vasquez.address_city == "Portland" and vasquez.citizenship == "United States"
    assert sloane.positions == ["Director"]
    assert sloane.other_positions == ["Professor of Naval Architecture, Coastline University"]
    assert sloane.citizenship == "United Kingdom"
    values = [v for p in filing.people for v in p.positions + p.other_positions]
    assert not [v for v in values if "Brisk Shipping" in v or "Halvorsen" in v]


def test_a_table_followed_by_biographies_is_still_read_from_the_table(tmp_path):
    """Guard: 'has served as' reads only under a name line; the director table with biography paragraphs after it
    (proxy_age_director_since) is read from its table as before."""
    filing, expected, _text = _render(tmp_path, "proxy_age_director_since", relayout.Options())
    _same_people(filing, expected)


def test_a_name_and_age_line_alone_is_no_entry(tmp_path):
    """Guard: name lines with nothing under them that states a value give no person."""
    text = BIO_HEAD + "ORIANA P. VASQUEZ-LIND, 58\n    Joined the board in 1999.\n\n" \
        "TEODOR K. SZALAI, 47\n    Joined the company in 2004.\n"
    try:
        filing = _extract(tmp_path, "names.txt", text)
    except StructureError:
        return
    assert not [p for p in filing.people if p.positions or p.other_positions or p.citizenship or p.address]

"""Thirty-first round (a), issue 13: two fixed-width tables under one set of rulers (the executive officers under
'Name | Title | Business Address | Citizenship', then the directors under 'Name | Principal Occupation | ...'): the
second table is read under ITS OWN header, never the first's; where its columns are not the first's, its rows are
refused. Texts of our own making. Each test marked "fails on main" failed on main 526da9c and passes here; the guards
pass on both and protect precision."""
from __future__ import annotations

import kg

RULE = "------------------------- ----------------------------- ----------------------------- ---------------"
WIDTHS = (26, 30, 30, 15)


def _read(tmp_path, text: str):
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


def _cells(*columns: list[str]) -> list[str]:
    height = max(len(c) for c in columns)
    rows = []
    for index in range(height):
        cells = [(c[index] if index < len(c) else "") for c in columns]
        rows.append("".join(f"{cell:<{w}}" for cell, w in zip(cells, WIDTHS)).rstrip())
    return rows


def _head(middle: list[str]) -> list[str]:
    top = f"{'Name':^25} {middle[0]:^29} {'Business Address':^29} {'Citizenship':^15}".rstrip()
    return [top] + ([f"{'':26}{middle[1]:^29}".rstrip()] if len(middle) > 1 else [])


OFFICERS = [("Ruth A. Calloway", ["Chief Executive"], ["Harrow Mills, Inc.", "100 Mill Road", "Dayton, Ohio 45402"],
             "United States")]
DIRECTORS = [("Owen B. Strand", ["Chief Executive"], ["Strand Partners", "9 Elm Street", "Boston, MA 02108"], "United States"),
             ("Inga M. Falk", ["Partner, Falk &", "Berg LLP"], ["Falk & Berg LLP", "20 Park Lane", "Chicago, IL 60601"],
              "Sweden")]


def _schedule(markers: bool = True, org: str = "HARROW MILLS, INC.", directors_rule: str = RULE,
              directors: list | None = None, preamble: str = "", officers: list | None = None) -> str:
    lines = [f"{'Page 20 of 27 Pages':>80}", f"{'SCHEDULE A':^80}".rstrip(), "",
             f"{'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS':^80}".rstrip(), ""]
    tables = [(f"{org} EXECUTIVE OFFICERS", ["Title"], OFFICERS if officers is None else officers, RULE),
              (f"{org} DIRECTORS", ["Principal", "Occupation"], directors or DIRECTORS, directors_rule)]
    for index, (heading, middle, people, rule) in enumerate(tables):
        if index:
            lines += ["", "<PAGE>" if markers else "\f", f"{'Page 21 of 27 Pages':>80}", ""]
        lines += [f"{heading:^80}".rstrip(), ""] + ([f"          {preamble}", ""] if index and preamble else [])
        lines += (["<TABLE>", "<CAPTION>", rule, f"{'<S>':<26}{'<C>':<30}{'<C>':<30}<C>"] if markers else [rule])
        lines += _head(middle) + [rule]
        for name, occupation, address, citizenship in people:
            lines += _cells([name], occupation, address, [citizenship]) + [rule]
        lines += [] if people else [f"{'':8}NONE", rule]
        lines += ["</TABLE>"] if markers else []
    return "\n".join(lines) + "\n"


def test_second_tables_rows_are_read_under_its_own_header(tmp_path):
    """Fails on main: the directors' 'Principal Occupation' cells were read under the officers' 'Title' caption, so
    'Chief Executive' (the officer's title) became a title of a director in the listed organisation. The directors'
    heading after the page break ('HARROW MILLS, INC. DIRECTORS') is no title of the officer above it."""
    people, _ = _read(tmp_path, _schedule())
    calloway = people["Ruth A. Calloway"]
    assert calloway.other_positions == [] and calloway.address_city == "Dayton"
    strand = people["Owen B. Strand"]
    assert strand.positions == ["Director"]
    assert strand.other_positions == ["Chief Executive"]
    assert people["Inga M. Falk"].positions == ["Director"]
    assert people["Ruth A. Calloway"].positions == ["Chief Executive"]


def test_header_between_the_first_two_rules_gives_the_columns_their_roles(tmp_path):
    """Fails on main: with no <S>/<C> markers, the header printed between the table's first two dashed rules was not
    taken as the header, and the officer's citizenship was lost (read as something else)."""
    people, _ = _read(tmp_path, _schedule(markers=False))
    calloway = people["Ruth A. Calloway"]
    assert calloway.citizenship == "United States"
    assert calloway.positions == ["Chief Executive"]
    assert people["Inga M. Falk"].citizenship == "Sweden"


def test_organisation_named_before_the_bodies_in_the_last_heading(tmp_path):
    """Fails on main: the title ('... DIRECTORS AND EXECUTIVE OFFICERS' over 'POWER CORPORATION OF CANADA
    EXECUTIVE OFFICERS') gave the words after the 'of' inside the name: 'Canada'."""
    people, _ = _read(tmp_path, _schedule(org="POWER CORPORATION OF CANADA"))
    assert {p.organization for p in people.values()} == {"Power Corporation of Canada"}


def test_second_table_with_columns_of_its_own_is_refused(tmp_path):
    """Fails on main: a second header whose rules start elsewhere (columns of its own) was read under the first
    table's columns. Its rows are refused now, with a finding; the first table's row is kept."""
    shifted = "---------------------------------- -------------------- ----------------------------- ----------"
    people, filing = _read(tmp_path, _schedule(directors_rule=shifted))
    assert "Owen B. Strand" not in people and "Inga M. Falk" not in people
    assert people["Ruth A. Calloway"].positions == ["Chief Executive"]
    assert any(w.code == "roster-ambiguous" and "columns of its own" in w.message for w in filing.warnings)


def test_second_tables_header_repeated_after_a_page_break_goes_on_with_the_entry(tmp_path):
    """Fails on main (the directors read under the officers' header): the second table's header repeated after a
    page break is that table's header again, not one more table of its own: the entry the page broke goes on."""
    text = _schedule()
    broken = "Falk & Berg LLP"
    head = "\n".join(_head(["Principal", "Occupation"]))
    at = text.index(broken)
    line_end = text.index("\n", at)
    text = text[:line_end] + f"\n\n<PAGE>\n{'Page 22 of 27 Pages':>80}\n\n{RULE}\n{head}\n{RULE}" + text[line_end:]
    people, _ = _read(tmp_path, text)
    falk = people["Inga M. Falk"]
    assert falk.positions == ["Director"]
    assert falk.citizenship == "Sweden"
    assert "Chicago" in (falk.address or "")


def test_one_tables_header_repeated_after_a_page_break_is_its_own_again(tmp_path):
    """Guard (passes on both): one table whose header repeats after a page break, the row the page broke going on
    under it: one entry, its address whole, its title and citizenship its own."""
    head = "\n".join(_head(["Title"]))
    lines = [f"{'SCHEDULE A':^80}".rstrip(), "", f"{'HARROW MILLS, INC. EXECUTIVE OFFICERS':^80}".rstrip(), "", "<TABLE>",
             "<CAPTION>", RULE, f"{'<S>':<26}{'<C>':<30}{'<C>':<30}<C>", head, RULE, *_cells(["Ruth A. Calloway"], ["Chief Executive"], ["Harrow Mills, Inc."], ["United States"]),
             "", "<PAGE>", f"{'Page 21 of 27 Pages':>80}", "", RULE, head, RULE,
             *_cells([""], [""], ["100 Mill Road", "Dayton, Ohio 45402"], [""]), RULE,
             *_cells(["Owen B. Strand"], ["Treasurer"], ["Harrow Mills, Inc.", "100 Mill Road", "Dayton, Ohio 45402"],
                     ["Canada"]), RULE]
    people, _ = _read(tmp_path, "\n".join(lines) + "\n")
    assert set(people) == {"Ruth A. Calloway", "Owen B. Strand"}
    assert people["Ruth A. Calloway"].positions == ["Chief Executive"]
    assert people["Owen B. Strand"].positions == ["Treasurer"]
    assert people["Owen B. Strand"].citizenship == "Canada"


def test_a_dash_alone_in_a_cell_is_an_empty_cell_not_a_dash_after_a_name(tmp_path):
    """Fails on main: the directors' empty occupation cells ('--', between wide gaps) made the roster read as
    'Name -- ...' paragraphs: only the rows with a dash were read, and their citizenship ran into the address."""
    directors = [("Owen B. Strand", ["--"], ["9 Elm Street", "Boston, MA 02108"], "United States"),
                 ("Inga M. Falk", ["--"], ["20 Park Lane", "Chicago, IL 60601"], "Sweden")]
    people, _ = _read(tmp_path, _schedule(directors=directors))
    assert set(people) == {"Ruth A. Calloway", "Owen B. Strand", "Inga M. Falk"}
    assert people["Inga M. Falk"].citizenship == "Sweden"
    assert people["Inga M. Falk"].address_city == "Chicago"
    assert people["Inga M. Falk"].positions == ["Director"]


def test_organisation_of_one_word_named_before_the_bodies_where_the_text_says_whose(tmp_path):
    """Fails on main: 'LINDQVIST EXECUTIVE OFFICERS' under the title gave no organisation (one word, no legal form);
    the text after it says whose the directors are ('each director of Lindqvist')."""
    people, _ = _read(tmp_path, _schedule(org="LINDQVIST", preamble="The following table sets forth the name of each "
                                                                  "director of Lindqvist."))
    assert {p.organization for p in people.values()} == {"Lindqvist"}


def test_a_heading_of_one_word_before_bodies_names_no_organisation_unless_the_text_says_so(tmp_path):
    """Guard (passes on both): 'INDEPENDENT DIRECTORS' names no organisation: nothing says whose they are."""
    people, _ = _read(tmp_path, _schedule(org="INDEPENDENT"))
    assert "Independent" not in {p.organization for p in people.values()}


def test_second_header_after_a_table_whose_only_row_is_none(tmp_path):
    """Fails on main: after an officers' grid whose only row is 'NONE', the directors were read under the officers'
    'Title' caption (their occupations as titles in the organisation, no 'Director' seat from the heading)."""
    people, _ = _read(tmp_path, _schedule(officers=[]))
    assert set(people) == {"Owen B. Strand", "Inga M. Falk"}
    assert people["Owen B. Strand"].positions == ["Director"]
    assert people["Owen B. Strand"].other_positions == ["Chief Executive"]

"""Held-out re-layout families, seventy-sixth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (09:25-09:29 UTC by `date`) by helper session gather76 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring; the real files are listed in tests/data/rosters_real/SOURCES.md),
printing the other persons the way that filing prints its own, with only the small differences two law firms'
filings show (widths, label words, heading and preamble wording, name order and case, numbering, page breaks). The
four rosters are the ones least used by the earlier close-variant sets (each twice; the oldest latest use first):
BSCI (heldout38, 44), E.ON (41, 47), Power Corporation (23, 47) and AIG (24, 47).

- employer_address_caption_citizens_after_table: BSCI's Exhibit 1.1, an EDGAR <TABLE> Name | Present Principal
  Occupation or Employment | Name of Employer | Address of Employer under bottom-aligned captions, the titles
  joined beside the organisation's short name as employer, the address stacked, the citizenship in a sentence
  after the table.
- legend_letters_closing_rules_one_matrix: E.ON's 2003 Schedule 6(a), a 'Legend:' of letters, ONE matrix of
  Company and every letter, the names stacked in their role's column, 'N/A' where none, a dashed rule closing the
  row as the real one does.
- lettered_keys_capacity_blocks_value_column_11: Power Corporation's 2005 Exhibit A, blocks keyed '(a)' to '(e)'
  at the margin with the values from column 11, the capacity words, the offices with the organisation's full name.
- dotted_exhibit_a_table_citizens_after: AIG's 2006 Exhibit A, the three lines of dots, the centred 'EXHIBIT A'
  and title, a bare <S>/<C> table Name | Title | Occupation | Business Address, the titles joined 'A and B', the
  citizenship in a sentence after the table.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order, the address
whole; where a sentence gives the default citizenship, that default as printed on the persons it covers; no
citizenship where options.citizenship is False (none is printed then). E.ON's matrix prints roles only: the legend
words of each column a person is in as his positions, nothing else (as gather41's family and E.ON's gold).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import (
    Options,
    Roster,
    _letter_codes,
    _wrap_rows,
    centre,
    edgar_marks,
    expected,
    printed_name,
    wrap_lines,
    wrap_words,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout38 import _bottom_caption, _defined_term
from relayout_heldout41 import _flag_label
from relayout_heldout47 import _capacity
from relayout_heldout73 import _joined


def _people(roster: Roster, options: Options, **override) -> list[dict]:
    """Every person's expected values in roster order; the sentence's default citizenship where it covers him."""
    return [expected(p, roster.organization, options, **{**_citizenship_by_default(p, roster, options), **override})
            for p in roster.people]


def _citizens_sentence(roster: Roster, lead: str) -> str:
    """'<lead> a citizen of the United States, except A, who is a citizen of Canada.'"""
    default, country = _most_common_citizenship(roster)
    others = [p for p in roster.people if not _covered(p, country, default)]
    return f"{lead} {_is_citizen(default)}" + (f", except {_named_exceptions(others)}." if others else ".")


def _page(options: Options) -> str:
    return "<PAGE>" if options.markers else "\f"


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


# ---- 1. BSCI: Name | Occupation | Name of Employer | Address of Employer, citizens after the table -----------------
def employer_address_caption_citizens_after_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Bear Stearns Companies Inc.'s Exhibit 1.1 (tests/data/rosters_real/dev/text_fixed5col_employer_
    bsci.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1058444/000095013506005955/b62468scexv1w1.txt):
    '<PAGE>', 'EXHIBIT 1.1' at the right margin, the centred title in the real words 'IDENTITY AND BACKGROUND OF
    <TERM>'S DIRECTORS AND OFFICERS' (wrapped where long), the real preamble ('To the knowledge of the Reporting
    Persons, the following represents the names, present principal occupations or employment, and the names and
    addresses of the employers, of the directors and officers of <Org> ("<Term>").'), the sub-heading '<Term>'s
    Directors and Officers', then an EDGAR <TABLE><CAPTION> with the real bottom-aligned centred captions, a dashed
    underline as long as each caption's last line: Name | Present Principal / Occupation or Employment | Name of
    Employer | Address of Employer, <S>/<C>; the titles held in the organisation joined 'A, B and C' in the
    occupation cell with the organisation's short name beside them as the employer, the outside occupations
    '; '-joined on the lines under them (their employers in their words, the employer cell empty); '--' in an empty cell; the
    person's address one line a line in the last cell; a blank line between rows. No principal business of the
    employer (the rosters do not give it). Where the layout prints a citizenship, one sentence AFTER the table
    ('Each of the individuals listed above is a citizen of the United States, except A, who is a citizen of
    Canada.'; National Grid's postamble place). Varies from gather38's `employer_name_column_table` ('EXHIBIT 2',
    'Business Address' underlined the column's width, the address one comma-joined string wrapped, the citizenship
    in the preamble, '1.') and gather44's `employer_tables_by_section` (a table per section, each title on a line
    of its own, the citizenship in the preamble, widths 24 | width | 24 | 28) in: the real title and 'Address of
    Employer' words, the caption underlines, the stacked address, the sentence after the table, the widths
    (22 | max(26, width - 6) | 20 | 34) and '(1)' numbering. Variants: '(1)' before the name; 'SURNAME, Given'; a
    row of '=' between rows when ruled; no tags without markers; a page break (options.page_break_in) after that
    person's row: the table closed, the centred '-2-', '<PAGE>' (a form feed without markers), the sub-heading with
    '(continued)' and the table reopened (with its captions if the header repeats)."""
    org = roster.organization
    term = _defined_term(org)
    widths = [22, max(26, options.width - 6), 20, 34]
    labels = [["Name"], ["Present Principal", "Occupation or Employment"], ["Name of Employer"],
              ["Address of Employer"]]
    caption = _bottom_caption(labels, widths, underline="last")
    marks = [edgar_marks(widths)] if options.markers else []
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + marks
    lines = (["<PAGE>", ""] if options.markers else []) + [f"{'EXHIBIT 1.1':>80}", ""]
    lines += [centre(line) for line in wrap_lines(f"IDENTITY AND BACKGROUND OF {term.upper()}'S DIRECTORS AND "
                                                  f"OFFICERS", 66)] + [""]
    lines += wrap_lines(f"To the knowledge of the Reporting Persons, the following represents the names, present "
                        f"principal occupations or employment, and the names and addresses of the employers, of the "
                        f"directors and officers of {org} (\"{term}\").", 80) + ["", f"{term}'s Directors and Officers",
                                                                                  ""]
    lines += head
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        occupation: list[str] = []
        employer: list[str] = []
        if person["positions"]:
            occupation = wrap_lines(_joined(person["positions"]), widths[1] - 2)
            employer = wrap_lines(term, widths[2] - 2)
            occupation += [""] * (len(employer) - len(occupation))
        if person["other_positions"]:
            occupation += wrap_lines("; ".join(person["other_positions"]), widths[1] - 2)
        address = [piece for line in person["address"] for piece in wrap_lines(line, widths[3] - 1, " ")]
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        lines += _wrap_rows([wrap_lines(name, widths[0] - 2, "  "), occupation or ["--"], employer or ["--"],
                             address or ["--"]], widths)
        if index == count - 1:
            break
        lines.append("=" * (sum(widths) - 2) if options.rules else "")
        if options.page_break_in == index:
            lines += (["</TABLE>"] if options.markers else []) + ["", centre("-2-"), _page(options), "",
                                                                    f"{term}'s Directors and Officers (continued)",
                                                                    ""]
            lines += head if options.repeat_header else (["<TABLE>"] + marks if options.markers else [])
    lines += ["</TABLE>"] if options.markers else []
    if options.citizenship:
        lines += ["", *wrap_lines(_citizens_sentence(roster, "Each of the individuals listed above is"), 80)]
    return ".txt", _done(lines), _people(roster, options)


# ---- 2. E.ON 2003: the legend of letters, one matrix, a dashed rule closing the row -----------------------------
def legend_letters_closing_rules_one_matrix(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After E.ON's Form U5S Exhibit F, Schedule 6(a) as of 2003-12-31 (tests/data/rosters_real/dev/text_matrix_
    legend_letters_multi_company_eon_2003.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1136808/
    000089808004000343/ex99-25.txt): the title 'Exhibit F, Schedule 6(a):  E.ON Group Officers and Directors as of'
    with its date indented two on the next line, a 'Legend:' block ('Legend:  A = ...', the further letters under
    the first), then an EDGAR <TABLE><CAPTION> between two full dashed rules with 'Company' and the letters centred
    over their columns, <S>/<C>, one row per company, the persons holding a role stacked one name a line in that
    role's column, 'N/A' where none, and a dashed rule under every row. The other persons printed that way (one
    organisation, so one company row, the company named on its first line, wrapping in its cell). The choices in
    which this family differs: the title 'Exhibit F, Schedule 6(c):  <Org> Officers and Directors as of' / '  December
    31, 2006' (wrapped at 78); the roles are the roster's bodies in the order met, each letter's words its member's
    title ('A = Director', 'B = Executive Officer', ...; a person in no body under a letter for his first title);
    the widths 31 | 25 | 24 | 26 | 25 ... as E.ON's; the closing rule after the row always (gather41's
    `legend_letters_role_columns`: 'Schedule I:', widths 31 | 26, the rule only when ruled, '1.' names), ONE matrix
    with every letter and the company on the row's first line (gather47's `split_matrix_centred_company_cells`:
    halves of two letters, the company in the middle, 'Member, <Board>' words, '=' rules). Variants: 'SURNAME,
    Given'; '(1)' before the name; a blank line before the closing rule when ruled; no tags without markers; a page
    break (options.page_break_in) after that person's line in the first column he is stacked in: the centred '-2-',
    '<PAGE>' (a form feed without markers), and the caption again if the header repeats. Expected: the legend words
    of each column a person is in as his positions, nothing else."""
    org = roster.organization
    roles: list[str] = []
    role_of: list[list[str]] = []
    for person in roster.people:
        own = [_flag_label(b) for b in person["bodies"]] or [person["positions"][0] if person["positions"]
                                                             else "Member"]
        roles += [r for r in own if r not in roles]
        role_of.append(own)
    letters = _letter_codes(len(roles))
    cycle = [25, 24, 26]
    widths = [31] + [cycle[i % 3] for i in range(len(roles))]
    rule = "-" * sum(widths)
    caption = [rule, "".join(f"{h:^{w}}" for h, w in zip(["Company", *letters], widths)).rstrip(), rule]
    title = wrap_lines(f"Exhibit F, Schedule 6(c):  {org} Officers and Directors as of", 78)
    lines = title + ["  December 31, 2006", "", ""]
    lines += [f"{'Legend:' if i == 0 else '':<9}{letter} = {role}" for i, (letter, role) in enumerate(zip(letters,
                                                                                                        roles))]
    lines += ["", *(["<TABLE>", "<CAPTION>"] if options.markers else []), *caption]
    if options.markers:
        lines.append(edgar_marks(widths))
    columns: list[list[tuple[int, str]]] = [[] for _ in roles]
    for index, (person, own) in enumerate(zip(roster.people, role_of)):
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        for role in own:
            width = widths[1 + roles.index(role)] - 2
            columns[roles.index(role)] += [(index, piece) for piece in wrap_lines(name, width, "  ")]
    cells = [wrap_lines(org, 29)] + [[piece for _, piece in column] or ["N/A"] for column in columns]
    rows = _wrap_rows(cells, widths)
    if options.page_break_in is not None:
        column = next((c for c in columns if any(index == options.page_break_in for index, _ in c)), [])
        at = [row for row, (index, _) in enumerate(column) if index == options.page_break_in]
        if at and at[-1] + 1 < len(rows):
            rows[at[-1] + 1:at[-1] + 1] = ["", centre("-2-", 78), _page(options), ""] + (
                caption if options.repeat_header else [])
    lines += rows + ([""] if options.rules else []) + [rule]
    if options.markers:
        lines.append("</TABLE>")
    people = [expected(p, org, options, positions=own, other_positions=[], citizenship=None, country=None,
                       address=None, address_city=None, address_country=None)
              for p, own in zip(roster.people, role_of)]
    return ".txt", _done(lines), people


# ---- 3. Power Corporation 2005: '(a)' to '(e)' keys, values from column 11 ---------------------------------------
def lettered_keys_capacity_blocks_value_column_11(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's 2005 Exhibit A (tests/data/rosters_real/dev/labelled_list_power_
    corporation_2005.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1265430/000120621205000159/
    m17453a9exv99wa.txt): '<PAGE>', 'Exhibit A' at the right margin, three blank lines, the title indented nine
    'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', the preamble whose first line is indented nine ('The (i) name, (ii)
    title, (iii) country of citizenship, (iv) principal occupation and (v) principal business address of each of
    the directors and executive officers of <Org> are listed below.'), then one block per person: each key at the
    margin and its value from column 11, a value's further lines under it; (ii) the capacity ('Director', 'Director
    and Executive Officer'), (iv) the offices held and the outside occupations '; '-joined and wrapping, (v) the
    address one line a line; a blank line between blocks; '<PAGE>' with two blank lines either side between two
    blocks. The other persons printed that way; the choices in which this family differs: the keys lettered '(a)'
    to '(e)' (to '(d)' without the citizenship, the preamble saying so); the offices as '<Office>, <Org>' in the
    organisation's full name; 'Exhibit A' kept, the title and preamble in the real words. gather23's
    `roman_keyed_field_lines` ('Schedule A', the keys reordered with the citizenship last, values at 9, '*' rows,
    the page breaking inside a block) and gather47's `roman_keyed_capacity_blocks` ('EXHIBIT B', '(i)'..'(iv)' keys
    at 8, '<Office>, <Term>', '1.' alone above a block, a short hyphen rule) differ from it in at least the keys,
    the value column and the heading. Variants: '1.' before the name value ('(a)        1. Laurent Dassault');
    'SURNAME, Given'; a row of 40 '-' at the margin under a block when ruled; a page break (options.page_break_in)
    after that person's block: '<PAGE>' (a form feed without markers) and 'Exhibit A (continued)' at the right
    margin if the header repeats. Expected (as Power Corp's gold and gather47's family): the capacity words as
    positions, then the titles held in the organisation; the outside occupations as other positions."""
    org = roster.organization
    keys = ["(a)", "(b)", "(c)", "(d)", "(e)"]
    fields = ["name", "title", "country of citizenship", "principal occupation", "principal business address"]
    if not options.citizenship:
        del fields[2]
    listed = ", ".join(f"{k} {f}" for k, f in zip(keys, fields[:-1])) + f" and {keys[len(fields) - 1]} {fields[-1]}"
    lines = (["<PAGE>", ""] if options.markers else []) + [f"{'Exhibit A':>78}", "", "", ""]
    lines += [" " * 9 + line for line in wrap_lines(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)]
    lines += [""] + wrap_words(f"The {listed} of each of the directors and executive officers of {org} are listed "
                               f"below.", 77, first=" " * 9)
    lines.append("")
    people = []
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        capacity = _capacity(person)
        said = {c.casefold() for c in capacity}
        offices = [f"{t}, {org}" for t in person["positions"] if t.casefold() not in said]
        jobs = offices + person["other_positions"] or [f"{capacity[0]}, {org}"]
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        values = [[name], [" and ".join(capacity) if person["bodies"] else "; ".join(capacity)]]
        if options.citizenship:
            values.append([person["citizenship"]])
        values.append(wrap_lines("; ".join(jobs), options.width + 32))
        values.append([piece for line in person["address"] for piece in wrap_lines(line, 66)] or ["--"])
        for key, value in zip(keys, values):
            lines += [f"{key:<11}{value[0]}"] + [f"{'':11}{line}" for line in value[1:]]
        if options.rules:
            lines.append("-" * 40)
        if index < count - 1:
            lines.append("")
            if options.page_break_in == index:
                lines += ["", _page(options), "", ""] + ([f"{'Exhibit A (continued)':>78}", "", ""]
                                                         if options.repeat_header else [])
        positions = [c for c in capacity if c.casefold() not in {t.casefold() for t in person["positions"]}] \
            if person["bodies"] else []
        people.append(expected(person, org, options, positions=positions + list(person["positions"])))
    return ".txt", _done(lines), people


# ---- 4. AIG 2006: the dots, 'EXHIBIT A', a bare <S>/<C> table, the citizens after it ------------------------------
def dotted_exhibit_a_table_citizens_after(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After AIG's 2006 Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/909815/000095012306004856/y19970a5exv99wa.txt): '<PAGE>', three lines
    holding only '.' at the right margin, the centred 'EXHIBIT A' and 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>',
    then a <TABLE> with bare <S>/<C> markers and no caption: name | title | occupation outside the organisation
    (';'-separated, wrapping; the cell empty where there is none) | the business address as ONE comma-joined string
    wrapped wherever the column ends; a blank line between rows; no preamble. The other persons printed that way;
    the choices in which this family differs: the titles joined 'A, B and C' ('; ' where one has a comma or 'and')
    wrapping in a title column 22 wide; the widths 23 | 22 | width + 10 | 44 (AIG 23 | 20 | 44 | 43); where the
    layout prints a citizenship, one sentence after the table ('All of the persons listed above are citizens of the
    United States, except A, who is a citizen of Canada.' in IDT's and UCSG's words). Varies from gather24's
    `edgar_four_column_citizenship_after_title` (a caption, 'SCHEDULE A', a preamble, the citizenship in parentheses
    after the title) and gather47's `headerless_four_column_title_lines` (no dots, 'EXHIBIT 99.1' at the margin,
    the title over two lines, one title a line, the citizenship before the table, '(1)') in the dots, the heading,
    the joined titles, the sentence's place and the widths. Variants: '1.' before the name; 'SURNAME, Given'; a
    dashed line between rows when ruled; a page break (options.page_break_in) after that person's row: the table
    closed, the centred page number, '<PAGE>' (a form feed without markers), the three dotted lines again if the
    header repeats, and the table reopened with its <S>/<C> line."""
    org = roster.organization
    widths = [23, 22, options.width + 10, 44]
    marks = ["<TABLE>", edgar_marks(widths)] if options.markers else []
    dots = [f"{'.':>79}"] * 3
    lines = (["<PAGE>"] if options.markers else []) + dots + ["", centre("EXHIBIT A", 82), ""]
    lines += [centre(line, 82) for line in wrap_lines(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 72)]
    lines += [""] + marks
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        cells = [wrap_lines(name, widths[0] - 2, "  "), wrap_lines(_joined(person["positions"]), widths[1] - 2),
                 wrap_lines("; ".join(person["other_positions"]), widths[2] - 2),
                 wrap_lines(", ".join(person["address"]), widths[3] - 1)]
        lines += _wrap_rows(cells, widths)
        if index == count - 1:
            break
        lines.append("-" * (sum(widths) - 2) if options.rules else "")
        if options.page_break_in == index:
            lines += (["</TABLE>"] if options.markers else []) + ["", centre("A-2"), _page(options)]
            lines += (dots + [""] if options.repeat_header else [""]) + marks
    lines += ["</TABLE>"] if options.markers else []
    if options.citizenship:
        default, country = _most_common_citizenship(roster)
        others = [p for p in roster.people if not _covered(p, country, default)]
        plural = _is_citizen(default).replace("a citizen of", "citizens of").replace(" citizen", " citizens")
        if plural.startswith("a "):
            plural = plural[2:]
        lines += ["", *wrap_lines(f"All of the persons listed above are {plural}" + (
            f", except {_named_exceptions(others)}." if others else "."), 80)]
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {
    "employer_address_caption_citizens_after_table": employer_address_caption_citizens_after_table,
    "legend_letters_closing_rules_one_matrix": legend_letters_closing_rules_one_matrix,
    "lettered_keys_capacity_blocks_value_column_11": lettered_keys_capacity_blocks_value_column_11,
    "dotted_exhibit_a_table_citizens_after": dotted_exhibit_a_table_citizens_after,
}

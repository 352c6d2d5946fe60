"""Held-out re-layout families, hundred-and-ninth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (14:24-14:28 UTC by `date`) by helper session gather109 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring; the real files are listed in tests/data/rosters_real/SOURCES.md),
printing the other persons the way that filing prints its own, with only the small differences two law firms'
filings show (widths, label words, heading and preamble wording, name order and case, numbering, page breaks).

The rosters: counting the family bullets of the close-variant sections heldout23 ... heldout106 by the roster each
is built on (siblings together), MSDW stands at five, ConAgra, IDT, Trilogy, AIG, Power Corporation, BSCI, Harvard,
SBC, Smith Barney, Micron, National Grid and Refac at four, every other roster at three. Of those at three, the ones
last used longest ago: E.ON (heldout41, 47, 76), Canopy (24, 51, 79), Deutsche Acquisition (26, 55, 79) and Scout
Capital (29, 55, 82; MetLife also 32, 55, 82, its first use later).

- eon_2002_legend_rule_company_over_names_blank_rows: E.ON's 2002 Schedule 6(a), the title wrapped at 80, the
  'Legend:' with the stray '------' under its first line and the further letters indented 18, ONE matrix Company |
  A | B ... at widths 40 | 21 ..., the company on the row's first line and the names stacked from the line under
  it, 'N/A' where none, two blank lines after the row.
- canopy_controlling_persons_term_sentences_26_14: Canopy's exhibit, the real title 'Directors and Executive
  Officers, and Controlling Persons' with 'of <Org> ("<Term>")' under it, blocks of name, address lines,
  'Principal Occupation:' at 26 as an honorific sentence with the short term and 'He/She is also ...' sentences,
  'Citizenship:' at 14.
- deutsche_officers_directors_merger_sub_citizens_after_table: Deutsche Acquisition's Exhibit 3, the real
  centred 'Officers and Directors', the real indented preamble defining '("Merger Sub")', an EDGAR <TABLE> 'Name
  and Address' | 'Title and Principal Occupation', the name over its address lines at 38, the citizenship in a
  sentence AFTER the table.
- scout_real_order_number_column_segmented_rule_every_row: Scout Capital's Exhibit I, the real column order No. |
  NAME | CITIZENSHIP | BUSINESS ADDRESS | PRESENT PRINCIPAL OCCUPATION, the number '1.' always, the titles and 'of
  <Org>' stacked under the name, the segmented dashed rule and a blank line after every row (as the real one).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order, the address
whole; where a sentence gives the default citizenship (Deutsche's), that default as printed on the persons it
covers, an exception's own; no citizenship where options.citizenship is False (none is printed then). E.ON's matrix
prints roles only: the legend words of each column a person is in as his positions, nothing else (as gather41's and
gather76's families and E.ON's gold).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import (
    Options,
    Roster,
    _full_stop,
    _letter_codes,
    _wrap_rows,
    centre,
    edgar_marks,
    expected,
    printed_name,
    wrap_lines,
    wrap_words,
)
from relayout_heldout14 import _WOMEN
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout24 import _honorific
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout38 import _defined_term
from relayout_heldout41 import _flag_label
from relayout_heldout51 import _article, _sentence_list
from relayout_heldout55 import _and_titles


def _page(options: Options, tag: str = "<PAGE>") -> str:
    return tag if options.markers else "\f"


def _done(lines: list[str]) -> str:
    """The lines as one text, trailing blanks dropped (a form feed kept: it is the page break)."""
    return "\n".join(line.rstrip(" ") for line in lines).rstrip(" \n") + "\n"


def _own(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


def _by_default(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options, **_citizenship_by_default(p, roster, options))
            for p in roster.people]


def _citizens_sentence(roster: Roster, lead: str) -> str:
    """'<lead> a citizen of the United States, except A, who is a citizen of Canada.'"""
    default, country = _most_common_citizenship(roster)
    others = [p for p in roster.people if not _covered(p, country, default)]
    return f"{lead} {_is_citizen(default)}" + (f", except {_named_exceptions(others)}." if others else ".")


def _number(index: int, options: Options) -> str:
    return f"{index + 1}) " if options.numbered else ""


# ---- 1. E.ON 2002: the legend with its stray rule, one matrix, the company over the names, blank rows ----------
def eon_2002_legend_rule_company_over_names_blank_rows(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After E.ON's Form U5S Exhibit F, Schedule 6(a) as of 2002-12-31 (tests/data/rosters_real/dev/text_split_
    matrix_centred_cells_eon_2002.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1136808/000089808003000343/
    ex9921.txt): the title 'Exhibit F, Schedule  6(a):  E.ON Group Officers and Directors as of December 31,' wrapped
    where it reaches 80 (the year on the next line), two blank lines, 'Legend:  A = ...' with the stray '------'
    under it and the further letters indented 18 (the real's), then an EDGAR <TABLE><CAPTION>, 'Company' and the
    letters centred over their columns, one full dashed rule under them, <S>/<C>; the company cell with its name
    (wrapped in 38) and the persons holding a role stacked one name a line in that role's column, 'N/A' where none;
    two blank lines after the row (the real's, no rule). The company on the row's first line with the names from the
    line under it (the real's 'Aviga GmbH' and 'Bergemann GmbH' rows). Widths 40 | 21 | 21 ... (the real's <C> at
    40 and 61). The roles: one letter per body of the roster in the order met, in the member's title words
    ('A = Director', 'B = Executive Officer'; a person in no body under a letter for his first title).
    The choices in which this family differs: from gather41's `legend_letters_role_columns` (after the 2003 sibling:
    'Schedule I:' title, the 2003 legend, widths 31 | 26, the names on the company's line, '1.') in the title, the
    legend's layout, the widths, the company over the names and the numbering; from gather47's
    `split_matrix_centred_company_cells` (halves of two letters each its own table, the company in the middle of its
    row, 'Member, <Board>' words, officers first, widths 38 | 25, '=' rules, '(continued)' title) in one matrix, the
    company's place, the legend's words and order, the widths and the rules; from gather76's
    `legend_letters_closing_rules_one_matrix` (the 2003 title and legend, widths 31 | 25 | 24, the names on the
    company's line, a dashed rule closing the row, '(1)') in the legend's layout, the widths, the company over the
    names, no closing rule and the numbering. Variants: '1) ' before the name; 'SURNAME, Given'; a dashed rule
    after the row when ruled; no tags without markers; a page break (options.page_break_in) after that person's
    line in the first column he is stacked in: the table closed, '<PAGE>' (a form feed without markers), the title's
    first words with '(continued)', and the table reopened (with its caption if the header repeats). Expected: the
    legend words of each column a person is in as his positions, nothing else."""
    org = roster.organization
    roles: list[str] = []
    role_of: list[list[str]] = []
    for person in roster.people:
        own = [_flag_label(b) for b in person["bodies"]] or [person["positions"][0] if person["positions"]
                                                             else "Member"]
        roles += [r for r in own if r not in roles]
        role_of.append(own)
    letters = _letter_codes(len(roles))
    widths = [40] + [21] * len(roles)
    rule = "-" * sum(widths)
    caption = ["".join(f"{h:^{w}}" for h, w in zip(["Company", *letters], widths)).rstrip(), rule]
    marks = [edgar_marks(widths)] if options.markers else []
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + marks
    lines = wrap_lines(f"Exhibit F, Schedule  6(d):  {org} Officers and Directors as of December 31, 2004", 80)
    lines += ["", ""]
    for i, (letter, role) in enumerate(zip(letters, roles)):
        lines.append(f"Legend:  {letter} = {role}" if i == 0 else f"{'':<18}{letter} = {role}")
        if i == 0:
            lines.append("------")
    lines += ["", "", ""] + head
    columns: list[list[tuple[int, str]]] = [[] for _ in roles]
    for index, (person, own) in enumerate(zip(roster.people, role_of)):
        name = _number(index, options) + printed_name(person, options)
        for role in own:
            width = widths[1 + roles.index(role)] - 2
            columns[roles.index(role)] += [(index, piece) for piece in wrap_lines(name, width, "  ")]
    company = wrap_lines(org, 38)
    pad = [""] * len(company)
    cells = [company] + [pad + ([piece for _, piece in column] or ["N/A"]) for column in columns]
    rows = _wrap_rows(cells, widths)
    if options.page_break_in is not None:
        column = next((c for c in columns if any(index == options.page_break_in for index, _ in c)), [])
        at = [row for row, (index, _) in enumerate(column) if index == options.page_break_in]
        if at and len(company) + at[0] + 1 < len(rows):
            cut = len(company) + at[0] + 1
            reopen = head if options.repeat_header else (["<TABLE>"] + marks if options.markers else [])
            rows[cut:cut] = (["</TABLE>"] if options.markers else []) + ["", _page(options), "",
                                                                        "Exhibit F, Schedule  6(d) (continued)",
                                                                        ""] + reopen
    lines += rows + ([rule] if options.rules else ["", ""])
    if options.markers:
        lines.append("</TABLE>")
    people = [expected(p, org, options, positions=own, other_positions=[], citizenship=None, country=None,
                       address=None, address_city=None, address_country=None)
              for p, own in zip(roster.people, role_of)]
    return ".txt", _done(lines), people


# ---- 2. Canopy 2001: the real title with the organisation under it, sentences by the short term, 26 and 14 ------
def _pronoun(person: dict) -> str:
    return "She" if person["name"].split()[0].rstrip(".").lower() in _WOMEN else "He"


def canopy_controlling_persons_term_sentences_26_14(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Canopy Group's exhibit (tests/data/rosters_real/dev/labelled_occupation_canopy.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/1094944/000102048801000016/0002.txt): the real flush-left title
    'Directors and Executive Officers, and Controlling Persons' with 'of <Org> ("<Term>")' under it (the real one
    names no organisation in its title; its sentences say 'of Canopy', the short name, so the full name is printed
    here once, with the term it defines), two blank lines, then one block per person flush left: the name, the
    person's address lines, 'Principal Occupation:' with its value from column 26 (the real's Noorda line) as one
    sentence by honorific and surname, the titles with their articles joined 'A, B and C' and the short term ('Mr.
    Yarro is the President and a Director of Canopy.', the real's form), then each outside occupation a sentence of
    its own by pronoun ('He is also <occupation>.'), wrapping under itself at options.width + 18; 'Citizenship:'
    with its value from column 14; a blank line between blocks. Differs from gather24's
    `labelled_occupation_sentence_blocks` (centred heading, a preamble, 'Present Principal Occupation:', both values
    at 32, hyphen separators, '1.', a break after the address lines), gather51's `labelled_sentence_article_titles`
    (a page line, the title with the term on one line, the full name in the sentence, values at 28 and 16, '*'
    rows, a break inside the occupation) and gather79's `labelled_occupation_honorific_columns_27_18` (the title
    with the full organisation, 'Mr. X is also' sentences, values at 27 and 18, '=' rows, '(1)', a break between
    blocks) in: the title, the term in the sentences, the pronoun sentences, the value columns (26 and 14), the
    rules, the numbering and the page break. Variants: '1) ' before the name; 'SURNAME, Given'; a row of '_' between
    blocks when ruled; a page break (options.page_break_in) inside that person's block, after his occupation and
    before his citizenship: a centred '2', '<PAGE>' (a form feed without markers) and the title with '(continued)'
    if the header repeats."""
    org = roster.organization
    term = _defined_term(org)
    width = options.width + 18
    title = ["Directors and Executive Officers, and Controlling Persons", *wrap_lines(f"of {org} (\"{term}\")", 78)]
    lines = title + ["", ""]
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        sentences = []
        if person["positions"]:
            sentences.append(_full_stop(f"{_honorific(person)} is "
                                        f"{_sentence_list([_article(t) for t in person['positions']])} of {term}"))
        for number, other in enumerate(person["other_positions"]):
            if person["positions"] or number:
                sentences.append(_full_stop(f"{_pronoun(person)} is also {other}"))
            else:
                sentences.append(_full_stop(f"{_honorific(person)} is {other}"))
        values = wrap_lines(" ".join(sentences) or "None.", width)
        lines.append(_number(index, options) + printed_name(person, options))
        lines += list(person["address"])
        lines.append(f"{'Principal Occupation:':<26}{values[0]}")
        lines += [f"{'':<26}{v}" for v in values[1:]]
        if options.page_break_in == index:
            lines += ["", centre("2"), _page(options), ""] + (
                [f"{title[0]} (continued)", ""] if options.repeat_header else [])
        if options.citizenship:
            lines.append(f"{'Citizenship:':<14}{person['citizenship']}")
        if index == count - 1:
            break
        lines.append("_" * 60 if options.rules else "")
    return ".txt", _done(lines), _own(roster, options)


# ---- 3. Deutsche Acquisition 2000: 'Officers and Directors', '("Merger Sub")', citizens after the table ---------
def deutsche_officers_directors_merger_sub_citizens_after_table(roster: Roster,
                                                                options: Options) -> tuple[str, str, list[dict]]:
    """After Deutsche Acquisition Corp.'s Exhibit 3 (tests/data/rosters_real/dev/text_twocol_nameaddr_title_deutsche_
    acquisition.txt, sec.gov https://www.sec.gov/Archives/edgar/data/811917/000090342300000439/0004.txt): 'Exhibit 2'
    at the left, the organisation's name and the real 'Officers and Directors' centred, the real preamble indented
    eighteen in another firm's words ('The following table sets forth the name, business address, position with
    <Org> ("Merger Sub") and present principal occupation of each director and executive officer of Merger Sub.'),
    an EDGAR <TABLE> without <CAPTION>, the header 'Name and Address' | 'Title and Principal Occupation' with dashes
    as long as the words, <S>/<C>; the name with its address lines under it in the left column of 38,
    '<titles joined 'A and B'> of Merger Sub; <occupation>' wrapping beside it at options.width + 20 (the real's
    form); a blank line between persons; where a citizenship is printed, one sentence AFTER the table ('Each of the
    persons listed above is a citizen of ..., except A, who is ....'). Differs from gather26's
    `edgar_name_address_defined_term` ('SCHEDULE I', '(the "Company")', 'Name and Business Address' | 'Position and
    Present Principal Occupation', the citizenship in the preamble, left 40, '1.', dashed separators), gather55's
    `name_address_title_citizenship_columns` ('Exhibit 4', 'Purchaser', 'Name' | 'Title' | 'Citizenship' columns,
    left 36, '1.', a dashed line, a break after the first line) and gather79's
    `name_address_title_purchaser_preamble_exceptions` ('Exhibit 3', 'Directors and Executive Officers',
    'Purchaser', 'Name' | 'Title', the citizenship in the preamble, left 36, '(1)', '=' rows, a break after an
    entry) in: the heading words, the defined term, the header words, the citizenship's place (after the table), the
    widths, the numbering, the rules and the page break. Variants: '1) ' before the name; 'SURNAME, Given'; a row of
    '_' between persons when ruled; a page break (options.page_break_in) inside that person's entry before its last
    line: '</TABLE>', a centred '2', '<PAGE>' (a form feed without markers) and the table reopened with the header
    if it repeats; no tags without markers."""
    org = roster.organization
    widths = [38, options.width + 20]
    header = [f"{'Name and Address':<{widths[0]}}Title and Principal Occupation",
              f"{'-' * 16:<{widths[0]}}{'-' * 30}"]
    sc = [f"{'<S>':<{widths[0]}}<C>"] if options.markers else []
    opening = (["<TABLE>"] if options.markers else []) + header + sc
    lines = ["Exhibit 2", "", "", centre(org), "", centre("Officers and Directors"), "", "", ""]
    preamble = (f"The following table sets forth the name, business address, position with {org} (\"Merger Sub\") "
                f"and present principal occupation of each director and executive officer of Merger Sub.")
    lines += wrap_words(preamble, 78, first=" " * 18) + ["", ""] + opening
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        titles = [f"{_and_titles(person['positions'])} of Merger Sub"] if person["positions"] else []
        left = wrap_lines(_number(index, options) + printed_name(person, options), widths[0] - 2, "  ")
        left += [piece for line in person["address"] for piece in wrap_lines(line, widths[0] - 2, "  ")]
        right = wrap_lines("; ".join(titles + person["other_positions"]) or "--", widths[1] - 2)
        rows = _wrap_rows([left, right], widths)
        if options.page_break_in == index:
            cut = max(1, len(rows) - 1)
            reopen = opening if options.repeat_header else (["<TABLE>"] + sc if options.markers else [])
            rows[cut:cut] = (["</TABLE>"] if options.markers else []) + ["", centre("2"), _page(options), ""] + reopen
        lines += rows
        if index == count - 1:
            break
        lines.append("_" * 78 if options.rules else "")
    lines += ["</TABLE>"] if options.markers else []
    if options.citizenship:
        lines += ["", *wrap_lines(_citizens_sentence(roster, "Each of the persons listed above is"), 78)]
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 4. Scout Capital 2001: the real column order, the number always, a segmented rule after every row ---------
def _segments(widths: list[int], char: str = "-") -> str:
    return "".join(f"{char * (w - 1):<{w}}" for w in widths).rstrip()


def scout_real_order_number_column_segmented_rule_every_row(roster: Roster,
                                                            options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital's Exhibit I (tests/data/rosters_real/dev/text_numbered_stacked_title_scout_capital.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1025863/000091205701544973/a2067023zex-1.txt): '<Page>', the
    centred 'EXHIBIT 1' and the two-line centred title 'INFORMATION CONCERNING THE DIRECTORS AND' / 'EXECUTIVE
    OFFICERS OF <ORG>' (the real's words in the other order), no preamble, a <Table><Caption> with the captions
    bottom-aligned ('PRESENT PRINCIPAL' over 'OCCUPATION') over a rule of one dashed segment per column, <S>/<C>;
    the real column order: the row number '1.' in a column of its own (always, as the real), NAME with the titles
    joined 'A and B' and 'of <Org>' on the lines under it (the real's 'Director and Officer' / 'of Scout Capital
    Corp.'), CITIZENSHIP, BUSINESS ADDRESS (its lines), PRESENT PRINCIPAL OCCUPATION (the outside occupations one a
    line; for a person with none his titles, the organisation and its address, as the real prints its officer's);
    the segmented dashed rule and a blank line after every row (the real's). Widths 6 | 33 | 16 | 29 | options.width.
    Differs from gather29's `numbered_stacked_title_table` ('SCHEDULE A', a preamble, 'COUNTRY OF' / 'CITIZENSHIP',
    widths 6 | 34 | 16 | 30 | width - 4, an unbroken dashed line when ruled, a break after an entry's first line),
    gather55's `numbered_name_position_stacked_table` ('EXHIBIT II', 'NAME AND POSITION', the number column only
    when numbered, the segmented rule only when ruled, widths 31 | 16 | 29 | width, a break closing the table) and
    gather82's `scout_numbered_rows_titles_under_name` ('ANNEX I', the citizenship LAST, a full-width '=' rule
    without a blank line, '(1)') in: the heading, the caption words, the column order, the rule after every row with
    its blank line, the widths, the numbering and the page break. Variants: 'NO.' over the number column and '(1)'
    numbers when numbered; 'SURNAME, Given'; '=' segments for the rule when ruled; no tags without markers; no
    CITIZENSHIP column without a citizenship; a page break (options.page_break_in) inside that person's row after
    its second line: a centred 'I-2', '<Page>' (a form feed without markers), and the caption again if the header
    repeats."""
    org = roster.organization
    cit = options.citizenship
    widths = [6, 33] + ([16] if cit else []) + [29, max(options.width, 24)]
    labels = [["NO." if options.numbered else ""], ["NAME"]] + ([["CITIZENSHIP"]] if cit else []) + [
        ["BUSINESS ADDRESS"], ["PRESENT PRINCIPAL", "OCCUPATION"]]
    depth = max(len(label) for label in labels)
    caption = ["".join(f"{([''] * (depth - len(label)) + label)[row]:^{w - 1}} " for label, w in zip(labels, widths))
               .rstrip() for row in range(depth)]
    rule = _segments(widths, "=" if options.rules else "-")
    marks = [edgar_marks(widths)] if options.markers else []
    head = (["<Table>", "<Caption>"] if options.markers else []) + caption + [_segments(widths)] + marks
    lines = (["<Page>", ""] if options.markers else []) + [centre("EXHIBIT 1"), ""]
    lines += [centre("INFORMATION CONCERNING THE DIRECTORS AND")]
    lines += [centre(line) for line in wrap_lines(f"EXECUTIVE OFFICERS OF {org.upper()}", 60)] + [""] + head
    for index, person in enumerate(roster.people):
        number = f"({index + 1})" if options.numbered else f"{index + 1}."
        name = wrap_lines(printed_name(person, options), widths[1] - 2, "  ")
        if person["positions"]:
            name += wrap_lines(_and_titles(person["positions"]), widths[1] - 2) + wrap_lines(f"of {org}",
                                                                                           widths[1] - 2)
        address = [piece for line in person["address"] for piece in wrap_lines(line, widths[-2] - 2, "  ")]
        if person["other_positions"]:
            occupation = [p for other in person["other_positions"] for p in wrap_lines(other, widths[-1] - 2, "  ")]
        else:
            occupation = wrap_lines(_and_titles(person["positions"]) or "--", widths[-1] - 2, "  ")
            occupation += wrap_lines(org, widths[-1] - 2, "  ") + [
                piece for line in person["address"] for piece in wrap_lines(line, widths[-1] - 2, "  ")]
        citizenship = wrap_lines(person["citizenship"], widths[2] - 4, "  ") if cit else []
        cells = [[number], name] + ([[f"  {line}" for line in citizenship]] if cit else []) + [address, occupation]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", centre("I-2"), _page(options, "<Page>"), ""] + (
                caption + [_segments(widths)] if options.repeat_header else [])
        lines += rows + [rule, ""]
    lines += ["</Table>"] if options.markers else []
    return ".txt", _done(lines), _own(roster, options)


FAMILIES = {"eon_2002_legend_rule_company_over_names_blank_rows": eon_2002_legend_rule_company_over_names_blank_rows,
            "canopy_controlling_persons_term_sentences_26_14": canopy_controlling_persons_term_sentences_26_14,
            "deutsche_officers_directors_merger_sub_citizens_after_table":
                deutsche_officers_directors_merger_sub_citizens_after_table,
            "scout_real_order_number_column_segmented_rule_every_row":
                scout_real_order_number_column_segmented_rule_every_row}

"""Held-out re-layout families, seventy-ninth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (09:41-09:44 UTC by `date`) by helper session gather79 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring; the real files are listed in tests/data/rosters_real/SOURCES.md),
printing the other persons the way that filing prints its own, with only the small differences two law firms'
filings show (widths, label words, heading and preamble wording, name order and case, numbering, page breaks). The
four rosters are among those least used by the earlier close-variant sets (heldout23 .. heldout76: each twice; the
oldest latest use first): Canopy (heldout24, 51), Refac (24, 51), Smith Barney (35, 51) and Deutsche Acquisition
(26, 55).

- labelled_occupation_honorific_columns_27_18: Canopy's exhibit, the name and address lines flush left,
  'Principal Occupation:' with one 'Mr. <Surname> is ...' sentence from column 27, 'Citizenship:' from column 18.
- name_titles_of_org_dashed_rows_page_reopened: Refac's Exhibit 99.2, 'Name and Title' | 'Occupation and  Business
  Address' between dashed rules, the name with a comma over its titles joined '... and Director of <Org>', the
  occupation at 50, a dashed rule after every row.
- joined_title_citizenship_stack_occupation_employer_address: Smith Barney's Exhibit 99.A, the real captions, the
  name, the titles joined and wrapped narrow ('Director and' / 'Executive Officer') and the citizenship stacked on
  the left; occupation, employer and address lines from column 38 on the right.
- name_address_title_purchaser_preamble_exceptions: Deutsche Acquisition's Exhibit 3, 'Name' | 'Title' dashed to the
  words' length, the name over its address lines at 36, '<titles> of Purchaser; <occupation>' beside it, the
  citizenship in the preamble with the exceptions named.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order, the address
whole; where a preamble gives the default citizenship, that default as printed on the persons it covers; no
citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _wrap_rows,
    centre,
    expected,
    printed_name,
    wrap_lines,
    wrap_words,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout24 import _honorific
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout51 import _article, _sentence_list
from relayout_heldout55 import _and_titles

_SEAT = ("Director",)


def _page(options: Options, tag: str = "<PAGE>") -> str:
    return tag if options.markers else "\f"


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


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


# ---- 1. Canopy 2001: name and address lines, 'Principal Occupation:' at 27, 'Citizenship:' at 18 ----------------
def labelled_occupation_honorific_columns_27_18(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Canopy Group's exhibit (tests/data/rosters_real/dev/labelled_occupation_canopy.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/1094944/000102048801000016/0002.txt): the flush-left title, two blank
    lines, then one block per person flush left: the name, the person's address lines, 'Principal Occupation:'
    with its value from column 27 (the real's) as ONE sentence by honorific and surname, each title with its article
    joined 'A, B and C' ('Mr. Yarro is the President and a Director of <Org>.'; the real's form), each outside
    occupation a sentence of its own ('Mr. Yarro is also <occupation>.'), wrapping under itself at options.width +
    16; 'Citizenship:' with its value from column 18 (the real's); a blank line between blocks. The title here is
    'Directors and Executive Officers of <Org>' (the organisation named in full, also in the sentences). Differs
    from gather24's `labelled_occupation_sentence_blocks` (centred two-line heading, a preamble, 'Present Principal
    Occupation:', both values at 32, a 'director of' clause apart from the titles, hyphen separators, '1.') and
    gather51's `labelled_sentence_article_titles` (a page line, a defined term, the full name in the sentence,
    values at 28 and 16, '*' rows, a break inside the occupation) in: the title, the honorific sentence with the
    full organisation, the real value columns, '(1)' numbering, a row of '=' between blocks when ruled, and the page
    break BETWEEN blocks (options.page_break_in: after that person's block, a centred 'Page 2', '<PAGE>' (a form
    feed without markers) and the title with '(continued)' if the header repeats). 'SURNAME, Given' on the name
    line in the upper_last_first variant."""
    org = roster.organization
    width = options.width + 16
    title = f"Directors and Executive Officers of {org}"
    lines = wrap_lines(title, 78) + ["", ""]
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        who = _honorific(person)
        sentences = []
        if person["positions"]:
            sentences.append(_full_stop(f"{who} is {_sentence_list([_article(t) for t in person['positions']])} "
                                        f"of {org}"))
        for number, other in enumerate(person["other_positions"]):
            also = "also " if person["positions"] or number else ""
            sentences.append(_full_stop(f"{who} is {also}{other}"))
        occupation = " ".join(sentences) or "None."
        block = [(f"({index + 1}) " if options.numbered else "") + printed_name(person, options)]
        block += list(person["address"])
        values = wrap_lines(occupation, width)
        block.append(f"{'Principal Occupation:':<27}{values[0]}")
        block += [f"{'':<27}{v}" for v in values[1:]]
        if options.citizenship:
            block.append(f"{'Citizenship:':<18}{person['citizenship']}")
        lines += block
        if index == count - 1:
            break
        lines.append("=" * 60 if options.rules else "")
        if options.page_break_in == index:
            lines += ["", centre("Page 2"), _page(options), ""] + (
                wrap_lines(f"{title} (continued)", 78) + ["", ""] if options.repeat_header else [""])
    return ".txt", _done(lines), _own(roster, options)


# ---- 2. Refac 2005: the name with a comma over its titles 'of <Org>', a dashed rule after every row --------------
def name_titles_of_org_dashed_rows_page_reopened(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Refac's Exhibit 99.2 (tests/data/rosters_real/dev/text_twocol_nametitle_dashed_refac.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/311046/000095017205002966/ny5268.txt): 'Exhibit 2' at the left margin,
    the title indented twelve in the real order 'Identity and Background of <Org> Officers and Directors', the real
    Item 2 preamble indented nine ('During the last five years, no person set forth below: (i) ... or (ii) ... Unless
    otherwise specified, the business address of each person is <address>.'), then where a citizenship is printed
    'Each person set forth below is a citizen of ..., except A, who is ....'; <TABLE>, a full dashed rule, the real
    label words 'Name and Title' | 'Occupation and  Business Address', a full dashed rule, <CAPTION>, <S>/<C>; the
    left cell the name with a comma (the real's) over the titles joined 'A, B and C' ('; ' where a title has a comma
    or 'and') followed by ' of <Org>' as the real 'and Director of Refac', wrapped at 44; the right cell at 50 (the
    real's) the outside occupations '; '-joined, or for a person without one his titles again '<titles> of <Org>'
    (the real's repetition), wrapping at options.width + 12, then, after a blank line in the cell, his own address
    lines where they are not the default; a full dashed rule after every row. Differs from gather24's `dashed_rule_name_titles_table` ('Schedule
    A', other label words, no comma, '1.', a non-default address under the occupation) in the label words, the
    comma, the titles 'of <Org>' in the left cell and the numbering; from gather51's `comma_name_titles_dashed_rows`
    ('Exhibit 99.3', reordered title, '(citizen of Canada)' in the cell, titles '; '-joined without the
    organisation, column 46, '1)', a break inside a row) in the title order, the citizenship sentence with the
    exceptions, the joined titles with the organisation, the column, the numbering and the page break. Variants:
    '(1)' before the name; 'SURNAME, Given'; '=' for the two header rules and a blank line before each row's dashed
    rule when ruled; a page break (options.page_break_in) after that person's closing rule: '</TABLE>', the centred
    '2', '<PAGE>' (a form feed without markers) and the table reopened (its header between rules if it repeats);
    no tags without markers."""
    org = roster.organization
    col, width = 50, options.width + 12
    full = "-" * (col + width)
    head_rule = ("=" if options.rules else "-") * (col + width)
    default = _default_address(roster)
    header = [head_rule, f"{'Name and Title':<{col + 6}}Occupation and  Business Address", head_rule]
    opening = (["<TABLE>", ""] if options.markers else []) + header + (["<CAPTION>", "", f"{'<S>':<{col}}<C>"]
                                                                     if options.markers else [""])
    lines = ["Exhibit 2", "", ""]
    lines += ["            " + line for line in wrap_lines(f"Identity and Background of {org} Officers and "
                                                         f"Directors", 66)] + ["", ""]
    preamble = ("During the last five years, no person set forth below: (i) has been convicted in a criminal "
                "proceeding (excluding traffic violations or similar misdemeanors) or (ii) was party to a civil "
                "proceeding described in Item 2 of Schedule 13D. Unless otherwise specified, the business address of "
                f"each person is {_full_stop(', '.join(default))}")
    if options.citizenship:
        preamble += " " + _citizens_sentence(roster, "Each person set forth below is")
    lines += wrap_words(preamble, 78, first=" " * 9) + [""] + opening
    for index, person in enumerate(roster.people):
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        titles = f"{_and_titles(person['positions'])} of {org}" if person["positions"] else ""
        left = wrap_lines(name + ("," if titles else ""), col - 4, "  ")
        left += wrap_words(titles, col - 6) if titles else []
        items = person["other_positions"] or ([titles] if titles else ["--"])
        right = wrap_lines("; ".join(items), width)
        if person["address"] != default:
            right += [""] + [piece for line in person["address"] for piece in wrap_lines(line, width, "  ")]
        lines += _wrap_rows([left, right], [col, width])
        lines += ([""] if options.rules else []) + [full]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</TABLE>"] if options.markers else []) + ["", centre("2"), _page(options), ""]
            lines += opening if options.repeat_header else (["<TABLE>", f"{'<S>':<{col}}<C>"] if options.markers
                                                           else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 3. Smith Barney 2004: name, joined titles and citizenship stacked | occupation, employer, address ----------
def joined_title_citizenship_stack_occupation_employer_address(roster: Roster,
                                                               options: Options) -> tuple[str, str, list[dict]]:
    """After Smith Barney Corporate Trust Company's Exhibit 99.A (tests/data/rosters_real/dev/table_stacked_name_
    title_citizenship_smith_barney.txt, sec.gov https://www.sec.gov/Archives/edgar/data/815097/000104746904035070/
    a2146266zex-99_a.txt): '<Page>', three blank lines, the centred 'EXHIBIT 99.1', the centred real title
    'EXECUTIVE OFFICERS AND DIRECTORS OF' / '<ORG>', no preamble (the real has none), <Table><Caption> with the real
    caption words 'NAME, TITLE, AND CITIZENSHIP' | 'PRINCIPAL OCCUPATION AND BUSINESS ADDRESS' each over dashes of
    its length, <S>/<C>; the left cell stacks the name, the titles joined 'A and B' ('A, B and C'; '; ' where a title
    has a comma or 'and') wrapped at 20 as the real 'Director and' / 'Executive Officer', and the citizenship; the
    right cell from 38 (the real's) stacks each outside occupation (a wrapped line indented two, as the real), or
    for a person employed only by the organisation his titles other than the seat joined over the organisation's
    name as employer, then the address lines; a blank line between rows. Differs from gather35's
    `stacked_name_title_citizenship_table` ('SCHEDULE B', reordered title, a preamble, 'NAME, POSITION AND
    CITIZENSHIP' / 'PRESENT PRINCIPAL ...' captions, right column 40, titles at 22) in the heading, the preamble, the
    caption words, the column and the title width; from gather51's `stacked_title_lines_employer_address_table`
    ('ANNEX A', one title a line, column 44, '(1)', '=' rows, a break inside a row) in the heading, the joined
    titles, the column, the numbering, the rules and the page break. Variants: '1.' before the name; 'SURNAME,
    Given'; a dashed line between rows when ruled; a page break (options.page_break_in) after that person's row:
    '</Table>', a centred '2', '<Page>' (a form feed without markers) and the table reopened with its caption if the
    header repeats; no tags without markers."""
    org = roster.organization
    col = 38
    width = max(options.width + 6, 36)
    labels = ["NAME, TITLE, AND CITIZENSHIP" if options.citizenship else "NAME AND TITLE",
              "PRINCIPAL OCCUPATION AND BUSINESS ADDRESS"]
    caption = [f"{labels[0]:<{col}}{labels[1]}", f"{'-' * len(labels[0]):<{col}}{'-' * len(labels[1])}"]
    sc = [f"{'<S>':<{col}}<C>"] if options.markers else []
    head = (["<Table>", "<Caption>"] if options.markers else []) + caption + sc
    lines = (["<Page>"] if options.markers else []) + ["", "", "", centre("EXHIBIT 99.1"), "",
                                                       centre("EXECUTIVE OFFICERS AND DIRECTORS OF")]
    lines += [centre(line) for line in wrap_lines(org.upper(), 60)] + ["", ""] + head
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        left = wrap_lines(name, col - 2, "  ")
        left += wrap_words(_and_titles(person["positions"]), 20) if person["positions"] else []
        if options.citizenship:
            left.append(person["citizenship"])
        right: list[str] = []
        if person["other_positions"]:
            for other in person["other_positions"]:
                right += wrap_lines(other, width, "  ")
        else:
            own = [t for t in person["positions"] if t not in _SEAT] or person["positions"][:1] or ["Director"]
            right += wrap_lines(_and_titles(own), width, "  ") + wrap_lines(org, width, "  ")
        right += [piece for line in person["address"] for piece in wrap_lines(line, width, "  ")]
        lines += _wrap_rows([left, right], [col, width])
        if index == count - 1:
            break
        lines.append("-" * (col + width) if options.rules else "")
        if options.page_break_in == index:
            lines += (["</Table>"] if options.markers else []) + ["", centre("2"), _page(options, "<Page>"), ""]
            lines += head if options.repeat_header else (["<Table>"] + sc if options.markers else [])
    lines += ["</Table>"] if options.markers else []
    return ".txt", _done(lines), _own(roster, options)


# ---- 4. Deutsche Acquisition 2000: the name over its address | '<titles> of Purchaser; <occupation>' ------------
def name_address_title_purchaser_preamble_exceptions(roster: Roster,
                                                     options: Options) -> tuple[str, str, list[dict]]:
    """After Deutsche Acquisition Corp.'s Exhibit 3 (tests/data/rosters_real/dev/text_twocol_nameaddr_title_deutsche_
    acquisition.txt, sec.gov https://www.sec.gov/Archives/edgar/data/811917/000090342300000439/0004.txt): 'Exhibit 3'
    at the left, the organisation's name and 'Directors and Executive Officers' centred (the real 'Officers and
    Directors' reordered), the real preamble indented eighteen ('The following table sets forth the name, position
    with <Org> ("Purchaser") and present principal occupation of each Director and Executive Officer of
    Purchaser.'), where a citizenship is printed the real sentence 'Each individual listed below is a citizen of
    ..., except A, who is ....'; an EDGAR <TABLE> without <CAPTION>, the real header words 'Name' | 'Title' with
    dashes as long as the words, <S>/<C>; the name with its address lines under it in the left column of 36 (the
    real's), '<titles joined 'A and B'> of Purchaser; <occupation>' wrapping beside it at options.width + 16; a
    blank line between persons. Differs from gather26's `edgar_name_address_defined_term` ('SCHEDULE I', '(the
    "Company")', 'Name and Business Address' | 'Position and Present Principal Occupation', left 40, '1.', a break
    inside an entry) in the heading, the defined term, the label words, the widths, the numbering and the page
    break; from gather55's `name_address_title_citizenship_columns` ('Exhibit 4', a Citizenship column, '1.', a
    dashed line between persons, a break after the first line) in the citizenship sentence (no column), the
    heading, the numbering, the rules and the page break. Variants: '(1)' before the name; 'SURNAME, Given'; a row of
    '=' between persons when ruled; a page break (options.page_break_in) after that person's entry: '</TABLE>', a
    centred '-2-', '<PAGE>' (a form feed without markers) and the table reopened with the header if it repeats; no
    tags without markers."""
    org = roster.organization
    widths = [36, options.width + 16]
    header = [f"{'Name':<{widths[0]}}Title", f"{'----':<{widths[0]}}-----"]
    sc = [f"{'<S>':<{widths[0]}}<C>"] if options.markers else []
    opening = (["<TABLE>"] if options.markers else []) + header + sc
    lines = ["Exhibit 3", "", "", centre(org), "", centre("Directors and Executive Officers"), "", "", ""]
    preamble = (f"The following table sets forth the name, position with {org} (\"Purchaser\") and present principal "
                f"occupation of each Director and Executive Officer of Purchaser.")
    if options.citizenship:
        preamble += " " + _citizens_sentence(roster, "Each individual listed below is")
    lines += wrap_words(preamble, 78, first=" " * 18) + ["", ""] + opening
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        titles = [f"{_and_titles(person['positions'])} of Purchaser"] if person["positions"] else []
        left = wrap_lines((f"({index + 1}) " if options.numbered else "") + printed_name(person, options),
                          widths[0] - 2, "  ")
        left += [piece for line in person["address"] for piece in wrap_lines(line, widths[0] - 2, "  ")]
        right = wrap_lines("; ".join(titles + person["other_positions"]) or "--", widths[1] - 2)
        lines += _wrap_rows([left, right], widths)
        if index == count - 1:
            break
        lines.append("=" * 78 if options.rules else "")
        if options.page_break_in == index:
            lines += (["</TABLE>"] if options.markers else []) + ["", centre("-2-"), _page(options), ""]
            lines += opening if options.repeat_header else (["<TABLE>"] + sc if options.markers else [])
            lines.append("")
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), _by_default(roster, options)


FAMILIES = {"labelled_occupation_honorific_columns_27_18": labelled_occupation_honorific_columns_27_18,
            "name_titles_of_org_dashed_rows_page_reopened": name_titles_of_org_dashed_rows_page_reopened,
            "joined_title_citizenship_stack_occupation_employer_address":
                joined_title_citizenship_stack_occupation_employer_address,
            "name_address_title_purchaser_preamble_exceptions": name_address_title_purchaser_preamble_exceptions}

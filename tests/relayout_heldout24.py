"""Held-out re-layout families, twenty-fourth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (04:02-04:40 UTC by `date`) by helper session gather24 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the twenty-third set, each family here is a CLOSE VARIANT OF ONE REAL DEVELOPMENT ROSTER'S
OWN LAYOUT (a file in tests/data/rosters_real/dev/, named in the family's docstring with its sec.gov address), four
real rosters the twenty-third set did not use (AIG 2006, ConAgra Foods 2003, The Canopy Group 2001, Refac 2005): the
other persons printed the way that filing prints its own, with only the small differences two filings by different
law firms show - column widths and which column wraps, the header's label words (taken from other real rosters),
the heading and preamble wording, name order and case, a numbering or separator style, where the page breaks fall -
and no layout feature the real filings do not have. They measure how the reader does on the kind of annex a user's
next filing most likely has. Each docstring lists the choices in which the family differs from its real model; each
family differs from every earlier family (tests/relayout.py, tests/relayout_heldout5..23.py) in at least two of
those choices. They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead
measures them once (benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import textwrap
from functools import partial

from relayout import Options, Roster, _full_stop, _wrap_rows, expected, printed_name
from relayout_heldout10 import _titles
from relayout_heldout14 import _WOMEN
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _named_exceptions
from relayout_heldout23 import _is_titles, _others_by_default, _shared_address, _surname

# Typed tables wrap at spaces, never inside a hyphenated word ('Co-Chief', 'Vice-President').
_wrap = partial(textwrap.wrap, break_on_hyphens=False)


def _citizenship_sentence(roster: Roster, options: Options, opening: str, other_than: str) -> str:
    """' Each person listed below is a citizen of the United States, except A, who is a citizen of Canada.' (empty
    where the variant prints no citizenship)."""
    if not options.citizenship:
        return ""
    default, _ = _most_common_citizenship(roster)
    others = _others_by_default(roster)
    return f" {opening} {_is_citizen(default)}" + (f", {other_than} {_named_exceptions(others)}." if others else ".")


# ---- 1. AIG 2006: an EDGAR <TABLE> name | title | occupation | address, a non-default citizenship after the title -----
def edgar_four_column_citizenship_after_title(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After American International Group's Exhibit A (tests/data/rosters_real/dev/text_fixed4col_aig.txt, sec.gov
    .../909815/000095012306004856/y19970a5exv99wa.txt): an EDGAR <TABLE> of four fixed-width columns - the name, the
    title held in the organisation, the occupation outside it (';'-separated, wrapping under itself), the business
    address as ONE comma-joined string wrapped wherever the column ends ('40 King Street' / 'West, 20th Floor') - a
    blank line between persons, an officer without outside employment leaving the occupation cell empty. Printed the
    same way here. Differs from the real one in: the heading ('SCHEDULE A' and 'EXECUTIVE OFFICERS AND DIRECTORS' /
    '<ORG>' centred, no lines of dots); a preamble (the real one has none) giving the citizenship once, worded after
    Citigroup's Exhibit 99.A (dev/text_name_title_citizenship_citigroup.txt, sec.gov .../1116616/000104746904034282/
    a2146269zex-99_a.txt: a citizenship other than the default in parentheses after the title) - 'Unless otherwise
    indicated in parentheses after his or her title, each person listed below is a citizen of ...' and
    'Director (France)'; a <CAPTION> with the label words 'Name' | 'Title' | 'Present Principal Occupation' |
    'Business Address' each underlined by its own dashes (IDT Corporation's and Harvard's words); the column widths
    (25 | 24 | options.width + 8 | 44) and the titles joined by ', ' (by '; ' where a title holds a comma or 'and'),
    wrapping under themselves; the numbered variant '1.' before the name, the upper_last_first variant 'SURNAME,
    Given'; the ruled variant a dashed line between persons instead of the blank line; a page break
    (options.page_break_in) after that person's row: </TABLE>, the page number, <PAGE>, a new <TABLE> with the
    caption again if it repeats (without markers no tags at all, only the page number and blank lines)."""
    org = roster.organization
    default, _ = _most_common_citizenship(roster)
    others = {p["name"] for p in _others_by_default(roster)} if options.citizenship else set()
    widths = [25, 24, options.width + 8, 44]
    heads = ["Name", "Title", "Present Principal Occupation", "Business Address"]
    caption = ["".join(f"{h:<{w}}" for h, w in zip(heads, widths)).rstrip(),
               "".join(f"{'-' * len(h):<{w}}" for h, w in zip(heads, widths)).rstrip()]
    opening = (["<TABLE>", "<CAPTION>"] + caption + [""] if options.markers else caption + [""])
    opening += ["".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>", "<C>"], widths)).rstrip()] \
        if options.markers else []
    lines = [f"{'SCHEDULE A':^80}".rstrip(), "", f"{'EXECUTIVE OFFICERS AND DIRECTORS':^80}".rstrip(),
             f"{org.upper():^80}".rstrip(), ""]
    preamble = (f"The name, title, present principal occupation or employment and business address of each "
                f"executive officer and director of {org} are set forth below.")
    if options.citizenship:
        preamble += (f" Unless otherwise indicated in parentheses after his or her title, each person listed below "
                     f"is {_is_citizen(default)}.")
    lines += _wrap(preamble, 80, initial_indent="     ") + [""] + opening
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        title = _titles(person["positions"])
        if person["name"] in others:
            title = f"{title} ({person['citizenship']})".strip()
        cells = [_wrap(name, widths[0] - 2), _wrap(title, widths[1] - 2),
                 _wrap("; ".join(person["other_positions"]), widths[2] - 2),
                 _wrap(", ".join(person["address"]), widths[3] - 2)]
        lines += _wrap_rows(cells, widths) + ["-" * (sum(widths) - 2) if options.rules else ""]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</TABLE>"] if options.markers else []) + ["", f"{'A-2':^80}".rstrip()] + (
                ["<PAGE>"] if options.markers else []) + [""]
            lines += opening if options.repeat_header else (opening[:1] + opening[-1:] if options.markers else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", _by_default(roster, options)


# ---- 2. ConAgra Foods: indented name-and-address | offices, no table tags, the citizenship in the preamble ---------
def indented_name_address_offices(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra Foods' Schedule I (tests/data/rosters_real/dev/text_indented_nameaddr_conagra_foods.txt, sec.gov
    .../802481/000090044003000019/sch1.txt): no table tags and no column header; two indented columns, the left the
    name and under it the person's address lines (the default address printed too), the right the offices held,
    '<titles> of <Org>', wrapping under themselves; a blank line between persons; a <PAGE> between two persons
    after blank lines; the preamble gives the default business address ('Unless otherwise indicated, ...') and the
    citizenship ('Each Individual is a U.S. citizen.'). Printed the same way here. Differs from the real one in:
    the heading ('SCHEDULE A' and the title 'EXECUTIVE OFFICERS AND DIRECTORS OF <ORG>'); the preamble's wording
    ('Set forth below are the name, business address and present principal occupation or employment of each
    executive officer and director of <Org>. Unless otherwise indicated, the business address of each such person
    is ... Each such person is a citizen of ..., except A, who is a citizen of Canada.', the exceptions named as in
    IDT Corporation's Exhibit 7, dev/text_fixed4col_position_occupation_idt_corporation.txt, sec.gov .../1086472/
    000089183601500310/exh7.txt); the indent (4) and the right column's start (40) and width (options.width); the
    titles joined by ', ' (by '; ' where a title holds a comma or 'and') before ' of <Org>', then each occupation
    outside the organisation after '; ' in the same wrapping cell; the numbered variant '(1)' before the name, the
    upper_last_first variant 'SURNAME, Given'; the ruled variant a row of hyphens between persons; the page break
    after the person options.page_break_in (the real one after the ninth), '<PAGE>' with the page number above it
    (without markers the page number alone)."""
    org = roster.organization
    default = _shared_address(roster)
    indent, left = 4, 36
    lines = [f"{'SCHEDULE A':^80}".rstrip(), "", f"{'EXECUTIVE OFFICERS AND DIRECTORS OF ' + org.upper():^80}".rstrip(),
             ""]
    preamble = (f"Set forth below are the name, business address and present principal occupation or employment of "
                f"each executive officer and director of {_full_stop(org)}")
    if default:
        preamble += f" Unless otherwise indicated, the business address of each such person is {_full_stop(', '.join(default))}"
    preamble += _citizenship_sentence(roster, options, "Each such person is", "except")
    lines += _wrap(preamble, 80, initial_indent="         ") + [""]
    for index, person in enumerate(roster.people):
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        offices = [f"{_titles(person['positions'])} of {org}"] if person["positions"] else []
        right = _wrap("; ".join(offices + person["other_positions"]), options.width)
        stack = [name] + [piece for line in person["address"] for piece in _wrap(line, left - 2)]
        lines += _wrap_rows([stack, right], [left, options.width], " " * indent)
        lines.append(" " * indent + "-" * (left + options.width) if options.rules else "")
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", "", f"{'2':^80}".rstrip()] + (["<PAGE>"] if options.markers else []) + ["", ""]
    return ".txt", "\n".join(lines) + "\n", _by_default(roster, options)


# ---- 3. Canopy: name and address lines, then 'Present Principal Occupation:' as a sentence and 'Citizenship:' -----
def _honorific(person: dict) -> str:
    first = person["name"].split()[0].rstrip(".").lower()
    return f"{'Ms.' if first in _WOMEN else 'Mr.'} {_surname(person['name'])}"


def _occupation_sentences(person: dict, org: str) -> str:
    """'Mr. Chia is a director of <Org>. Mr. Chia is also Retired Vice Chairman, Citicorp and Citibank, N.A.'"""
    who = _honorific(person)
    sentences = [f"{who} is {' and '.join(_is_titles(person['positions'], org))}"] if person["positions"] else []
    for occupation in person["other_positions"]:
        sentences.append(f"{who} is {'also ' if sentences else ''}{occupation}")
    return " ".join(_full_stop(sentence) for sentence in sentences)


def labelled_occupation_sentence_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Canopy Group's exhibit (tests/data/rosters_real/dev/labelled_occupation_canopy.txt, sec.gov
    .../1094944/000102048801000016/0002.txt): one block per person, the name and the address lines flush left and
    unlabelled, then 'Principal Occupation:' with a sentence about the person ('Mr. Yarro is the President and a
    Director ... of Canopy.') wrapping under itself, and 'Citizenship:'; a blank line between blocks; no preamble.
    Printed the same way here. Differs from the real one in: the heading ('Executive Officers and Directors' and
    'of <Org>' on two lines, the real one 'Directors and Executive Officers, and Controlling Persons'); a short
    preamble ('The following information is given for each executive officer and director of <Org>.'); the label
    'Present Principal Occupation:' (MetLife's and Southwestern's words) with the values of both labels in one
    column at 32 (the real ones at 27 and 18), wrapping at options.width + 14; the sentence 'Mr. Chia is a director of
    <Org>.' ('Mr. X is President and Chief Executive Officer of <Org>.' for other titles, Chittenden's way), each
    occupation outside the organisation in a sentence of its own ('Mr. Chia is also Retired Vice Chairman, ...');
    the numbered variant '1.' before the name, the upper_last_first variant 'SURNAME, Given' on the name line (the
    sentence keeps 'Mr. Surname'); the ruled variant a row of 40 hyphens between blocks; a page break
    (options.page_break_in) after that person's address lines, '<PAGE>' (without markers the page number alone) and
    'Executive Officers and Directors (continued)' if the heading repeats; without citizenship in the variant no
    'Citizenship:' line."""
    org = roster.organization
    column = 32
    lines = ["Executive Officers and Directors", f"of {org}", "", ""]
    lines += _wrap(f"The following information is given for each executive officer and director of {_full_stop(org)}",
                   78) + [""]
    for index, person in enumerate(roster.people):
        block = [(f"{index + 1}. " if options.numbered else "") + printed_name(person, options)] + person["address"]
        if options.page_break_in == index:
            block += ["", f"{'-2-':^70}".rstrip()] + (["<PAGE>"] if options.markers else []) + [""] + (
                ["Executive Officers and Directors (continued)", ""] if options.repeat_header else [])
        sentence = _occupation_sentences(person, org)
        if sentence:
            pieces = _wrap(sentence, options.width + 14)
            block += [f"{'Present Principal Occupation:':<{column}}{pieces[0]}"] + [" " * column + p for p in pieces[1:]]
        if options.citizenship:
            block.append(f"{'Citizenship:':<{column}}{person['citizenship']}")
        lines += block + (["-" * 40] if options.rules else [""])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. Refac: an EDGAR <TABLE> between dashed rules, the titles under the name, the occupation beside them --------
def dashed_rule_name_titles_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Refac's Exhibit 99.2 (tests/data/rosters_real/dev/text_twocol_nametitle_dashed_refac.txt, sec.gov
    .../311046/000095017205002966/ny5268.txt): a preamble (the no-proceedings sentence, then 'Unless otherwise
    specified, the business address of each person is ...'), a <TABLE> whose two-column header stands between two
    dashed rules before <CAPTION> and the <S>/<C> row; the left cell the name and under it the titles held in the
    organisation, wrapping; the right cell the occupation ('<titles> of Refac' for an officer, 'Retired' for an
    outside director) wrapping under itself; a dashed rule after every row. Printed the same way here. Differs from
    the real one in: the heading ('Schedule A' and 'Directors and Executive Officers of <Org>', the real one
    'Exhibit 99.2' and 'Identity and Background of Refac Officers and Directors'); the preamble's wording (the
    no-proceedings sentence after the default, and the citizenship given there with the exceptions named: 'Each
    person is a citizen of ..., other than A, who is a citizen of Canada.', IDT's way); the header's label words
    'Name and Present Position' | 'Present Principal Occupation and Business Address' (MetLife's and Smith
    Barney's); no comma after the name; the column widths (44 | options.width + 14); the right cell one item per
    occupation outside the organisation (for a person with none, '<titles> of <Org>'), each wrapping under
    itself, then the business address lines where the address is not the preamble's default (every address where
    no two people share one, and then no default sentence); the numbered variant '1.' before the name, the
    upper_last_first variant 'SURNAME, Given'; the ruled variant rules of '=' instead of '-'; a page break
    (options.page_break_in) after that person's rule: </TABLE>, the page number, <PAGE>, a new <TABLE> with the
    ruled header again if it repeats (without markers no tags, only the page number)."""
    org = roster.organization
    default = _shared_address(roster)
    widths = [44, options.width + 14]
    rule = ("=" if options.rules else "-") * (sum(widths) + 2)
    header = [rule, f"{'Name and Present Position':<{widths[0]}}Present Principal Occupation and Business Address",
              rule]
    opening = (["<TABLE>", ""] + header + ["<CAPTION>", "", f"{'<S>':<{widths[0]}}<C>"] if options.markers
               else header + [""])
    lines = [f"{'Schedule A':^80}".rstrip(), "", "",
             f"{'Directors and Executive Officers of ' + org:^80}".rstrip(), "", ""]
    preamble = ""
    if default:
        preamble += f"Unless otherwise specified, the business address of each person is {_full_stop(', '.join(default))}"
    preamble += _citizenship_sentence(roster, options, "Each person is", "other than")
    preamble += (" During the last five years, no person set forth below: (i) has been convicted in a criminal "
                 "proceeding (excluding traffic violations or similar misdemeanors) or (ii) was party to a civil "
                 "proceeding described in Item 2 of Schedule 13D.")
    lines += _wrap(preamble.strip(), 78, initial_indent="         ") + [""] + opening
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        titles = _titles(person["positions"])
        left = _wrap(name, widths[0] - 2) + _wrap(titles, widths[0] - 2)
        items = person["other_positions"] or ([f"{titles} of {org}"] if titles else [])
        own = [] if person["address"] == default else person["address"]
        right = [piece for item in items + own for piece in _wrap(item, widths[1])]
        lines += _wrap_rows([left, right], widths) + [rule]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += (["</TABLE>"] if options.markers else []) + ["", f"{'A-2':^80}".rstrip()] + (
                ["<PAGE>"] if options.markers else []) + [""]
            lines += opening if options.repeat_header else (["<TABLE>", "", f"{'<S>':<{widths[0]}}<C>"]
                                                            if options.markers else [])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", _by_default(roster, options)


FAMILIES = {"edgar_four_column_citizenship_after_title": edgar_four_column_citizenship_after_title,
            "indented_name_address_offices": indented_name_address_offices,
            "labelled_occupation_sentence_blocks": labelled_occupation_sentence_blocks,
            "dashed_rule_name_titles_table": dashed_rule_name_titles_table}

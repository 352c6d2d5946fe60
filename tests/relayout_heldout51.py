"""Held-out re-layout families, fifty-first set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (02:36-02:45 UTC by `date`) by helper session gather51 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the twenty-third, twenty-fourth, twenty-sixth, twenty-ninth, thirty-second, thirty-fifth,
thirty-eighth, forty-first, forty-fourth and forty-seventh sets, each family here is a CLOSE VARIANT OF ONE REAL
DEVELOPMENT ROSTER'S OWN LAYOUT, named in the family's docstring with its sec.gov address. The rosters, counted from
the SOURCES.md sections of those ten sets: Danaher's 2001 Exhibit 8 (dev/text_dotleader_twocol_history_danaher.txt),
used by none of them; and three used once each, by sets long developed against, with no sibling filing used too
(BSCI was used twice; Power Corporation, AIG, ConAgra, E.ON, MSDW, IDT and Trilogy by two sibling filings each; the
four tests/data/rosters files no set named - Southwestern, Smith Barney, Citigroup and Power Corporation - are the
same filings as dev files a set used): Smith Barney Corporate Trust Company's Exhibit 99.A (gather35), Refac's
Exhibit 99.2 (gather24) and The Canopy Group's exhibit (gather24). The other persons are printed the way that filing
prints its own, with only the small differences two filings by different law firms show - column widths, the
header's label words (taken from other real rosters), the heading and preamble wording, name order and case, a
numbering or separator style, where the page breaks fall - and no layout feature the real filings do not have. Each
docstring lists the choices in which the family differs from its real model, and each differs in at least two of
them from the earlier family built on the same roster (relayout_heldout35.stacked_name_title_citizenship_table,
relayout_heldout24.dashed_rule_name_titles_table, relayout_heldout24.labelled_occupation_sentence_blocks). They are
held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import textwrap

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _letter_codes,
    _wrap_rows,
    centre,
    expected,
    printed_name,
    wrap_lines,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout38 import _defined_term

_SEAT = ("Director",)


def _page(markers: bool, tag: str = "<PAGE>") -> str:
    return tag if markers else "\f"


def _exceptions(roster: Roster) -> list[dict]:
    default, country = _most_common_citizenship(roster)
    return [p for p in roster.people if not _covered(p, country, default)]


def _citizenship_clause(roster: Roster, lead: str) -> str:
    """'<lead> a citizen of the United States, except A, who is a citizen of Canada' (no full stop)."""
    default, _ = _most_common_citizenship(roster)
    others = _exceptions(roster)
    return f"{lead} {_is_citizen(default)}" + (f", except {_named_exceptions(others)}" if others else "")


def _is_director(person: dict) -> bool:
    return "board of directors" in person["bodies"] or any(t in _SEAT for t in person["positions"])


# ---- 1. Danaher 2001: numbered parts, a dot leader to a five-year history paragraph ending in the address ---------
def dotleader_history_numbered_parts(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Danaher's 2001 Exhibit 8 (tests/data/rosters_real/dev/text_dotleader_twocol_history_danaher.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/822046/000092838501500988/dex8.txt: '<PAGE>', a centred 'Exhibit 8', the
    centred 'DIRECTORS AND EXECUTIVE OFFICERS OF DANAHER AND THE PURCHASER', a preamble opening with a run-in lead
    ('Directors and executive officers of Danaher. The following table sets forth the name and present principal
    occupation or employment, and material occupations, positions, offices or employments for the past five years
    of each director and executive officer of Danaher. ... Unless otherwise indicated, the business address of each
    such person is c/o Danaher, at <address>, and each such person is a citizen of the United States of America.'),
    then a NUMBERED PART HEADING per organisation and body ('1. Directors of Danaher'), no table tags, a two-line
    caption 'Name' | 'Present Principal Occupation and / Five-Year Employment History' with dashes under the caption
    words only, each name indented one space and run by a DOT LEADER to the second column at 29; the cell a
    paragraph wrapped at 50 (';'-separated roles, outside directorships) that ends, after a full stop and without
    label, with the person's own business address where it is not the default; a blank line between persons). The
    other persons printed that way; the choices in which this family differs from it (no earlier family is built on
    this roster): 'SCHEDULE I' for 'Exhibit 8' and one organisation in the title ('DIRECTORS AND EXECUTIVE OFFICERS
    OF <ORG>'); the preamble's lead defining the short name ('Directors and executive officers of <Org>
    ("<Term>").'), without the real one's 'Unless otherwise indicated below each occupation ... refers to employment
    with Danaher' (the titles held in the organisation are printed '<Title> of <Term>' instead) and without 'c/o
    Danaher, at' before the default address (the address printed as the roster gives it), the exceptions to
    the default citizenship named in it (IDT's way) and no citizenship clause where the layout prints none; a second
    numbered part '2. Executive Officers of <Term>' for those who are not directors (Danaher's sections continue past
    the stored cut), each part with the caption again; a director's seat given by the part heading, his other
    titles and outside occupations in the cell ('Director of <Term>.' for a director with nothing else), tenure words
    ('for over five years') not added; the second column at 33 and the paragraph wrapped at options.width + 14; a
    name too long for the leader wrapped above the leader line; '(a)' before the name in the numbered variant,
    'SURNAME, Given' in the upper_last_first variant; a dashed rule between persons in the ruled variant; a page
    break (options.page_break_in) after that person's first line (after his row where it has one line): the
    centred page number, <PAGE> (a form feed without markers) and, if the header repeats, 'SCHEDULE I (continued)'
    and the caption."""
    org = roster.organization
    term = _defined_term(org)
    col, width = 33, options.width + 14
    default = _default_address(roster)
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("SCHEDULE I"), ""]
    lines += [centre(line) for line in wrap_lines(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    preamble = (f"Directors and executive officers of {org} (\"{term}\"). The following table sets forth the name and "
                f"present principal occupation or employment, and material occupations, positions, offices or "
                f"employments for the past five years of each director and executive officer of {term}. Unless "
                f"otherwise indicated, the business address of each such person is {', '.join(default)}")
    if options.citizenship:
        preamble += ", and " + _citizenship_clause(roster, "each such person is")
    lines += textwrap.wrap(_full_stop(preamble), 78, initial_indent=" " * 10, break_on_hyphens=False) + [""]
    caption = [f"{'':<{col}}Present Principal Occupation and", f"{'Name':<{col}}Five-Year Employment History",
               f"{'----':<{col}}{'-' * 28}"]
    directors = [p for p in roster.people if _is_director(p)]
    officers = [p for p in roster.people if not _is_director(p)]
    parts = [(f"Directors of {term}", directors), (f"Executive Officers of {term}", officers)]
    letters = _letter_codes(len(roster.people))
    seen = 0
    number = 0
    for heading, people in parts:
        if not people:
            continue
        number += 1
        lines += [f"{number}. {heading}", ""] + caption + [""]
        for person in people:
            index = roster.people.index(person)
            name = (f"({letters[seen].lower()}) " if options.numbered else "") + printed_name(person, options)
            seen += 1
            titles = [t for t in person["positions"] if not (t in _SEAT and person in directors)]
            items = [f"{t} of {term}" for t in titles] + person["other_positions"]
            if not items:
                items = [f"Director of {term}"] if person in directors else ["--"]
            text = _full_stop("; ".join(items))
            if person["address"] != default:
                text += " " + ", ".join(person["address"])
            cell = wrap_lines(text, width)
            heads = wrap_lines(name, col - 6, "   ")
            last = heads.pop()
            lead = f" {last}{'.' * max(2, col - 3 - len(last))}"
            rows = [f" {h}" for h in heads] + [f"{lead:<{col}}{cell[0]}".rstrip()] + [f"{'':<{col}}{c}" for c in cell[1:]]
            if options.page_break_in == index and index < len(roster.people) - 1:
                at = len(heads) + 1
                again = caption + [""] if at < len(rows) or person is not people[-1] else []
                rows[at:at] = (["", centre(f"S-{number + 1}"), _page(options.markers), ""]
                               + ([centre("SCHEDULE I (continued)"), ""] + again if options.repeat_header else []))
            lines += rows + (["-" * (col + width), ""] if options.rules else [""])
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines).rstrip() + "\n", people


# ---- 2. Smith Barney 2004: the stacked two-column <Table>, one title a line -----------------------------------------
def stacked_title_lines_employer_address_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Smith Barney Corporate Trust Company's Exhibit 99.A (tests/data/rosters_real/dev/table_stacked_name_
    title_citizenship_smith_barney.txt, sec.gov https://www.sec.gov/Archives/edgar/data/815097/000104746904035070/
    a2146266zex-99_a.txt: '<Page>', a centred 'EXHIBIT 99.A', the centred 'EXECUTIVE OFFICERS AND DIRECTORS OF' /
    '<ORG>', no preamble, a <Table><Caption> 'NAME, TITLE, AND CITIZENSHIP' | 'PRINCIPAL OCCUPATION AND BUSINESS
    ADDRESS' with dashes as long as each caption, <S>/<C>; the left cell stacks the name, the capacity ('Director
    and' / 'Executive Officer') and the citizenship; the right cell, from 38, stacks the occupation (a wrapped line
    indented two), the employer on its own line and the address lines; a blank line between rows). The other persons
    printed that way; the choices in which this family differs from it (and from heldout35's stacked_name_title_
    citizenship_table, which adds a preamble and 'SCHEDULE B', changes the caption words, joins the titles and
    wraps them at 22, numbers '1.', rules with dashes and breaks the page between rows): 'ANNEX A' for 'EXHIBIT
    99.A', the real title and caption words and no preamble kept; EACH title held in the organisation on a line of
    its own in the left cell (wrapping under itself indented two); the right column from 44, wrapping at
    options.width + 8; for a person employed only by the organisation his titles other than the seat (else 'Director')
    one a line over the organisation's name, else each outside occupation on its own lines; '(1)' before the name in
    the numbered variant; 'SURNAME, Given' in the upper_last_first variant; a row of '=' between rows in the ruled
    variant; a page break (options.page_break_in) INSIDE that person's row after its second line: a centred page
    number, <Page> (a form feed without markers) and, if the header repeats, the caption again; plain text without
    <Page>/<Table>/<Caption>/<S> tags in the variant without markers. Expected: the titles, the outside occupations,
    each person's own address and citizenship as printed."""
    org = roster.organization
    col = 44
    width = options.width + 8
    labels = ["NAME, TITLE, AND CITIZENSHIP" if options.citizenship else "NAME AND TITLE",
              "PRINCIPAL OCCUPATION AND BUSINESS ADDRESS"]
    caption = [f"{labels[0]:<{col}}{labels[1]}", f"{'-' * len(labels[0]):<{col}}{'-' * len(labels[1])}"]
    head = (["<Table>", "<Caption>"] if options.markers else []) + caption + ([f"{'<S>':<{col}}<C>"]
                                                                             if options.markers else [])
    lines = (["<Page>"] if options.markers else []) + ["", "", "", centre("ANNEX A"), "",
                                                       centre("EXECUTIVE OFFICERS AND DIRECTORS OF")]
    lines += [centre(line) for line in wrap_lines(org.upper(), 70)] + ["", ""] + head
    for index, person in enumerate(roster.people):
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        left = wrap_lines(name, col - 2, "    ")
        left += [piece for title in person["positions"] for piece in wrap_lines(title, col - 4, "  ")]
        if options.citizenship:
            left.append(person["citizenship"])
        right: list[str] = []
        if person["other_positions"]:
            for other in person["other_positions"]:
                right += wrap_lines(other, width, "  ")
        else:
            own = [t for t in person["positions"] if t not in _SEAT] or person["positions"][:1] or ["Director"]
            right += [piece for title in own for piece in wrap_lines(title, width, "  ")] + wrap_lines(org, width, "  ")
        right += [piece for line in person["address"] for piece in wrap_lines(line, width, "  ")]
        rows = _wrap_rows([left, right], [col, width])
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", centre(f"A-{index + 2}"), _page(options.markers, "<Page>"), ""] + (
                caption + ([f"{'<S>':<{col}}<C>"] if options.markers else []) if options.repeat_header else [])
        lines += rows
        if index < len(roster.people) - 1:
            lines.append("=" * (col + width) if options.rules else "")
    lines += ["</Table>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. Refac 2005: the name with its titles under it, a dashed rule after every row ---------------------------------
def comma_name_titles_dashed_rows(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Refac's Exhibit 99.2 (tests/data/rosters_real/dev/text_twocol_nametitle_dashed_refac.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/311046/000095017205002966/ny5268.txt: 'Exhibit 99.2' at the left
    margin, 'Identity and Background of Refac Officers and Directors' indented, the preamble 'During the last five
    years, no person set forth below: (i) has been convicted ... or (ii) was party to a civil proceeding described
    in Item 2 of Schedule 13D. Unless otherwise specified, the business address of each person is Refac, <address>.',
    then <TABLE>, a full dashed rule, 'Name and Title' | 'Occupation and  Business Address', a full dashed rule,
    <CAPTION>, <S>/<C>; the left cell the name followed by a comma, the titles wrapped under it ('Chief Executive
    Officer, General Counsel' / 'and Director of Refac'), the right cell from 50 the occupation ('<titles> of Refac'
    for an officer, 'Retired' for an outside director); a full dashed rule after every row). The other persons
    printed that way; the choices in which this family differs from it (and from heldout24's dashed_rule_name_
    titles_table, which has 'Schedule A', reorders the preamble, relabels the columns, drops the comma after the
    name and puts the exceptions to the citizenship in the preamble): 'Exhibit 99.3' and the title 'Identity and
    Background of <Org> Directors and Executive Officers' (the body words in the other order); the real preamble's
    words kept (the default address without the organisation's name before it), a citizenship sentence after it where the layout prints one ('Unless otherwise specified, each person
    is a citizen of the United States.'), the exceptions printed in the right cell as '(citizen of Canada)' after the
    occupation (Southwestern Energy's way); the titles in the left cell joined by '; '; the right cell holding the
    titles other than the seat as '<Title> of <Org>' and the outside occupations, '; '-joined, wrapping at
    options.width + 14, then a person's own address lines where they are not the default; the right column at 46;
    the real's label words and rule-before-<CAPTION> order kept; '1)' before the name in the numbered variant;
    'SURNAME, Given' in the upper_last_first variant; '=' rules for the dashed ones in the ruled variant; a page
    break (options.page_break_in) INSIDE that person's row after its first line: <PAGE> (a form feed without
    markers) and, if the header repeats, the header between its rules again; no tags without markers."""
    org = roster.organization
    col, width = 46, options.width + 14
    mark = "=" if options.rules else "-"
    full = mark * (col + width)
    default = _default_address(roster)
    cdefault, ccountry = _most_common_citizenship(roster)
    header = [full, f"{'Name and Title':<{col}}Occupation and  Business Address", full]
    lines = ["Exhibit 99.3", "", ""]
    lines += ["            " + line for line in wrap_lines(f"Identity and Background of {org} Directors and Executive "
                                                         f"Officers", 66)] + ["", ""]
    preamble = ("During the last five years, no person set forth below: (i) has been convicted in a criminal "
                "proceeding (excluding traffic violations or similar misdemeanors) or (ii) was party to a civil "
                "proceeding described in Item 2 of Schedule 13D. Unless otherwise specified, the business address of "
                f"each person is {_full_stop(', '.join(default))}")
    if options.citizenship:
        preamble += f" Unless otherwise specified, each person is {_is_citizen(cdefault)}."
    lines += textwrap.wrap(preamble, 78, initial_indent=" " * 9, break_on_hyphens=False) + [""]
    lines += (["<TABLE>", ""] if options.markers else []) + header + (["<CAPTION>", "", f"{'<S>':<{col}}<C>"]
                                                                    if options.markers else [""])
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}) " if options.numbered else "") + printed_name(person, options)
        left = wrap_lines(name + ("," if person["positions"] else ""), col - 2, "   ")
        left += wrap_lines("; ".join(person["positions"]), col - 2) if person["positions"] else []
        items = [f"{t} of {org}" for t in person["positions"] if t not in _SEAT] + person["other_positions"]
        if not items:
            items = [f"{t} of {org}" for t in person["positions"]] or ["--"]
        right = wrap_lines("; ".join(items), width)
        if options.citizenship and not _covered(person, ccountry, cdefault):
            right += wrap_lines(f"(citizen of {person['citizenship']})", width)
        if person["address"] != default:
            right += [piece for line in person["address"] for piece in wrap_lines(line, width, "  ")]
        rows = _wrap_rows([left, right], [col, width])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", _page(options.markers), ""] + (header + [""] if options.repeat_header else [])
        lines += rows + [full]
    lines += ["</TABLE>"] if options.markers else []
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 4. Canopy 2001: name and address lines, a labelled occupation sentence, a labelled citizenship ----------------
_INDEFINITE = ("Director", "Trustee", "Manager", "Member", "General Partner", "Managing Director", "Vice President")


def _article(title: str) -> str:
    return ("a " if title.startswith(_INDEFINITE) else "the ") + title


def _sentence_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def labelled_sentence_article_titles(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Canopy Group's exhibit (tests/data/rosters_real/dev/labelled_occupation_canopy.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/1094944/000102048801000016/0002.txt: a page line ('Page 7 of 8 Pages')
    over the flush-left title 'Directors and Executive Officers, and Controlling Persons', no preamble, then one
    block per person flush left: the name, the address lines, 'Principal Occupation:' with its value from column 27
    as a sentence wrapping under itself ('Mr. Yarro is the President and a Director and a controlling shareholder
    of Canopy.'), 'Citizenship:' with its value from column 18; a blank line between blocks). The other persons
    printed that way; the choices in which this family differs from it (and from heldout24's labelled_occupation_
    sentence_blocks, which centres 'Executive Officers and Directors' / 'of <Org>', adds a preamble, labels 'Present
    Principal Occupation:', sets both values at 32 and writes 'Mr. Chia'): the page line 'Page 2 of 4 Pages' and the
    title 'Directors and Executive Officers of <Org> ("<Term>")' defining the short name; the sentence by the person's full name, each title with its article ('the President, the Chief
    Executive Officer and a Director of <Term>.'), each outside occupation a sentence of its own ('<Name> is also
    <occupation>.'); the occupation's value from column 28, wrapping at options.width + 20, the citizenship's from
    column 16 (the real's two different value columns, shifted); '1.' before the name in the numbered variant,
    'SURNAME, Given' in the upper_last_first variant; a row of '*' between blocks in the ruled variant; a page break
    (options.page_break_in) after the first line of that person's occupation: the page line, and, if the header
    repeats, the title with '(continued)'. Without markers the page line alone (no form feed: the real has none)."""
    org = roster.organization
    term = _defined_term(org)
    width = options.width + 20
    pages = 4
    title = f"Directors and Executive Officers of {org}"
    lines = [centre(f"Page 2 of {pages} Pages"), f"{title} (\"{term}\")", "", ""]
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        full = person["name"]
        sentences = []
        if person["positions"]:
            sentences.append(_full_stop(f"{full} is {_sentence_list([_article(t) for t in person['positions']])} "
                                        f"of {term}"))
        for number, other in enumerate(person["other_positions"]):
            also = "also " if person["positions"] or number else ""
            sentences.append(_full_stop(f"{full} is {also}{other}"))
        occupation = " ".join(sentences) or f"{full} holds no office with {term}."
        block = [(f"{index + 1}. " if options.numbered else "") + name] + list(person["address"])
        values = wrap_lines(occupation, width)
        block.append(f"{'Principal Occupation:':<28}{values[0]}")
        block += [f"{'':<28}{v}" for v in values[1:]]
        if options.page_break_in == index:
            at = len(person["address"]) + 2
            block[at:at] = ["", "", centre(f"Page 3 of {pages} Pages")] + (
                [f"{title} (continued)", ""] if options.repeat_header else [""])
        if options.citizenship:
            block.append(f"{'Citizenship:':<16}{person['citizenship']}")
        lines += block
        if index < len(roster.people) - 1:
            lines.append("*" * 20 if options.rules else "")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"dotleader_history_numbered_parts": dotleader_history_numbered_parts,
            "stacked_title_lines_employer_address_table": stacked_title_lines_employer_address_table,
            "comma_name_titles_dashed_rows": comma_name_titles_dashed_rows,
            "labelled_sentence_article_titles": labelled_sentence_article_titles}

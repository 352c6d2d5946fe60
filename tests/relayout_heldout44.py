"""Held-out re-layout families, forty-fourth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (20:30-21:20 UTC by `date`) by helper session gather44 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the twenty-third, twenty-fourth, twenty-sixth, twenty-ninth, thirty-second, thirty-fifth,
thirty-eighth and forty-first sets, each family here is a CLOSE VARIANT OF ONE REAL DEVELOPMENT ROSTER'S OWN LAYOUT
(a file in tests/data/rosters_real/dev/, named in the family's docstring with its sec.gov address), four real
rosters none of those sets used (BSCI's Exhibit 1.1, IDT Corporation's Exhibit 7, MSDW OIP's 2001 Exhibit 3, ConAgra's
2000 Schedule I; each a sibling of a roster one of them used, and each family differs in at least two choices from
the families built on that sibling): the other persons printed the way that filing prints its own, with only the
small differences two filings by different law firms show - column widths and which column wraps, the header's
label words (taken from other real rosters), the heading and preamble wording, name order and case, a numbering or
separator style, where the page breaks fall - and no layout feature the real filings do not have. They measure how
the reader does on the kind of annex a user's next filing most likely has. Each docstring lists the choices in which
the family differs from its real model; each family differs from every earlier family (tests/relayout.py,
tests/relayout_heldout5..43.py) in at least two of those choices. They are held out: tests/relayout.py adds FAMILIES
to HELD_OUT_FAMILIES at its very end; the lead measures them once (benchmarks/bench_rosters.py) and they become
development families after that measurement. tests/test_relayout_families.py only checks that each prints the
people it expects; nothing here says anything about the reader's quality on them (not yet measured).

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
    edgar_marks,
    expected,
    printed_name,
    wrap_lines,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout33 import _citizens
from relayout_heldout38 import _defined_term

_SECTION_WORDS = {"board of directors": "Directors", "executive officers": "Executive Officers",
                  "general partner": "General Partners", "managers": "Managers", "trustees": "Trustees"}


def _exceptions(roster: Roster) -> list[dict]:
    default, country = _most_common_citizenship(roster)
    return [p for p in roster.people if not _covered(p, country, default)]


def _people(roster: Roster, options: Options, **override) -> list[dict]:
    return [expected(p, roster.organization, options, **{**_citizenship_by_default(p, roster, options), **override})
            for p in roster.people]


def _section_key(person: dict) -> str:
    """The section a person is listed in where each is listed once: the board first, else his first body."""
    if "board of directors" in person["bodies"]:
        return "board of directors"
    return person["bodies"][0] if person["bodies"] else "executive officers"


def _sections_once(roster: Roster) -> list[tuple[str, list[dict]]]:
    """(body, members) in the order the bodies are first met, the board first; each person once."""
    keys: list[str] = []
    for person in roster.people:
        key = _section_key(person)
        if key not in keys:
            keys.append(key)
    keys.sort(key=lambda k: k != "board of directors")
    return [(key, [p for p in roster.people if _section_key(p) == key]) for key in keys]


def _column_caption(labels: list[list[str]], widths: list[int]) -> list[str]:
    """Captions stacked bottom-aligned and centred over their columns, a dashed line under each column."""
    depth = max(len(label) for label in labels)
    cells = [[""] * (depth - len(label)) + [f"{line:^{w - 3}}".rstrip() for line in label]
             for label, w in zip(labels, widths)]
    return _wrap_rows(cells, widths) + ["".join(f"{'-' * (w - 3):<{w}}" for w in widths).rstrip()]


# ---- 1. BSCI: Name | Occupation | Name of Employer | Address of Employer, one <TABLE> per '<Term>'s <Body>' section -
def employer_tables_by_section(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Bear Stearns Companies Inc.'s Exhibit 1.1 (tests/data/rosters_real/dev/text_fixed5col_employer_
    bsci.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1058444/000095013506005955/b62468scexv1w1.txt:
    '<PAGE>', 'EXHIBIT 1.1' at the right margin, the centred title 'IDENTITY AND BACKGROUND OF BSCI'S DIRECTORS AND
    OFFICERS', the preamble 'To the knowledge of the Reporting Persons, the following represents the names, present
    principal occupations or employment, and the names, principal businesses and addresses of the employers, of
    BSCI's directors and officers.', the sub-heading 'BSCI's Directors' over an EDGAR <TABLE><CAPTION> Name | Present
    Principal / Occupation or Employment | Name of Employer | Principal Business / of Employer | Address of Employer,
    the captions bottom-aligned and centred over a dashed line per column, <S>/<C>, every cell wrapping under itself,
    the employer's address one comma-joined string wrapped where the column ends, a blank line between rows). The
    other persons printed that way; the choices in which this family differs from it: 'EXHIBIT 99.2' at the right
    margin; the title's and the preamble's wording, the organisation named in full with a defined term
    ('("AIG")'), and, where the layout prints a citizenship, IDT Corporation's sentence after it ('Each of the
    persons listed below is a citizen of the United States, other than A, who is a citizen of Canada.',
    dev/text_fixed4col_position_occupation_idt_corporation.txt; BSCI prints none); four columns, no principal
    business of the employer (the rosters do not give it); one sub-heading and one <TABLE> per section, '<Term>'s
    Directors' then '<Term>'s Executive Officers' (a person on the board listed once, with all his titles, under
    the directors); in the occupation cell each title held in the organisation on a line of its own (wrapping under
    itself), the organisation's name in the employer cell beside the first, then each outside occupation whole with
    its employer cell empty; the column widths 24 | options.width | 24 | 28; '1.' before the name in the numbered
    variant (counted through the sections), 'SURNAME, Given' in the upper_last_first variant; a dashed line across
    the table between rows in the ruled variant; no tags without markers; a page break (options.page_break_in)
    after the person's row: where the header repeats the table closes, then the centred page number, <PAGE> (a form
    feed without markers), the sub-heading with '(continued)' and the table again with its caption."""
    org = roster.organization
    term = _defined_term(org)
    widths = [24, options.width, 24, 28]
    caption = _column_caption([["Name"], ["Present Principal", "Occupation or Employment"], ["Name of Employer"],
                               ["Address of Employer"]], widths)
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + ([edgar_marks(widths)] if options.markers
                                                                             else [])
    tail = ["</TABLE>"] if options.markers else []
    lines = (["<PAGE>", ""] if options.markers else []) + [f"{'EXHIBIT 99.2':>80}", "",
                                                           centre(f"IDENTITY AND BACKGROUND OF THE DIRECTORS AND "
                                                                   f"OFFICERS OF {term}"), ""]
    preamble = (f"To the knowledge of the Reporting Persons, the following represents the names, present principal "
                f"occupations or employment, and the names and addresses of the employers, of the directors and "
                f"executive officers of {org} (\"{term}\").")
    if options.citizenship:
        others = _exceptions(roster)
        default, _ = _most_common_citizenship(roster)
        preamble += (f" Each of the persons listed below is {_is_citizen(default)}"
                     + (f", other than {_named_exceptions(others)}." if others else "."))
    lines += wrap_lines(preamble, 80) + [""]
    number = 0
    sections = _sections_once(roster)
    for body, members in sections:
        label = f"{term}'s {_SECTION_WORDS.get(body, 'Officers')}"
        lines += [label, ""] + head
        for person in members:
            number += 1
            occupation: list[str] = []
            employer: list[str] = []
            for rank, title in enumerate(person["positions"]):
                piece = wrap_lines(title, widths[1] - 3, " ")
                firm = wrap_lines(org, widths[2] - 3) if rank == 0 else []
                depth = max(len(piece), len(firm))
                occupation += piece + [""] * (depth - len(piece))
                employer += firm + [""] * (depth - len(firm))
            for item in person["other_positions"]:
                occupation += wrap_lines(item, widths[1] - 3, " ")
            name = (f"{number}. " if options.numbered else "") + printed_name(person, options)
            lines += _wrap_rows([wrap_lines(name, widths[0] - 3, "   "), occupation or ["--"], employer or ["--"],
                                 wrap_lines(", ".join(person["address"]), widths[3] - 3)], widths)
            index = roster.people.index(person)
            if options.page_break_in == index and person is not members[-1]:
                lines += (tail if options.repeat_header else []) + ["", centre(str(number + 1)),
                                                                     "<PAGE>" if options.markers else "\f", ""]
                lines += [f"{label} (continued)", ""] + head if options.repeat_header else []
            elif person is not members[-1]:
                lines.append("-" * (sum(widths) - 3) if options.rules else "")
        lines += tail + [""]
    return ".txt", "\n".join(lines).rstrip() + "\n", _people(roster, options)


# ---- 2. IDT Corporation: Name | Position(s) | Principal Occupation | Business Address, lettered -------------------
def position_lines_occupation_repeat_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1086472/000089183601500310/exh7.txt: 'EXHIBIT 7'
    at the left margin, two blank lines, a centred two-line title 'DIRECTORS AND EXECUTIVE OFFICERS OF' / 'IDT
    CORPORATION AS OF OCTOBER 23, 2001', a preamble whose first line is indented nine ('Unless otherwise indicated,
    each occupation set forth opposite an executive officer's name refers to employment with IDT Corporation. Each
    person listed below is a citizen of the United States, other than Paul Reichmann, who is a citizen of
    Canada.'), an EDGAR <TABLE><CAPTION> of one-line labels Name | Position | Principal Occupation | Business Address
    each underlined by its own dashes, <S>/<C> right under them, the position and the occupation wrapping in
    parallel, an insider's occupation repeating his position, the address lines stacked, a blank line between
    rows). The other persons printed that way; the choices in which this family differs from it: the heading
    ('EXHIBIT C', the title 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>' with no date); the preamble's wording
    (the organisation given a defined term '(the "Company")'; the citizenship sentence 'All of the persons listed
    below are citizens of the United States, other than A, who is a citizen of Canada.'); the label 'Position(s)'
    (Citizens Funds' words); the column widths 27 | 29 | options.width + 2 | 30 (IDT 28 | 30 | 32); each title held
    in the organisation on a line of its own in the position column, wrapping under itself with a two-space
    hanging indent (IDT has one title a person); the occupation column each outside occupation on its own lines,
    for a person with none his titles again, one a line (those other than 'Director' where he has others); 'a.', 'b.' before the name in the numbered variant,
    'SURNAME, Given' in the upper_last_first variant; a row of '=' between rows in the ruled variant; a page break
    (options.page_break_in) between that person's row and the next: <PAGE> (a form feed without markers), the
    centred page number, and the caption again if it repeats."""
    org = roster.organization
    widths = [27, 29, options.width + 2, 30]
    labels = ["Name", "Position(s)", "Principal Occupation", "Business Address"]
    caption = ["".join(f"{label:<{w}}" for label, w in zip(labels, widths)).rstrip(),
               "".join(f"{'-' * len(label):<{w}}" for label, w in zip(labels, widths)).rstrip()]
    lines = ["EXHIBIT C", "", "", centre("DIRECTORS AND EXECUTIVE OFFICERS OF", 78), centre(org.upper(), 78), ""]
    preamble = (f"The name, position(s), principal occupation and business address of each director and executive "
                f"officer of {org} (the \"Company\") are set forth below. Unless otherwise indicated, each occupation "
                f"set forth opposite an executive officer's name refers to employment with the Company.")
    if options.citizenship:
        default, _ = _most_common_citizenship(roster)
        others = _exceptions(roster)
        preamble += (f" All of the persons listed below are {_citizens(default)}"
                     + (f", other than {_named_exceptions(others)}." if others else "."))
    lines += textwrap.wrap(preamble, 78, initial_indent=" " * 9, break_on_hyphens=False) + [""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + ([edgar_marks(widths)] if options.markers
                                                                                else [])
    letters = _letter_codes(len(roster.people))
    for index, person in enumerate(roster.people):
        name = (f"{letters[index].lower()}. " if options.numbered else "") + printed_name(person, options)
        titles = [piece for title in person["positions"] for piece in wrap_lines(title, widths[1] - 2, "  ")]
        jobs = person["other_positions"] or [t for t in person["positions"] if t.casefold() != "director"] or \
            person["positions"]
        occupation = [piece for job in jobs for piece in wrap_lines(job, widths[2] - 2, "  ")]
        address = [piece for line in person["address"] for piece in wrap_lines(line, widths[3] - 2)]
        lines += _wrap_rows([wrap_lines(name, widths[0] - 2, "   "), titles, occupation, address], widths)
        if index == len(roster.people) - 1:
            break
        if options.page_break_in == index:
            lines += ["", "<PAGE>" if options.markers else "\f", centre(f"-{index + 2}-", 78), ""]
            lines += caption + ([edgar_marks(widths)] if options.markers else []) if options.repeat_header else []
        else:
            lines.append("=" * (sum(widths) - 2) if options.rules else "")
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines) + "\n", _people(roster, options)


# ---- 3. MSDW OIP 2001: name | title lists under DIRECTORS and EXECUTIVE OFFICERS, the defaults in the preamble -----
def _split_titles(person: dict) -> tuple[list[str], list[str]]:
    """A person on the board and among the officers: his seat titles (those naming a director) for the directors'
    list, the others for the officers' list; a person in one body: all his titles there."""
    bodies = person["bodies"]
    if not ("board of directors" in bodies and "executive officers" in bodies):
        return person["positions"], person["positions"]
    seats = [t for t in person["positions"] if "director" in t.casefold()]
    return seats, [t for t in person["positions"] if t not in seats]


def _title_lists(roster: Roster) -> list[tuple[str, list[tuple[dict, list[str]]]]]:
    """(section label, [(person, titles)]): a person is listed in every section of a body he belongs to."""
    keys: list[str] = []
    for person in roster.people:
        keys += [b for b in (person["bodies"] or ["executive officers"]) if b not in keys]
    keys.sort(key=lambda k: k != "board of directors")
    out = []
    for key in keys:
        rows = []
        for person in roster.people:
            if key in (person["bodies"] or ["executive officers"]):
                seats, others = _split_titles(person)
                rows.append((person, seats if key == "board of directors" else others))
        out.append((_SECTION_WORDS.get(key, "Officers").upper(), rows))
    return out


def _address_of(term: str, address: list[str]) -> str:
    """'that of AIG at 70 Pine Street, New York, New York 10270.' (MSDW's words); a 'c/o' address as printed."""
    joined = _full_stop(", ".join(address))
    return joined if joined.casefold().startswith("c/o") else f"that of {term} at {joined}"


def sections_name_title_lists_preamble_defaults(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After MSDW OIP Investors, Inc.'s 2001 Exhibit 3 (tests/data/rosters_real/dev/text_sections_directors_
    officers_msdw_oip_2001.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1065860/000102140801506959/
    dex993.txt: '<PAGE>', a centred 'EXHIBIT 3' underlined by dashes, a centred two-line title 'EXECUTIVE OFFICERS
    AND DIRECTORS OF' / 'MSDW OIP INVESTORS, INC.', a preamble giving the defaults - 'If no address is given, the
    Director's or Executive Officer's business address is that of ... Unless otherwise indicated, each title set
    forth opposite an individual's name refers to OIP and each individual is a United States citizen.' - then
    indented lists with no table tags: a section row 'DIRECTORS' with 'Title' over the second column, a blank line,
    one 'Name   Title' line per person with no blank line between, then 'OFFICERS' / 'Title' and the officers, a
    person on the board and among the officers listed in both). The other persons printed that way; the choices
    in which this family differs from it: 'EXHIBIT 99.4'; the title 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>';
    the preamble's wording (the organisation given a defined term, '("AIG")', which the titles refer to; no
    default occupation: none is printed, so none is expected; the citizenship with the exceptions named: 'each
    individual is a citizen of the United States, except A, who is a citizen of Canada'); the section rows
    'DIRECTORS' and 'EXECUTIVE OFFICERS' (Harvard's and Refac's words; 'GENERAL PARTNERS' for a general partner);
    the names indented five, the title column at 45 (MSDW 3 and 50); a person's several titles one a line, wrapping
    at options.width + 6 with a two-space hanging indent; the address lines of a person whose address is not the
    preamble's, indented two under his name the first time he is listed (ConAgra's stack); a person on the board
    and among the officers lists his titles naming a director under DIRECTORS and the others under EXECUTIVE
    OFFICERS, nothing beside his name where one side has none; '1.' before the name in the numbered variant,
    counted again in each section; 'SURNAME, Given' in the upper_last_first variant; the ruled variant underlines
    the section row with dashes; a page break (options.page_break_in) after that many listed rows: the centred page
    number, <PAGE> (a form feed without markers) and the section row again with '(continued)' if it repeats."""
    org = roster.organization
    term = _defined_term(org)
    default = _default_address(roster)
    indent, column, wrap = 5, 45, options.width + 6
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("EXHIBIT 99.4"), centre("-" * 12), "",
                                                           centre("DIRECTORS AND EXECUTIVE OFFICERS OF"),
                                                           centre(org.upper()), ""]
    says = (f"Unless otherwise indicated, each title set forth opposite an individual's name refers to {term}"
            + (f" and each individual is {_is_citizen(_most_common_citizenship(roster)[0])}" if options.citizenship
               else ""))
    others = _exceptions(roster) if options.citizenship else []
    says += f", except {_named_exceptions(others)}." if others else "."
    lines += wrap_lines(f"The names of the Directors and the names and titles of the Executive Officers of {org} "
                   f"(\"{term}\") are set forth below. If no address is given, the Director's or Executive "
                   f"Officer's business address is {_address_of(term, default)} {says}", 80)
    shown: set[str] = set()
    rows_listed = 0
    for label, rows in _title_lists(roster):
        row_head = [f"{' ' * (indent - 2)}{label:<{column - indent + 2}}Title"]
        row_head += [f"{' ' * (indent - 2)}{'-' * len(label):<{column - indent + 2}}-----"] if options.rules else []
        lines += [""] + row_head + [""]
        for number, (person, titles) in enumerate(rows, 1):
            name = (f"{number}. " if options.numbered else "") + printed_name(person, options)
            stack = wrap_lines(name, column - indent - 2, "   ")
            if person["name"] not in shown and person["address"] != default:
                stack += ["  " + piece for line in person["address"] for piece in wrap_lines(line, column - indent - 4)]
            shown.add(person["name"])
            right = [piece for title in titles for piece in wrap_lines(title, wrap, "  ")]
            lines += _wrap_rows([stack, right], [column - indent, wrap], " " * indent)
            rows_listed += 1
            if options.page_break_in is not None and rows_listed == options.page_break_in + 1 and \
                    number < len(rows):
                lines += ["", centre("2"), "<PAGE>" if options.markers else "\f", ""]
                lines += [f"{' ' * (indent - 2)}{label + ' (continued)':<{column - indent + 2}}Title", ""] \
                    if options.repeat_header else []
    return ".txt", "\n".join(lines) + "\n", _people(roster, options, other_positions=[])


# ---- 4. ConAgra 2000: name over its address lines | '<Title> of <Term>' lines, justified preamble -----------------
def _justify(text: str, width: int, first_indent: int = 5) -> list[str]:
    """A justified paragraph: each line but the last padded to the width by widening the gaps between its words
    from the left (the word processor's way, 'ConAgra,   Inc.'s   ("ConAgra")')."""
    lines = textwrap.wrap(text, width, initial_indent=" " * first_indent, break_on_hyphens=False)
    out = []
    for row, line in enumerate(lines):
        words = line.split()
        lead = " " * first_indent if row == 0 else ""
        gaps = len(words) - 1
        if row == len(lines) - 1 or gaps == 0:
            out.append(lead + " ".join(words))
            continue
        spare = width - len(lead) - sum(len(word) for word in words)
        sizes = [spare // gaps + (1 if gap < spare % gaps else 0) for gap in range(gaps)]
        out.append(lead + "".join(word + " " * size for word, size in zip(words, sizes + [0])))
    return out


def justified_preamble_name_address_term_titles(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After ConAgra, Inc.'s 2000 Schedule I (tests/data/rosters_real/dev/text_indented_nameaddr_conagra_2000.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/1027881/000090044000000032/0002.txt: 'SCHEDULE I' at the left
    margin, a JUSTIFIED preamble indented five on its first line ('ConAgra,   Inc.'s   ("ConAgra")   executive
    officers  and  directors  (the "Individuals") and the information required by Item 2 of Schedule 13D are listed
    below, along with the offices held by such Individual. Unless otherwise indicated, the business address for
    each Individual is c/o ConAgra, Inc., ... Each Individual is a U.S. citizen.'), then no table tags and no
    column header: two columns indented six, the left the name and under it EVERY person's address lines (the
    default one too, a foreign one ending in its country line), the right from column 42 the offices held as
    '<Title> of ConAgra' - the defined term - wrapping under themselves; a blank line between persons). The other
    persons printed that way; the choices in which this family differs from it: 'SCHEDULE B'; the preamble's
    wording ('The name, business address and present principal occupation of each of the executive officers and
    directors of <Org> ("<Term>") (the "Individuals"), as required by Item 2 of Schedule 13D, are listed below,
    along with the offices held by each Individual.'), the citizenship sentence naming the exceptions ('Each
    Individual is a citizen of the United States, except A, who is a citizen of Canada.'); the right column from
    column 40 wrapping at options.width; each title a '<Title> of <Term>' line of its own, then each occupation
    outside the organisation on lines of its own (ConAgra's outside directors print none); '(a)', '(b)' before the
    name in the numbered variant, 'SURNAME, Given' in the upper_last_first variant; a row of hyphens between
    persons in the ruled variant; a page break (options.page_break_in) after that person: the centred page number,
    <PAGE> (a form feed without markers) and 'SCHEDULE B (continued)' if the header repeats."""
    org = roster.organization
    term = _defined_term(org)
    default = _default_address(roster)
    indent, left = 6, 34
    lines = ["SCHEDULE B", ""]
    preamble = (f"The name, business address and present principal occupation of each of the executive officers and "
                f"directors of {org} (\"{term}\") (the \"Individuals\"), as required by Item 2 of Schedule 13D, are "
                f"listed below, along with the offices held by each Individual. Unless otherwise indicated, the "
                f"business address for each Individual is {_full_stop(', '.join(default))}")
    if options.citizenship:
        default_citizenship, _ = _most_common_citizenship(roster)
        others = _exceptions(roster)
        preamble += (f" Each Individual is {_is_citizen(default_citizenship)}"
                     + (f", except {_named_exceptions(others)}." if others else "."))
    lines += _justify(preamble, 78) + [""]
    letters = _letter_codes(len(roster.people))
    for index, person in enumerate(roster.people):
        name = (f"({letters[index].lower()}) " if options.numbered else "") + printed_name(person, options)
        stack = wrap_lines(name, left - 2, "    ") + [piece for line in person["address"] for piece in wrap_lines(line, left - 2)]
        right = [piece for title in person["positions"] for piece in wrap_lines(f"{title} of {term}", options.width, " ")]
        right += [piece for item in person["other_positions"] for piece in wrap_lines(item, options.width, " ")]
        lines += _wrap_rows([stack, right], [left, options.width], " " * indent)
        if index == len(roster.people) - 1:
            break
        if options.page_break_in == index:
            lines += ["", "", centre("B-2", 78), "<PAGE>" if options.markers else "\f", ""]
            lines += ["SCHEDULE B (continued)", ""] if options.repeat_header else []
        else:
            lines.append(" " * indent + "-" * (left + options.width) if options.rules else "")
    return ".txt", "\n".join(lines) + "\n", _people(roster, options)


FAMILIES = {"employer_tables_by_section": employer_tables_by_section,
            "position_lines_occupation_repeat_table": position_lines_occupation_repeat_table,
            "sections_name_title_lists_preamble_defaults": sections_name_title_lists_preamble_defaults,
            "justified_preamble_name_address_term_titles": justified_preamble_name_address_term_titles}

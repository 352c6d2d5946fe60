"""Held-out re-layout families, nineteenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (01:10-01:20 UTC by `date`) by helper session gather19 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the eighteenth set, no family here adds a layout feature that no earlier family has: each
is a NEW COMBINATION of features the earlier families (and the real rosters in tests/data/rosters_real/dev/)
already have - column order and widths, which column wraps, header label words, name order and case, numbering
style, entry separators, values stacked under the name, page breaks with a repeated header, preamble or postamble
defaults worded anew, marks glued to a name and explained in notes, HTML <br>/<p> cells, HTML saved as text - the
way a real annex could print its roster, so that no earlier family (gather18's four included) renders the same
text. Each family's docstring names the real roster it is modelled on and the choices it combines. They measure
whether the reader generalises within the features it knows. They are held out: tests/relayout.py adds FAMILIES to
HELD_OUT_FAMILIES at its very end; the lead measures them once (benchmarks/bench_rosters.py) and they become
development families after that measurement. tests/test_relayout_families.py only checks that each prints the
people it expects; nothing here says anything about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _letter_codes,
    _wrap_rows,
    centred,
    expected,
    printed_name,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship, _roman


def _covered(person: dict, country: str | None, citizenship: str) -> bool:
    """Whether the person holds the default citizenship (compared by country code where there is one)."""
    return (person["country"] or person["citizenship"]) == (country or citizenship)


def _by_default(roster: Roster, options: Options) -> list[dict]:
    """The expected people when a default citizenship covers everyone not otherwise shown: the default as
    printed on those it covers, each other person's own."""
    default, country = _most_common_citizenship(roster)
    return [expected(p, roster.organization, options, citizenship=default, country=country)
            if options.citizenship and _covered(p, country, default) else expected(p, roster.organization, options)
            for p in roster.people]


# ---- 1. HTML, two stacked cells: name / titles / citizenship | occupation / address only where not the default ----
def _html_cell(lines: list[str], options: Options, bold_first: bool = False) -> str:
    escaped = [html.escape(line) for line in lines]
    if bold_first and escaped:
        escaped[0] = f"<b>{escaped[0]}</b>"
    if options.markers:
        return "".join(f"<p style=\"margin:0pt\">{line}</p>" for line in escaped) or "&nbsp;"
    return "<br>".join(escaped) or "&nbsp;"


def html_stacked_pair_default_address(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Smith Barney Corporate Trust Company's Exhibit 99.A (tests/data/rosters_real/dev/
    table_stacked_name_title_citizenship_smith_barney.txt, sec.gov .../815097/000104746904035070/
    a2146266zex-99_a.txt: two columns, the left stacking name / title lines / citizenship, the right stacking
    occupation / employer / address lines) and MetLife's Exhibit 99.1 (dev/text_twocol_nameaddr_metlife.txt,
    sec.gov .../898174/000095012305001628/y05541exv99w1.txt: the preamble gives a default business address, an
    entry prints its address only where it differs). Choices combined: that two-column roster as an HTML table
    whose caption row is ordinary <td> cells in bold underline ('Name, Title and Citizenship' | 'Present Principal
    Occupation and Business Address'); the left cell the bold name, each title held in the organisation on a line
    of its own, then the citizenship; the right cell one line per occupation outside the organisation (for a
    person with none, each title as 'Title, <Org>', as Smith Barney prints the employer) and then the address
    lines, only where the address is not the default; the default worded 'Where no business address is shown
    below, the business address of the person is ...'; every cell line in its own <p> (markers) or apart by <br>;
    the numbered variant prints '(1)' before the bold name inside the cell; an empty spacer row between persons
    (bordered in the ruled variant); a page break (options.page_break_in) closes the table after that person's
    row, a centred page number, and the table goes on, its caption row repeated if it repeats."""
    org = roster.organization
    default = _default_address(roster)
    left = "Name, Title and Citizenship" if options.citizenship else "Name and Title"
    header = (f"<tr><td width=\"40%\" valign=\"bottom\"><b><u>{left}</u></b></td><td width=\"60%\" valign=\"bottom\">"
              f"<b><u>Present Principal Occupation and Business Address</u></b></td></tr>")
    spacer = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""
    rows, tables = [header], []
    for index, person in enumerate(roster.people):
        name = (f"({index + 1}) " if options.numbered else "") + printed_name(person, options)
        stack = [name] + person["positions"] + ([person["citizenship"]] if options.citizenship else [])
        right = person["other_positions"] or [f"{title}, {org}" for title in person["positions"]]
        right = right + ([] if person["address"] == default else person["address"])
        rows.append(f"<tr><td valign=\"top\">{_html_cell(stack, options, bold_first=True)}</td>"
                    f"<td valign=\"top\">{_html_cell(right, options)}</td></tr>")
        rows.append(f"<tr><td colspan=\"2\"{spacer}>&nbsp;</td></tr>")
        if options.page_break_in == index and index < len(roster.people) - 1:
            tables.append(rows)
            rows = [header] if options.repeat_header else []
    tables.append(rows)
    parts = [f"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">{''.join(t)}</table>"
             for t in tables]
    body = ("<p align=\"center\">A-1</p><p style=\"page-break-before:always\">&nbsp;</p>").join(parts)
    says = "name, title, citizenship" if options.citizenship else "name, title"
    text = (f"<html><body><p align=\"center\"><b>ANNEX A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            f"OFFICERS OF {html.escape(org.upper())}</b></p><p>The {says}, present principal occupation or "
            f"employment and business address of each director and executive officer of {html.escape(org)} are set "
            f"forth below. Where no business address is shown below, the business address of the person is "
            f"{html.escape(_full_stop(', '.join(default)))}</p>{body}</body></html>")
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 2. labelled blocks with dot leaders under an underlined name; the default address AFTER the roster -----------
def _dotted(label: str, values: list[str], width: int, column: int = 42) -> list[str]:
    """'     Label ........ value', the value's further lines under its first one."""
    head = f"     {label} "
    head += "." * (column - len(head) - 1) + " "
    pieces = [piece for value in values for piece in textwrap.wrap(value, width)] or [""]
    return [(head if row == 0 else " " * column) + piece for row, piece in enumerate(pieces)]


def dotted_labels_postamble_address(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt, sec.gov
    .../854460/000091205701506984/a2044032zex-1.txt: labelled blocks, the values in one fixed column, an address
    over several lines) and National Grid USA Service Company's Exhibit A (dev/text_stacked_name_title_lines_
    postamble_address_national_grid.txt, sec.gov .../71339/000007133901000002/0003.txt: the shared business address
    given once AFTER the list). Choices combined: each entry opens with the name alone on a line, underlined by a
    row of hyphens as long as the name ('SURNAME, Given' in the upper_last_first variant; '(a)', '(b)' before it in
    the numbered variant); under it, indented, label words in lower case joined to the values by dot leaders,
    the values from column 42 wrapping at options.width + 6 under themselves: 'Office(s) held' (the titles held in
    the organisation, '; '-separated), 'Principal occupation' (one per occupation outside the organisation, only
    where there is one), 'Citizenship' and 'Business address' (the address lines, only where the address is not
    the default); the default given in a sentence AFTER the roster ('Except as otherwise indicated above, the
    business address of each of the persons named above is ...'); entries apart by a blank line (a row of '='
    in the ruled variant); a page break (options.page_break_in) after the office line: page number, <PAGE> (a
    form feed without markers) and 'SCHEDULE I (continued)' if the header repeats."""
    org = roster.organization
    default = _default_address(roster)
    wrap = options.width + 6
    lines = centred("SCHEDULE I", "", "INFORMATION CONCERNING DIRECTORS AND EXECUTIVE OFFICERS", f"OF {org.upper()}")
    says = "office(s) held, present principal occupation and citizenship" if options.citizenship else \
        "office(s) held and present principal occupation"
    lines += [""] + textwrap.wrap(_full_stop(f"Set forth below are the name, {says} of each director and executive "
                                             f"officer of {org}"), 76, initial_indent="     ") + [""]
    letters = _letter_codes(len(roster.people))
    for index, person in enumerate(roster.people):
        lead = f"({letters[index].lower()}) " if options.numbered else ""
        name = printed_name(person, options)
        block = [lead + name, " " * len(lead) + "-" * len(name)]
        if person["positions"]:
            block += _dotted("Office(s) held", ["; ".join(person["positions"])], wrap)
        page_at = len(block)
        if person["other_positions"]:
            block += _dotted("Principal occupation", person["other_positions"], wrap)
        if options.citizenship:
            block += _dotted("Citizenship", [person["citizenship"]], wrap)
        if person["address"] != default:
            block += _dotted("Business address", person["address"], wrap)
        if options.page_break_in == index:
            block[page_at:page_at] = ["", f"{'I-2':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                centred("SCHEDULE I (continued)") + [""] if options.repeat_header else [])
        lines += block + (["=" * 76] if options.rules else [""])
    lines += [""] + textwrap.wrap(_full_stop(f"Except as otherwise indicated above, the business address of each of "
                                             f"the persons named above is {', '.join(default)}"), 76,
                                  initial_indent="     ")
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. fixed width: titles stacked under the name, address wrapped mid-phrase, citizenship by asterisk notes ------
def stacked_titles_asterisk_citizenship(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital Corp.'s Exhibit I (tests/data/rosters_real/dev/text_numbered_stacked_title_scout_
    capital.txt, sec.gov .../1025863/000091205701544973/a2067023zex-1.txt: a <Table>, '1.' numbered rows, the
    person's titles stacked under the name), AIG's Exhibit A (dev/text_fixed4col_aig.txt, sec.gov .../909815/
    000095012306004856/y19970a5exv99wa.txt: the business address one comma-joined string wrapped wherever the
    column ends) and Lor Finance's Exhibit 7 (dev/text_asterisk_member_nameaddr_lor_finance.txt, sec.gov
    .../888002/000091205700045726/a2028396zex-99_7.txt: a '*' mark explained by a note under the table, the
    preamble's default citizenship). Choices combined: a fixed-width <TABLE> (<CAPTION>, <S>/<C>; plain text
    without markers) with two-line captions 'Name and' / 'Position(s) Held' | 'Present Principal' / 'Occupation or
    Employment' | 'Business Address'; the left column the name ('1.' before it in the numbered variant,
    'SURNAME, Given' in the upper_last_first variant) and under it, indented two spaces, each title held in the
    organisation wrapping under itself; the middle column (width options.width + 4) the occupations outside the
    organisation, empty for a person with none; the right column the address lines joined by ', ' and wrapped at
    32; no citizenship column: the preamble gives the default ('Except as noted by an asterisk, each person listed
    below is a citizen of ...', the citizenship most people hold), a name of another citizenship carries '*' ('**'
    for a second such citizenship, ...) glued to it, and notes after the table say '*    A citizen of Canada.'
    ('A French citizen.'; a person marked is expected with the note's words); entries apart by a blank line (a
    dashed row in the ruled variant); a page break (options.page_break_in) after the entry's first line, the
    captions repeated on the new page if they repeat."""
    org = roster.organization
    default, default_country = _most_common_citizenship(roster)
    marks: dict[str, str] = {}
    for person in roster.people:
        if options.citizenship and not _covered(person, default_country, default):
            marks.setdefault(person["country"] or person["citizenship"], "*" * (len(marks) + 1))
    widths = [34, options.width + 4, 34]
    caption = _wrap_rows([["Name and", "Position(s) Held"], ["Present Principal", "Occupation or Employment"],
                          ["", "Business Address"]], widths)
    caption.append("".join(f"{'-' * (w - 3):<{w}}" for w in widths).rstrip())
    lines = centred("EXHIBIT I", "", "INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS",
                     f"OF {org.upper()}")
    preamble = _full_stop(f"The following table sets forth the name, position(s) held with {org}, present principal "
                          f"occupation or employment and business address of each director and executive officer of "
                          f"{org}")
    if options.citizenship:
        preamble += (f" {'Except as noted by an asterisk, each' if marks else 'Each'} person listed below is "
                     f"{_is_citizen(default)}.")
    lines += [""] + textwrap.wrap(preamble, 78, initial_indent="     ") + [""]
    lines += (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption
    lines += [f"{'<S>':<{widths[0]}}{'<C>':<{widths[1]}}<C>"] if options.markers else []
    for index, person in enumerate(roster.people):
        mark = marks.get(person["country"] or person["citizenship"], "") if options.citizenship else ""
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options) + mark
        left = textwrap.wrap(name, widths[0] - 2) + [
            "  " + piece for title in person["positions"] for piece in textwrap.wrap(title, widths[0] - 4)]
        middle = [piece for item in person["other_positions"] for piece in textwrap.wrap(item, widths[1] - 2)]
        rows = _wrap_rows([left, middle, textwrap.wrap(", ".join(person["address"]), widths[2] - 2)], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'- 2 -':^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption + [""] if options.repeat_header else [])
        lines += rows + [("- " * (sum(widths) // 2)).rstrip() if options.rules else ""]
    lines += ["</TABLE>"] if options.markers else []
    citizenship = {p["country"] or p["citizenship"]: p["citizenship"] for p in reversed(roster.people)}
    if marks:
        lines += ["", "-" * 12] + [f"{mark:<5}A{_is_citizen(citizenship[key])[1:]}." for key, mark in marks.items()]
    people = _by_default(roster, options)
    for person, record in zip(roster.people, people):
        key = person["country"] or person["citizenship"]
        if key in marks:       # the note's words: the first citizenship printed for that country
            record["citizenship"] = citizenship[key]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 4. HTML saved as text, multi-line cells, no row separator, the citizenship exceptions named in the preamble ----
def _named_exceptions(people: list[dict]) -> str:
    """'A, who is a citizen of Canada', 'A, who ..., and B, who ...', 'A, who ..., B, who ..., and C, who ...'."""
    clauses = [f"{p['name']}, who is {_is_citizen(p['citizenship'])}" for p in people]
    if len(clauses) == 1:
        return clauses[0]
    return ", ".join(clauses[:-1]) + ("," if len(clauses) > 2 else "") + " and " + clauses[-1]


def _split_after_comma(item: str, width: int) -> list[str]:
    """An occupation longer than the width on two lines, broken after its first comma ('Chief Executive Officer,' /
    'Novo Holdings A/S') as the <br> of the saved cell breaks it; a shorter one, or one without a comma, whole."""
    head, comma, rest = item.partition(", ")
    return [head + ",", rest] if comma and len(item) > width else [item]


def saved_cells_named_exceptions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Novo Holdings A/S Schedule I (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt,
    sec.gov .../1865494/000138832526000003/ex-99-01242026_120118.htm: an HTML table saved as text, one cell per
    line, a cell of several lines - the name with the title under it, the address lines, 'Chief Executive
    Officer,' / 'Novo Holdings A/S' - on several lines, nothing between two rows) and IDT Corporation's Exhibit 7
    (dev/text_fixed4col_position_occupation_idt_corporation.txt, sec.gov .../1086472/000089183601500310/exh7.txt:
    'Each person listed below is a citizen of the United States, other than Paul Reichmann, who is a citizen of
    Canada.'). Choices combined: the heading and the preamble as saved paragraphs; the citizenship given only in
    the preamble, the people of another citizenship than the most common named there in natural order ('Each of
    them is a citizen of the United States, except Marshall A. Cohen, who is a citizen of Canada.'); then the
    header cells 'Name and Position' / 'Business Address' / 'Present Principal Occupation' each on its line
    ('No.' first in the numbered variant, whose rows start with a line 'i.', 'ii.'); each row the name ('SURNAME,
    Given' in the upper_last_first variant) with the titles held in the organisation on the lines under it, the
    address lines, then each occupation outside the organisation (for a person with none, each title as
    'Title, <Org>'), one longer than options.width + 12 broken after its first comma; rows follow one another
    with no blank line (a blank line between rows in the ruled variant); a page break (options.page_break_in)
    after that person's row: the page number alone on a line and the header cells again if the header
    repeats."""
    org = roster.organization
    default, default_country = _most_common_citizenship(roster)
    others = [p for p in roster.people if not _covered(p, default_country, default)]
    header = (["No."] if options.numbered else []) + ["Name and Position", "Business Address",
                                                      "Present Principal Occupation"]
    lines = ["SCHEDULE A", f"Directors and Executive Officers of {org}"]
    preamble = (f"The name, position with {org}, business address and present principal occupation of each director "
                f"and executive officer of {org} are set forth below.")
    if options.citizenship:
        preamble += (f" Each of them is {_is_citizen(default)}"
                     + (f", except {_named_exceptions(others)}." if others else "."))
    lines += [preamble] + header
    for index, person in enumerate(roster.people):
        occupation = person["other_positions"] or [f"{title}, {org}" for title in person["positions"]]
        lines += [f"{_roman(index + 1)}."] if options.numbered else []
        lines += [printed_name(person, options)] + person["positions"] + person["address"]
        lines += [piece for item in occupation for piece in _split_after_comma(item, options.width + 12)]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", "A-2", ""] + (header if options.repeat_header else [])
        elif options.rules:
            lines.append("")
    return ".txt", "\n".join(lines) + "\n", _by_default(roster, options)


FAMILIES = {"html_stacked_pair_default_address": html_stacked_pair_default_address,
            "dotted_labels_postamble_address": dotted_labels_postamble_address,
            "stacked_titles_asterisk_citizenship": stacked_titles_asterisk_citizenship,
            "saved_cells_named_exceptions": saved_cells_named_exceptions}

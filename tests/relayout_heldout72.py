"""Held-out re-layout families, seventy-second set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (08:21-08:25 UTC by `date`) by helper session gather72 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- family_relationship_column_table: an EDGAR <TABLE> with a 'FAMILY RELATIONSHIP' column (Regulation S-K Item
  401(d)) in which a few people are 'Sibling of <another person of the roster>', 'Spouse of ...' and the rest '--':
  the names of OTHER people of the roster printed inside an entry's cell.
- residence_and_business_address_table: an EDGAR <TABLE> printing BOTH a 'RESIDENCE ADDRESS' column (a home street
  address, first) and a 'BUSINESS ADDRESS' column, as Item 2(b) ('residence or business address') lets a filer do;
  the expected address is the business one.
- education_column_html: an HTML table with an 'Education' column of degrees and schools ('B.A., Yale University;
  J.D., Columbia Law School'), as biographical annexes of Asian and private-equity filers print it; the schools
  name institutions and cities that are neither employers nor addresses.
- hyphenated_captions_narrow_table: a narrow typewriter EDGAR <TABLE> whose column captions are HYPHENATED across
  several lines ('PRIN-' / 'CIPAL' / 'OCCUPA-' / 'TION', 'CITI-' / 'ZEN-' / 'SHIP'); the values themselves are
  never hyphenated.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order; no citizenship
where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _wrap_rows, expected, printed_name


def _numbered(index: int, text: str, options: Options) -> str:
    return f"{index + 1}. {text}" if options.numbered else text


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) \
        or [""]


def _seed(text: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


def _markers(widths: list[int]) -> str:
    return "".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * (len(widths) - 1), widths)).rstrip()


def _done(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).rstrip() + "\n"


def _caption(captions: list[list[str]], widths: list[int], options: Options, rule: str = "-",
             wrap: bool = True) -> list[str]:
    live = [w for w in widths if w]
    caps = [[line for c in cell for line in (_wrap(c, w - 2) if wrap else [c])]
            for cell, w in zip(captions, widths) if w]
    depth = max(len(c) for c in caps)
    caps = [[""] * (depth - len(c)) + c for c in caps]
    return ["<CAPTION>", *_wrap_rows(caps, live), _markers(live) if options.markers else rule * (sum(live) - 2)]


def _lines(values: list[str], width: int) -> list[str]:
    return [piece for value in values for piece in _wrap(value, width - 2, "  ")]


# ---- 1. a FAMILY RELATIONSHIP column naming other people of the roster -------------------------------------------
def _relations(roster: Roster) -> list[str]:
    """'Sibling of <Name>' for one pair, 'Spouse of <Name>' for a second pair where the roster has five people or
    more, '--' for everyone else."""
    people, count = roster.people, len(roster.people)
    cells = ["--"] * count
    if count < 2:
        return cells
    first = _seed(roster.organization) % count
    second = (first + 1) % count
    cells[first], cells[second] = f"Sibling of {people[second]['name']}", f"Sibling of {people[first]['name']}"
    if count >= 5:
        third, fourth = (first + 2) % count, (first + 3) % count
        cells[third], cells[fourth] = f"Spouse of {people[fourth]['name']}", f"Spouse of {people[third]['name']}"
    return cells


def family_relationship_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's EDGAR table (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: Name | Position | Principal Occupation | Business Address under underlined captions, the
    roster of a family-controlled company) and Smith Barney's citizenship (dev/table_stacked_name_title_
    citizenship_smith_barney.txt). The feature this family adds (ours; IDT's table does not print it): a column
    'FAMILY RELATIONSHIP' (the disclosure of Regulation S-K Item 401(d)) between the position and the occupation,
    in which one pair of people are 'Sibling of <the other's name>', a second pair (rosters of five or more)
    'Spouse of <the other's name>', and everyone else '--'; the names there are always given name first and wrap in
    the cell. Columns: NAME | POSITION WITH <ORG> ('--' where none) | FAMILY RELATIONSHIP | PRINCIPAL OCCUPATION
    ('--' where none; wrapping at options.width) | BUSINESS ADDRESS | CITIZENSHIP (when printed). Captions
    underlined with '-' under each; '<S>'/'<C>' with options.markers, a row of '=' without; 'n.' before the name in
    the numbered variant; a dashed rule between entries in the ruled variant, else a blank line. A page break
    (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers),
    'S-I-2', a new <TABLE> with the caption when options.repeat_header. The preamble says that, except as shown,
    no family relationship exists."""
    org = roster.organization
    widths = [24, 24, 24, options.width + 2, 28, 16 if options.citizenship else 0]
    live = [w for w in widths if w]
    total = sum(live) - 2
    captions = [["NAME"], [f"POSITION WITH {org.upper()}"], ["FAMILY RELATIONSHIP"], ["PRINCIPAL OCCUPATION"],
                ["BUSINESS ADDRESS"], ["CITIZENSHIP"]]
    caption = _caption(captions, widths, options, "=")
    caption[-1:-1] = ["".join(f"{'-' * min(w - 2, 18):<{w}}" for w in live).rstrip()]
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    lines += _wrap(_sentence(
        f"The following table sets forth the name, position with {org}, principal occupation" +
        (", business address and citizenship" if options.citizenship else " and business address") +
        f" of each director and executive officer of {org}, and any family relationship (by blood, marriage or "
        "adoption, not more remote than first cousin) between any of them. Except as shown in the column 'Family "
        "Relationship', no such relationship exists"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, (person, relation) in enumerate(zip(roster.people, _relations(roster))):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 _wrap(relation, widths[2] - 2, "  "),
                 _lines(person["other_positions"], widths[3]) or ["--"],
                 _lines(person["address"], widths[4]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[5] - 1) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'S-I-2':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * total if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a RESIDENCE ADDRESS column before the BUSINESS ADDRESS ----------------------------------------------------
_STREETS = ["Old Mill Road", "Hawthorne Lane", "Ridgeview Drive", "Chestnut Hill Avenue", "Orchard Way",
            "Lakeshore Drive", "Willow Court", "Meadowbrook Road", "Linden Terrace", "Birch Hollow Lane"]


def _residence(person: dict, seed: int, index: int) -> list[str]:
    """A home street and the last line (city, region and postal code or country) of the business address."""
    street = f"{12 + (seed + index * 37) % 480} {_STREETS[(seed + index * 3) % len(_STREETS)]}"
    return [street] + person["address"][-1:]


def residence_and_business_address_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Metlife's two-column name-and-address table (tests/data/rosters_real/dev/text_twocol_nameaddr_metlife.
    txt) and AIG's 2007 Exhibit A (dev/text_fixed4col_aig.txt: name | title | occupation | business address). The
    feature this family adds (ours; both real files print one address): as Item 2(b) ('residence or business
    address') allows and older individual filers did, BOTH addresses are printed, a 'RESIDENCE ADDRESS' column
    FIRST (a home street, e.g. '214 Old Mill Road', over the city line of the business address) and a 'BUSINESS
    ADDRESS' column after it; the expected address is the business one. Columns: NAME AND CITIZENSHIP (the
    citizenship under the name, in parentheses, when printed) | RESIDENCE ADDRESS | BUSINESS ADDRESS | PRESENT
    POSITION WITH <ORG> AND PRINCIPAL OCCUPATION (the titles as '<Title>, <Org>', then the outside occupations;
    wrapping at options.width). '<S>'/'<C>' with options.markers, a dashed rule without; 'n.' before the name in
    the numbered variant; a dashed rule between entries in the ruled variant, else a blank line. A page break
    (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without markers),
    '-2-', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    widths = [28, 26, 30, options.width + 2]
    total = sum(widths) - 2
    captions = [["NAME AND", "CITIZENSHIP"] if options.citizenship else ["NAME"], ["RESIDENCE ADDRESS"],
                ["BUSINESS ADDRESS"], ["PRESENT POSITION WITH", f"{org.upper()} AND PRINCIPAL OCCUPATION"]]
    caption = _caption(captions, widths, options)
    lines = [f"{'SCHEDULE A':^78}".rstrip(), "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}"
             .rstrip(), ""]
    lines += _wrap(_sentence(
        f"Set forth below are the name, residence address, business address, present position with {org} and "
        "present principal occupation or employment" + (" and the citizenship" if options.citizenship else "") +
        f" of each director and executive officer of {org}"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        name = _wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ")
        if options.citizenship:
            name += _wrap(f"({person['citizenship'] or ''})", widths[0] - 2, " ")
        duties = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]
        cells = [name, _lines(_residence(person, seed, index), widths[1]), _lines(person["address"], widths[2]) or
                 ["--"], _lines(duties, widths[3]) or ["--"]]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'-2-':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * total if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. an Education column ------------------------------------------------------------------------------------------
_DEGREES = ["B.A., Yale University", "M.B.A., Harvard Business School", "J.D., Columbia Law School",
            "B.Sc., London School of Economics", "LL.B., University of Toronto", "B.S., Stanford University",
            "M.A., University of Chicago", "Ph.D., Massachusetts Institute of Technology",
            "B.Com., University of Melbourne", "M.Sc., ETH Zurich", "B.A., Kyoto University",
            "Diplome, Ecole Polytechnique"]


def _education(seed: int, index: int) -> str:
    first = (seed + index * 5) % len(_DEGREES)
    degrees = [_DEGREES[first]]
    if (seed + index) % 3:
        degrees.append(_DEGREES[(first + 1 + (seed + index) % 4) % len(_DEGREES)])
    return "; ".join(degrees)


def education_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person, Name | Present Principal Occupation | Business Address | Citizenship) and
    Danaher's history lines (dev/text_dotleader_twocol_history_danaher.txt). The feature this family adds (ours;
    neither real file prints it): an 'Education' column between the occupation and the address holding one or two
    degrees with their schools ('B.A., Yale University; J.D., Columbia Law School'), as biographical annexes of
    Asian and private-equity filers print it; the schools name universities and cities that are neither the
    person's employer nor address. Columns: Name | Position with <Org> (titles one a line, '&#8212;' where none) |
    Principal Occupation (outside occupations one a line, '&#8212;' where none) | Education | Business Address
    (lines apart by <br>) | Citizenship (when printed). Header cells bold with markers (<font> wrappers), <th>
    with style attributes without; border="1" in the ruled variant; the occupation cell's width is options.width *
    2 pixels; 'n.' before the name in the numbered variant. A page break (options.page_break_in) after the entry's
    row closes the table, a <p> with page-break-before and 'A-2', and a new table with the header row when
    options.repeat_header."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position with {org}", "Principal Occupation", "Education", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cell(text: str, width: str = "") -> str:
        body = f"<font size=\"2\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\"{width}>{body}</td>"

    if options.markers:
        header = "<tr>" + "".join(f"<td valign=\"bottom\"><font size=\"2\"><b>{html.escape(h)}</b></font></td>"
                                  for h in heads) + "</tr>"
    else:
        header = "<tr>" + "".join(f"<th style=\"text-align:left; border-bottom:1px solid black\">{html.escape(h)}"
                                  "</th>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"{border}>"
    parts = ["<html><head><title>Schedule A</title></head><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p>" + html.escape(_sentence(
                 f"The following table sets forth the name, position with {org}, present principal occupation, "
                 "education" + (", business address and citizenship" if options.citizenship else
                                " and business address") + f" of each director and executive officer of {org}")) +
             "</p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [cell(html.escape(_numbered(index, printed_name(person, options), options))),
                 cell("<br>".join(html.escape(t) for t in person["positions"]) or "&#8212;"),
                 cell("<br>".join(html.escape(o) for o in person["other_positions"]) or "&#8212;",
                      f" width=\"{options.width * 2}\""),
                 cell(html.escape(_education(seed, index))),
                 cell("<br>".join(html.escape(a) for a in person["address"]) or "&#8212;")]
        if options.citizenship:
            cells.append(cell(html.escape(person["citizenship"] or "")))
        parts.append("<tr>" + "".join(cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\" align=\"center\">A-2</p>", opening] + \
                ([header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. hyphenated captions over narrow columns ----------------------------------------------------------------------
def hyphenated_captions_narrow_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After University Capital Strategies Group's typewritten Exhibit 1 (tests/data/rosters_real/dev/text_fixed5col_
    ownership_ucsg.txt: five narrow columns under captions stacked over five lines, 'Present Principal' /
    'Occupation or' / 'Employment') and Citizens Funds' narrow fixed columns (dev/text_fixed3col_name_address_age_
    citizens_funds.txt). The feature this family adds (ours; UCSG breaks its captions between words): the columns
    are so narrow that the CAPTIONS are hyphenated inside words, bottom-aligned: 'POSI-' / 'TION(S)' / 'HELD',
    'PRIN-' / 'CIPAL' / 'OCCUPA-' / 'TION', 'BUSI-' / 'NESS' / 'ADDRESS', 'CITI-' / 'ZEN-' / 'SHIP'; the values
    are wrapped between words only, never hyphenated. Columns: NAME | POSITION(S) HELD (with <Org>, said in the
    preamble; '--' where none) | PRINCIPAL OCCUPATION ('--' where none; options.width // 2 + 4 wide) | BUSINESS
    ADDRESS | CITIZENSHIP (when printed). '<S>'/'<C>' with options.markers, a dashed rule without; 'n.' before the
    name in the numbered variant; a dashed rule between entries in the ruled variant, else a blank line. A page
    break (options.page_break_in) after the entry's first line: '</TABLE>', '<PAGE>' (a form feed without
    markers), 'Page 2', a new <TABLE> with the caption when options.repeat_header."""
    org = roster.organization
    widths = [22, 18, options.width // 2 + 6, 22, 14 if options.citizenship else 0]
    live = [w for w in widths if w]
    total = sum(live) - 2
    captions = [["NAME"], ["POSI-", "TION(S)", "HELD"], ["PRIN-", "CIPAL", "OCCUPA-", "TION"],
                ["BUSI-", "NESS", "ADDRESS"], ["CITI-", "ZEN-", "SHIP"]]
    caption = _caption(captions, widths, options, wrap=False)
    lines = [f"{'EXHIBIT 1':^78}".rstrip(), "", f"{'Information Concerning the Directors and Officers of':^78}"
             .rstrip(), f"{org:^78}".rstrip(), ""]
    lines += _wrap(_sentence(
        f"The names, positions held with {org}, present principal occupations or employment and business "
        "addresses" + (" and the citizenship" if options.citizenship else "") +
        f" of the directors and executive officers of {org} are set forth below"), 78)
    lines += ["", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        cells = [_wrap(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  "),
                 _lines(person["positions"], widths[1]) or ["--"],
                 _lines(person["other_positions"], widths[2]) or ["--"],
                 _lines(person["address"], widths[3]) or ["--"],
                 _wrap(person["citizenship"] or "", widths[4] - 2) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f", f"{'Page 2':^78}".rstrip(), "",
                         "<TABLE>"] + (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * total if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"family_relationship_column_table": family_relationship_column_table,
            "residence_and_business_address_table": residence_and_business_address_table,
            "education_column_html": education_column_html,
            "hyphenated_captions_narrow_table": hyphenated_captions_narrow_table}

"""Held-out re-layout families, twelfth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-05 (13:42-13:44 UTC by `date`) by helper session gather12 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in
its docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the
ONE layout feature each family adds is said plainly, and it is ours, not the real file's. They are held out:
tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py). tests/test_relayout_families.py only checks that each prints the people it
expects; nothing here says anything about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap
from collections import Counter

from relayout import Options, Roster, _citizen_of, _full_stop, _heading, _page_break, expected, printed_name
from relayout_heldout7 import _numbered

_SPACER = '<td width="1%">&nbsp;</td>'


def _cell(lines: list[str], width: str, bold: bool = False) -> str:
    """An EDGAR-converter cell: every line in its own <p style> and <font>, an empty cell a &nbsp;."""
    wrap = ("<b>", "</b>") if bold else ("", "")
    inner = "".join(f'<p style="margin-top:0px;margin-bottom:0px"><font size="2" face="Times New Roman">'
                    f"{wrap[0]}{line}{wrap[1]}</font></p>" for line in lines) or "&nbsp;"
    return f'<td width="{width}" valign="top">{inner}</td>'


def _cruft_row(cells: list[str]) -> str:
    return "<tr>" + _SPACER.join(cells) + "</tr>"


# ---- 1. EDGAR HTML cruft: nested wrapper table, spacer columns, two-row header with words broken by <br> ------
def edgar_cruft_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm:
    EDGAR-converted HTML, spacer rows) and the Word-to-EDGAR HTML of many 2000s exhibits. The feature this family
    adds: all the cruft of such converters at once - the roster table sits inside a one-cell wrapper table
    (width=100%), a narrow empty spacer column `<td width="1%">&nbsp;</td>` stands between every two data
    columns, the column header is split over TWO rows with words broken by a hyphen and <br> ('Citizen-<br>ship',
    'Occu-<br>pation'), and every line of every cell is wrapped in `<p style><font>`. Columns: Name | Position
    with <Org> | Present Principal Occupation (outside ones) | Business Address (a line per <p>) | Citizenship.
    An empty cell holds &nbsp;. A page break closes both tables and opens them anew (with the header again if
    the variant repeats it)."""
    org = roster.organization
    top = [["Name"], ["Position"], ["Present Prin-<br>cipal Occu-"], ["Business"]]
    bottom = [[""], [f"with {html.escape(org)}"], ["pation"], ["Address"]]
    if options.citizenship:
        top.append(["Citizen-<br>ship"])
        bottom.append([""])
    widths = ["22%", "18%", "26%", "22%", "8%"]
    header = (_cruft_row([_cell(c, w, True) for c, w in zip(top, widths)])
              + _cruft_row([_cell([x for x in c if x], w, True) for c, w in zip(bottom, widths)]))
    span = 2 * len(top) - 1
    opening = ('<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td>'
               '<table width="100%" border="0" cellpadding="0" cellspacing="0">')
    closing = "</table></td></tr></table>"
    parts = ['<html><body><p align="center" style="margin-top:0px"><font size="2"><b>SCHEDULE A</b></font></p>'
             f'<p align="center"><font size="2">DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}'
             "</font></p>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [[html.escape(_numbered(index, printed_name(person, options), options))],
                 [html.escape(t) for t in person["positions"]],
                 [html.escape(t) for t in person["other_positions"]],
                 [html.escape(line) for line in person["address"]]]
        cells += [[html.escape(person["citizenship"])]] if options.citizenship else []
        parts.append(_cruft_row([_cell(c, w) for c, w in zip(cells, widths)]))
        if options.page_break_in == index:
            parts += [closing, '<p style="page-break-before:always">&nbsp;</p>', opening,
                      header if options.repeat_header else ""]
        elif options.rules:
            parts.append(f'<tr><td colspan="{span}" style="border-bottom:1px solid #000000">&nbsp;</td></tr>')
        else:
            parts.append(f'<tr><td colspan="{span}" style="height:6px"><font size="1">&nbsp;</font></td></tr>')
    parts += [closing, "</body></html>"]
    return ".htm", "\n".join(parts), [expected(p, org, options) for p in roster.people]


# ---- 2. one unlabelled semicolon-separated line of fields after the name ------------------------------------
def semicolon_fields_line(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Chittenden's one paragraph per person (tests/data/rosters_real/dev/prose_chittenden_corporation.txt)
    and the name-then-details entries of the AIG exhibit (dev/text_fixed4col_aig.txt). The feature this family
    adds: each entry is the name, ' -- ', then its fields in a fixed order separated ONLY by semicolons, with
    no labels: '<titles held in <Org>, joined by and>; <each outside occupation, itself a semicolon piece>;
    <business address on one line, commas inside>; <citizenship>'. An outside occupation and an address both
    hold commas, an entry may have none or two outside occupations, so only the order (stated once in the
    preamble) and the look of each piece tell them apart. The entry wraps with a hanging indent of four."""
    org = roster.organization
    lines = [_heading(org, options).rstrip("\n"), ""]
    order = "position with {org}; present principal occupation or employment, if other than that position; business address"
    order = order.format(org=org) + ("; and citizenship" if options.citizenship else "")
    lines += textwrap.wrap(f"Set forth below for each director and executive officer of {org} is the following "
                           f"information, in this order: name -- {order}.", 78) + [""]
    for index, person in enumerate(roster.people):
        pieces = [" and ".join(person["positions"]), *person["other_positions"], ", ".join(person["address"])]
        pieces += [person["citizenship"]] if options.citizenship else []
        name = _numbered(index, printed_name(person, options), options)
        entry = textwrap.wrap(f"{name} -- {'; '.join(pieces)}", 78, subsequent_indent="    ", break_on_hyphens=False)
        if options.page_break_in == index and len(entry) > 1:
            entry[1:1] = _page_break()
        lines += entry + (["-" * 40] if options.rules else [""])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


_BODY_TITLES = {"board of directors": "Directors", "executive officers": "Executive Officers Who Are Not Directors",
                "general partner": "General Partner"}  # (the last added by the lead: a dev roster's body)


def _most_common(values: list) -> object | None:
    """The value shared by at least two of the values and by more than any other; None if there is none."""
    counts = Counter(values).most_common()
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


def _body_clause(person: dict, number: str, address: tuple | None, citizenship: str | None,
                 options: Options) -> str:
    text = f"{number} {printed_name(person, options)}, {' and '.join(person['positions'])}"
    if person["other_positions"]:
        text += ", and " + " and ".join(person["other_positions"])
    if tuple(person["address"]) != address:
        text += f", whose business address is {', '.join(person['address'])}"
    if options.citizenship and person["citizenship"] and person["citizenship"] != citizenship:
        text += f", who is a citizen of {_citizen_of(person['citizenship'])}"
    return text


# ---- 3. one paragraph per body: a numbered run-on sentence with a default address for the body --------------
def numbered_body_sentences(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the tender-offer Schedule I prose of Power Corporation (dev roster) and the Chittenden paragraphs
    (tests/data/rosters_real/dev/prose_chittenden_corporation.txt). The feature this family adds: ONE paragraph
    per body ('Directors.' / 'Executive Officers Who Are Not Directors.'; a person in both bodies is printed
    once, in the first), listing its people as one run-on sentence of numbered clauses '(1) Name, <titles>, and
    <outside occupation>; (2) ...' ('(a)', '(b)' in the numbered variant), after two shared sentences for the
    body: the business address of each person named in the paragraph (the address most people of the roster
    share, where two or more share one and someone in the paragraph has it) and the citizenship (likewise), each
    'unless otherwise indicated'; a person whose
    address or citizenship differs says so in his clause ('whose business address is ...', 'who is a citizen
    of ...'). The people are printed grouped by body; the expected people stay in roster order."""
    org = roster.organization
    lines = [_heading(org, options).rstrip("\n"), ""]
    groups: dict[str, list[dict]] = {}
    for person in roster.people:
        groups.setdefault(person["bodies"][0], []).append(person)
    shared_address = _most_common([tuple(p["address"]) for p in roster.people])
    known = options.citizenship and all(p["citizenship"] for p in roster.people)
    shared_citizenship = _most_common([p["citizenship"] for p in roster.people]) if known else None
    counter = 0
    for body in sorted(groups, key=list(_BODY_TITLES).index):
        people = groups[body]
        address = shared_address if any(tuple(p["address"]) == shared_address for p in people) else None
        citizenship = shared_citizenship if any(p["citizenship"] == shared_citizenship for p in people) else None
        intro = [f"{_BODY_TITLES[body]}. The following persons are {_BODY_TITLES[body].lower()} of "
                 f"{_full_stop(org)}"]
        if address:
            intro.append(f"Unless otherwise indicated, the business address of each person named in this "
                         f"paragraph is {', '.join(address)}.")
        if citizenship:
            intro.append(f"Unless otherwise indicated, each person named in this paragraph is a citizen of "
                         f"{_citizen_of(citizenship)}.")
        clauses = []
        for person in people:
            number = f"({chr(ord('a') + counter)})" if options.numbered else f"({counter + 1})"
            clauses.append(_body_clause(person, number, address, citizenship, options))
            counter += 1
        para = textwrap.wrap(" ".join(intro) + " " + "; ".join(clauses) + ".", 78, initial_indent="     ", break_on_hyphens=False)
        if options.page_break_in is not None and options.page_break_in < counter and len(para) > 2 and \
                options.page_break_in >= counter - len(people):
            para[2:2] = _page_break()
        lines += para + (["", "-" * 30, ""] if options.rules else [""])
    return ".txt", "\n".join(lines) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. an HTML definition list: <dt> the name, a <dd> per field with its label in <b> ------------------------
def definition_list_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's labelled blocks (tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Name:',
    'Business Address:', 'Principal Occupation:') as an HTML exhibit would print them. The feature this family
    adds: an HTML <dl> definition list, the name in a <dt> (in <b>), then one <dd> per field whose label
    words sit inside <b> ('<b>Position with <Org>:</b> Director', '<b>Present Principal Occupation or
    Employment:</b> ...' only where there is one, '<b>Business Address:</b> line<br>line',
    '<b>Citizenship:</b> ...'). With rules each person is a <dl> of his own followed by a horizontal rule
    paragraph; a page break closes the list and opens a new one."""
    org = roster.organization
    opening = '<dl style="margin-left:0.25in">'
    parts = [f'<html><body><p align="center"><b>ANNEX A</b></p><p align="center"><b>DIRECTORS AND EXECUTIVE '
             f"OFFICERS OF {html.escape(org.upper())}</b></p>", opening]
    for index, person in enumerate(roster.people):
        parts.append(f"<dt><b>{html.escape(_numbered(index, printed_name(person, options), options))}</b></dt>")
        parts.append(f"<dd><b>Position with {html.escape(org)}:</b> "
                     f"{html.escape('; '.join(person['positions']))}</dd>")
        if person["other_positions"]:
            parts.append("<dd><b>Present Principal Occupation or Employment:</b> "
                         f"{html.escape('; '.join(person['other_positions']))}</dd>")
        parts.append(f"<dd><b>Business Address:</b> {'<br>'.join(map(html.escape, person['address']))}</dd>")
        if options.citizenship:
            parts.append(f"<dd><b>Citizenship:</b> {html.escape(person['citizenship'])}</dd>")
        if index == len(roster.people) - 1:
            parts.append("</dl>")
        elif options.page_break_in == index:
            parts += ["</dl>", '<p style="page-break-before:always">&nbsp;</p>', opening]
        elif options.rules:
            parts += ["</dl>", '<p style="border-bottom:1px solid #000000">&nbsp;</p>', opening]
    parts.append("</body></html>")
    return ".htm", "\n".join(parts), [expected(p, org, options) for p in roster.people]


FAMILIES = {"edgar_cruft_html": edgar_cruft_html, "semicolon_fields_line": semicolon_fields_line,
            "numbered_body_sentences": numbered_body_sentences, "definition_list_html": definition_list_html}

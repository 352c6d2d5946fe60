"""Held-out re-layout families, hundred-and-eleventh set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (14:26-14:29 UTC by `date`) by helper session gather111 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- entity_type_code_column_table: an EDGAR <TABLE> in the manner of a Form BD / Form ADV Schedule A ('Direct Owners
  and Executive Officers') with a narrow 'DE/FE/I' column after the name whose every cell reads 'I' (individual),
  the key of the codes under the table; the code is no initial of the name and is not expected.
- abode_right_column_html: an HTML table with a 'Right of Abode in Other Countries or Regions' column after the
  nationality ('No', or 'Yes (Hong Kong SAR)', 'Yes (Singapore)', ...), as rosters translated from PRC disclosure
  documents print; the place named there is neither the citizenship nor the address and is not expected.
- toc_backlink_page_tops_html: an Offer to Purchase's Schedule I in modern EDGAR HTML over several pages, every page
  opening with a right-aligned 'Table of Contents' hyperlink and closing with its centred page number 'S-n' and an
  <hr> page break, the table closed and reopened at each page (with its header row when it repeats); the page
  furniture is no value.
- drafting_notes_left_in_blocks: labelled blocks (Micron's Exhibit 1) in which the law firm's bracketed drafting
  notes ('[NTD: Company to confirm.]') were left in after some values and under the title, as filed documents now
  and then keep them; the notes are not expected and the values stay as printed before them.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import html

from relayout import Options, Roster, expected, occupation_items, printed_name
from relayout_heldout99 import (
    _done,
    _edgar_table,
    _html_table,
    _joined,
    _lines,
    _name_cell,
    _numbered,
    _seed,
    _sentence,
    _wrap,
)


def _head(title: str, org: str, caption: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"{caption} {org.upper()}", 70)]


# ---- 1. a Form BD / ADV 'DE/FE/I' entity type column ---------------------------------------------------------------
def entity_type_code_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After University Capital Strategies Group's Exhibit 1 (tests/data/rosters_real/dev/text_fixed5col_ownership_
    ucsg.txt: an EDGAR <TABLE> with <CAPTION>, Name | Position | Present Principal Occupation | Address | an
    ownership column). The feature this family adds (ours; broker-dealers and investment advisers copy the roster
    from Schedule A of their Form BD or Form ADV, whose 'DE/FE/I' column says whether each owner or officer is a
    domestic entity, a foreign entity or an individual): a narrow 'DE/FE/I' column right after the name whose every
    cell reads 'I', with the key of the codes under the table; not expected. Columns: NAME | DE/FE/I | TITLE OR
    STATUS ('--' where none) | PRESENT PRINCIPAL OCCUPATION (wrapping at options.width; '--' where none) | BUSINESS
    ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with 'Exhibit 1 - Page 2'."""
    org = roster.organization
    columns = [(27, ["NAME"], _name_cell(options, 27)),
               (9, ["DE/FE/I"], lambda i, p: ["   I"]),
               (24, ["TITLE OR", "STATUS"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (30, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 30) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = _head("EXHIBIT 1", org, "DIRECT OWNERS AND EXECUTIVE OFFICERS OF") + [""]
    head += _wrap(f"The directors and executive officers of {org} are set forth below in the form in which they are "
                  "listed on Schedule A to its Form BD.", 78)
    lines = _edgar_table(roster, options, columns, "Exhibit 1 - Page 2", head)
    lines += ["", "DE/FE/I:  DE - domestic entity;  FE - foreign entity;  I - individual."]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a right of abode column -------------------------------------------------------------------------------------
_ABODES = ["Hong Kong SAR", "Singapore", "Canada", "Australia"]


def abode_right_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; Schedule 13D rosters of PRC acquirers
    translated from their Chinese disclosure documents state for each person whether he or she has obtained the
    right of abode outside the home jurisdiction): a 'Right of Abode in Other Countries or Regions' column after the
    nationality holding 'No', or for some (from a seed) 'Yes (<place>)' with a place other than the person's
    citizenship; not expected (no citizenship, no country, no address). Columns: Name | Position with <org>
    ('&#8212;' where none) | Present Principal Occupation ('&#8212;' where none) | Business Address | Nationality
    (when printed) | Right of Abode in Other Countries or Regions; 'n.' before the name in the numbered variant; a
    page break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"] + \
        (["Nationality"] if options.citizenship else []) + ["Right of Abode in Other Countries or Regions"]

    def abode(index: int, person: dict) -> str:
        if (seed + index * 3) % 4 != 1:
            return "No"
        places = [p for p in _ABODES if p != person["citizenship"]]
        return f"Yes ({places[(seed + index) % len(places)]})"

    def cells(index: int, person: dict) -> list[str]:
        out = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               _joined(person["other_positions"]), _joined(person["address"])]
        if options.citizenship:
            out.append(html.escape(person["citizenship"] or ""))
        return out + [html.escape(abode(index, person))]

    notes = ["&#8220;Right of abode&#8221; means permanent residence status or an equivalent right to reside "
             "granted by a country or region other than that of the person&#8217;s nationality."]
    text = _html_table(roster, options, heads, cells, ["SCHEDULE A", f"Directors and Executive Officers of {org}"],
                       "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. 'Table of Contents' back-links at the top of every page ----------------------------------------------------
def toc_backlink_page_tops_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person, EDGAR-converted HTML). The feature this family adds (ours; an Offer to Purchase
    filed as exhibit (a)(1)(A) to a Schedule TO in modern EDGAR HTML prints it on every page, the schedule at the
    end of the offer included): every page opens with a right-aligned '<a href="#toc">Table of Contents</a>' link
    and closes with its centred page number ('S-1', 'S-2', ...) and '<hr style="page-break-after:always"/>'; the
    table is closed at the foot of each page and reopened on the next (with its header row when
    options.repeat_header). A page ends after every third entry and after the entry options.page_break_in. The
    furniture is no value. Columns: Name | Present Principal Occupation or Employment ('<Title>, <Org>' items then
    the outside occupations, one a line) | Business Address | Citizenship (when printed); bold names; 'n.' before
    the name in the numbered variant; border="1" in the ruled variant; <font> wrappers with markers."""
    org = roster.organization
    heads = ["Name", "Present Principal Occupation or Employment", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cell(text: str) -> str:
        body = f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text
        return f"<td valign=\"top\">{body}</td>"

    header = "<tr>" + "".join(f"<td valign=\"bottom\"><b><u>{html.escape(h)}</u></b></td>" for h in heads) + "</tr>"
    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>"
    link = "<p style=\"margin:0\" align=\"right\"><a href=\"#toc\">Table of Contents</a></p>"
    pages = 1
    parts = ["<html><body>", link, "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>INFORMATION RELATING TO THE DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></p>",
             f"<p>The following table sets forth the name, present principal occupation or employment"
             f"{', business address and citizenship' if options.citizenship else ' and business address'} of each "
             f"director and executive officer of "
             f"{html.escape(_sentence(org))}</p>",
             opening, header]
    for index, person in enumerate(roster.people):
        name = f"<b>{html.escape(_numbered(index, printed_name(person, options), options))}</b>"
        out = [name, _joined(occupation_items(person, org)), _joined(person["address"])]
        if options.citizenship:
            out.append(html.escape(person["citizenship"] or ""))
        parts.append("<tr>" + "".join(cell(c) for c in out) + "</tr>")
        if index + 1 < len(roster.people) and (index % 3 == 2 or options.page_break_in == index):
            parts += ["</table>", f"<p align=\"center\">S-{pages}</p>",
                      "<hr style=\"page-break-after:always\"/>", link, opening] + \
                ([header] if options.repeat_header else [])
            pages += 1
    parts += ["</table>", f"<p align=\"center\">S-{pages}</p>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. drafting notes left in ----------------------------------------------------------------------------------------
_NOTES = ["[NTD: Company to confirm.]", "[NTD: Confirm with client.]", "[NTD: Please confirm this is current.]",
          "[NTD: To be confirmed against the D&O questionnaire.]"]


def drafting_notes_left_in_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: a name over
    labelled lines, values from one column). The feature this family adds (ours; filed documents now and then keep
    the law firm's bracketed notes to draft, '[NTD: ...]'): a note under the title about updating the schedule, and
    for two of every three persons (from a seed) one note left glued after a value - after the last title, the last
    outside occupation, the last address line or the citizenship (when printed) - with the value printed in full
    before it; the notes are not expected. Each entry: 'Name:' (n. before it when numbered), 'Position:' and
    'Principal Occupation:' (each only where the person has one), 'Business Address:' (one line per address line) and
    'Citizenship:' (when printed), values from column 26 wrapping at options.width + 30; a blank line (a dashed
    line in the ruled variant) between entries. A page break ('<PAGE>' with markers, else a form feed; 'I-2'; then
    'SCHEDULE I (continued)' when options.repeat_header) after the entry's name line."""
    org = roster.organization
    seed = _seed(org)
    width = options.width + 30
    lines = _head("SCHEDULE I", org, "DIRECTORS AND EXECUTIVE OFFICERS OF") + [""]
    lines += _wrap("[NTD: Schedule I to be updated from the Company's most recent D&O questionnaires prior to "
                   "filing.]", 78) + [""]
    said = "business address and citizenship" if options.citizenship else "and business address"
    lines += _wrap(_sentence(f"Set forth below are the name, position, present principal occupation, {said} of "
                             f"each director and executive officer of {org}"), 78) + [""]

    def field(label: str, values: list[str]) -> list[str]:
        out = []
        for index, value in enumerate(values):
            for line in _wrap(value, width):
                out.append(f"{label if index == 0 and not out else '':<26}{line}")
        return out

    for index, person in enumerate(roster.people):
        kinds = ["positions", "other_positions", "address"] + (["citizenship"] if options.citizenship else [])
        kinds = [k for k in kinds if person[k]]
        noted = kinds[(seed + index) % len(kinds)] if (seed + index * 2) % 3 != 2 else None
        note = _NOTES[(seed + index * 7) % len(_NOTES)]

        def values(kind: str) -> list[str]:
            got = list(person[kind]) if kind != "citizenship" else [person["citizenship"] or ""]
            if kind == noted:
                got[-1] = f"{got[-1]} {note}"
            return got

        name = f"{index + 1}.  " if options.numbered else ""
        block = [f"{name + 'Name:':<26}{printed_name(person, options)}"]
        if options.page_break_in == index:
            block += ["", "<PAGE>" if options.markers else "\f", f"{'I-2':^78}".rstrip(), ""] + \
                ([f"{'SCHEDULE I (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        if person["positions"]:
            block += field("Position:", values("positions"))
        if person["other_positions"]:
            block += field("Principal Occupation:", values("other_positions"))
        block += field("Business Address:", values("address"))
        if options.citizenship:
            block += field("Citizenship:", values("citizenship"))
        lines += block + (["-" * 78] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"entity_type_code_column_table": entity_type_code_column_table,
            "abode_right_column_html": abode_right_column_html,
            "toc_backlink_page_tops_html": toc_backlink_page_tops_html,
            "drafting_notes_left_in_blocks": drafting_notes_left_in_blocks}

"""Held-out re-layout families, hundred-and-twenty-ninth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (18:08-18:12 UTC by `date`) by helper session gather129 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- resident_canadian_column_table: an EDGAR <TABLE> with a 'RESIDENT CANADIAN' Yes/No column, as a Canadian
  corporation's Schedule I marks the directors counted toward the Canada Business Corporations Act residency
  requirement, with a note under the table; the column is no value.
- meetings_attended_column_html: an HTML table with a 'Board Meetings Attended in 2025' column ('11 of 12' for
  board members, an em dash for officers who sit on no board), as proxy-derived rosters print it; no value.
- h3_heading_entries_html: an HTML roster where every person is an <h3> heading (the name) followed by <p>
  paragraphs with italic run-in labels; a page break may fall between the heading and its paragraphs.
- employment_agreement_column_table: an EDGAR <TABLE> with an 'EMPLOYMENT AGREEMENT EXPIRES' column (a date for
  some officers, '--' for the rest), as a 10-K's executive officer table can print it; the column is no value.

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

from relayout import Options, Roster, expected, printed_name
from relayout_heldout99 import _done, _edgar_table, _html_table, _joined, _lines, _numbered, _seed, _sentence, _wrap


def _head(title: str, org: str, caption: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"{caption} {org.upper()}", 70)]


def _is_board(person: dict) -> bool:
    titles = " ".join(person["positions"]).lower()
    return any(w in titles for w in ("director", "supervisory", "board", "trustee", "chairman"))


# ---- 1. a 'resident Canadian' column ------------------------------------------------------------------------------
def _resident(index: int, person: dict, seed: int) -> str:
    if "canad" in (person["citizenship"] or "").lower():
        return "Yes"
    return "Yes" if (seed + 7 * index) % 3 == 0 else "No"


def resident_canadian_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's 2005 roster (tests/data/rosters_real/dev/labelled_list_power_
    corporation_2005.txt: a Canadian group's directors and officers with Canadian addresses and citizenship),
    set one person a row in an EDGAR <TABLE>. The feature this family adds (ours; Canadian corporations count
    their resident Canadian directors under the Canada Business Corporations Act and some Schedule I tables say
    so): a 'RESIDENT CANADIAN' column after the name reading 'Yes' or 'No' (Canadian citizens 'Yes', the rest
    by a seed), with a note under the table; the column is no value.
    Columns: NAME | RESIDENT CANADIAN | PRESENT POSITION WITH <ORG> ('--' where none) | PRINCIPAL OCCUPATION
    (wrapping at options.width; '--' where none) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break
    after the entry's first line with 'I-2'."""
    org = roster.organization
    seed = _seed(org)
    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (11, ["RESIDENT", "CANADIAN"], lambda i, p: [_resident(i, p, seed)]),
               (26, [f"PRESENT POSITION WITH {org.upper()}"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (options.width + 2, ["PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (28, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 26) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = _head("SCHEDULE I", org, "DIRECTORS AND EXECUTIVE OFFICERS OF")
    said = ", business address and citizenship" if options.citizenship else " and business address"
    head += [""] + _wrap(_sentence(f"     The name, present position, principal occupation{said} of each "
                                   f"director and executive officer of {org} are set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "I-2", head)
    lines += [""] + _wrap("'Resident Canadian' has the meaning given to it in subsection 2(1) of the Canada "
                          "Business Corporations Act; 'Yes' denotes a person who is a resident Canadian.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. a board meetings attended column ---------------------------------------------------------------------------
def meetings_attended_column_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; proxy statements print board attendance,
    and a filer that lifts its roster from its proxy keeps the column): a 'Board Meetings Attended in 2025' column
    after the name, 'n of 12' for board members (a seed picks n from 9 to 12) and an em dash for officers who sit
    on no board, with a note under the table; the column is no value.
    Columns: Name | Board Meetings Attended in 2025 | Position with <org> | Principal Occupation | Business Address
    | Citizenship (when printed); 'n.' before the name when numbered; border="1" when ruled; <font> with markers;
    a page break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", "Board Meetings Attended in 2025", f"Position with {org}", "Principal Occupation",
             "Business Address"] + (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        attended = f"{9 + (seed + 5 * index) % 4} of 12" if _is_board(person) else "&#8212;"
        row = [html.escape(_numbered(index, printed_name(person, options), options)), attended,
               _joined(person["positions"]), _joined(person["other_positions"]), _joined(person["address"])]
        return row + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    title = ["SCHEDULE A", f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"]
    notes = ["The Board of Directors held twelve meetings during 2025. Meetings attended are shown for directors "
             "only; &#8220;&#8212;&#8221; denotes an executive officer who is not a director.",
             html.escape(f"Unless otherwise indicated, each occupation refers to employment with {org}.")]
    text = _html_table(roster, options, heads, cells, title, "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 3. an <h3> heading per person ---------------------------------------------------------------------------------
def h3_heading_entries_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: 'Name:', 'Business
    Address:', 'Principal Occupation:' labelled blocks, one per person). The feature this family adds (ours; HTML
    exhibits drafted in modern word processors use heading styles): every person's name is an <h3> heading (no
    'Name:' label; 'n.' before it when numbered), followed by <p> paragraphs with italic run-in labels 'Position
    with <org>:', 'Principal Occupation:', 'Business Address:' (lines joined by <br>), 'Citizenship:' (when
    printed); 'None' where a value is missing. a ruled <p> (border-top) between entries when ruled; <font> wrappers with markers; a
    page break (options.page_break_in) between the entry's heading and its paragraphs with the folio '2' and the
    title '(continued)' when options.repeat_header."""
    org = roster.organization

    def font(text: str) -> str:
        return f"<font face=\"Arial\" size=\"2\">{text}</font>" if options.markers else text

    def para(label: str, values: list[str]) -> str:
        body = "<br>".join(html.escape(v) for v in values) or "None"
        return f"<p style=\"margin-left:24pt\">{font(f'<i>{html.escape(label)}</i> {body}')}</p>"

    said = ", business address and citizenship" if options.citizenship else " and business address"
    parts = ["<html><body>", "<p align=\"right\"><b>Exhibit 1</b></p>",
             f"<h2 align=\"center\">Directors and Executive Officers of {html.escape(org)}</h2>",
             "<p>" + html.escape(_sentence(f"The name, position, principal occupation{said} of each director and "
                                           f"executive officer of {org} are set forth below")) + "</p>"]
    for index, person in enumerate(roster.people):
        if options.rules and index:
            parts.append("<p style=\"border-top:1px solid #000000;margin:0\">&#160;</p>")
        parts.append(f"<h3>{font(html.escape(_numbered(index, printed_name(person, options), options)))}</h3>")
        if options.page_break_in == index:
            parts.append("<p style=\"page-break-before:always\" align=\"center\">2</p>")
            if options.repeat_header:
                parts.append(f"<h2 align=\"center\">Directors and Executive Officers of {html.escape(org)} "
                             "(continued)</h2>")
        parts.append(para(f"Position with {org}:", person["positions"]))
        parts.append(para("Principal Occupation:", person["other_positions"]))
        parts.append(para("Business Address:", person["address"]))
        if options.citizenship:
            parts.append(para("Citizenship:", [person["citizenship"] or ""] if person["citizenship"] else []))
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. an 'employment agreement expires' column -------------------------------------------------------------------
_EXPIRES = ["December 31, 2027", "March 15, 2028", "June 30, 2026", "January 1, 2029"]


def employment_agreement_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Principal Occupation | Business Address under a preamble).
    The feature this family adds (ours; a filer that reuses its 10-K executive officer table keeps the column): an
    'EMPLOYMENT AGREEMENT EXPIRES' column after the position, a date for about two in three of the executive officers
    (a seed picks them; directors only never) and '--' for the rest, with a note under the table; the column is no value.
    Columns: NAME | POSITION ('--' where none) | EMPLOYMENT AGREEMENT EXPIRES | PRINCIPAL OCCUPATION (wrapping at
    options.width) | BUSINESS ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with
    '-2-'."""
    org = roster.organization
    seed = _seed(org)

    def expires(index: int, person: dict) -> list[str]:
        officer = any("director" not in t.lower() and "trustee" not in t.lower() for t in person["positions"])
        if not officer or (seed + 3 * index) % 3 == 1:
            return ["--"]
        return _wrap(_EXPIRES[(seed + index) % len(_EXPIRES)], 12)

    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (26, ["POSITION"], lambda i, p: _lines(p["positions"], 24) or ["--"]),
               (14, ["EMPLOYMENT", "AGREEMENT", "EXPIRES"], expires),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (28, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 26) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = [f"{'EXHIBIT 7':>78}", ""] + _head("", org, "EXECUTIVE OFFICERS AND DIRECTORS OF")[2:]
    said = ", business address and citizenship" if options.citizenship else " and business address"
    head += [""] + _wrap(_sentence(f"     The name, position, principal occupation{said} of each executive officer "
                                   f"and director of {org} is set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "-2-", head)
    lines += [""] + _wrap("The dates under 'Employment Agreement Expires' are the expiration dates of the current "
                          "terms of the persons' employment agreements, which renew automatically unless notice is "
                          "given; '--' denotes a person who has no employment agreement.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "resident_canadian_column_table": resident_canadian_column_table,
    "meetings_attended_column_html": meetings_attended_column_html,
    "h3_heading_entries_html": h3_heading_entries_html,
    "employment_agreement_column_table": employment_agreement_column_table,
}

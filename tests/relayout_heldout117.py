"""Held-out re-layout families, hundred-and-seventeenth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (15:33-15:37 UTC by `date`) by helper session gather117 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- address_key_letters_table: an EDGAR <TABLE> whose BUSINESS ADDRESS column holds only a key letter ('(A)', '(B)')
  per person, the addresses themselves printed once each in a key under the table, as long rosters of groups with
  a few offices print them; the expected address is the keyed one.
- table_per_entry_html: HTML in which the column captions stand in a <table> of their own and every person's row in
  a separate <table> of the same column widths, as page-splitting HTML converters print a long table.
- occupation_note_marks_html: an HTML table whose Present Principal Occupation cells carry a superscript note mark
  ('(1)', '(2)') after the value, the notes printed under the table; the mark and the note are no value.
- corporate_secretary_entity_blocks: labelled blocks of an offshore company's directors and officers with one more
  block for its corporate secretary, a company ('... Secretaries Limited'), as Cayman, BVI and Hong Kong companies
  list it; that entry is no person and is not expected.

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
from relayout_heldout99 import (
    _done,
    _edgar_table,
    _html_table,
    _joined,
    _lines,
    _numbered,
    _seed,
    _sentence,
    _wrap,
)


def _head(title: str, org: str, caption: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"{caption} {org.upper()}", 70)]


# ---- 1. addresses by key letter ------------------------------------------------------------------------------------
def address_key_letters_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Schedule I (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE>, Name | Position | Present Principal Occupation | Citizenship). The feature this
    family adds (ours; long rosters of groups with a handful of offices save space by keying each person to an
    address printed once): the BUSINESS ADDRESS column holds only '(A)', '(B)', ... (one letter per distinct address,
    in order of first use), and under the table 'Key to business addresses:' gives each letter with its address
    lines ('(A)  line one' and the later lines indented under it). Columns: NAME | POSITION WITH <ORG> ('--' where
    none) | PRESENT PRINCIPAL OCCUPATION (wrapping at options.width; '--' where none) | BUSINESS ADDRESS (SEE KEY) |
    CITIZENSHIP (when printed). A page break after the entry's first line with 'Schedule I - Page 2'. The expected
    address is the keyed one."""
    org = roster.organization
    keys: dict[tuple[str, ...], str] = {}
    for person in roster.people:
        keys.setdefault(tuple(person["address"]), f"({chr(ord('A') + len(keys))})")
    columns = [(28, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 26, "  ")),
               (26, ["POSITION WITH", org.upper()], lambda i, p: _lines(p["positions"], 26) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width + 2) or ["--"]),
               (18, ["BUSINESS ADDRESS", "(SEE KEY)"], lambda i, p: [f"   {keys[tuple(p['address'])]}"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    head = _head("SCHEDULE I", org, "DIRECTORS AND EXECUTIVE OFFICERS OF") + [""]
    said = "business address and citizenship" if options.citizenship else "and business address"
    head += _wrap(_sentence(f"The name, position, present principal occupation, {said} of each director and "
                            f"executive officer of {org} are set forth below") + " Business addresses are given by "
                  "the letter of the key that follows the table.", 78)
    lines = _edgar_table(roster, options, columns, "Schedule I - Page 2", head)
    lines += ["", "Key to business addresses:", ""]
    for address, letter in keys.items():
        for n, line in enumerate(address or ("--",)):
            lines.append(f"{letter if n == 0 else '':<8}{line}")
        lines.append("")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. one <table> per entry ----------------------------------------------------------------------------------------
def table_per_entry_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; HTML converters that lay out a long table
    page by page, and some filing agents' templates, print the column captions as a <table> of their own and each
    person's row as a separate <table> with the same <col> widths, one after the other): a caption table Name |
    Position with <org> | Present Principal Occupation | Business Address | Citizenship (when printed), then one
    one-row table per person ('&#8212;' for an empty cell; 'n.' before the name when numbered); border="1" in the
    ruled variant; <font> wrappers with markers; a page break after entry options.page_break_in (a <p> with
    page-break-before and 'A-2'), the caption table again when options.repeat_header."""
    org = roster.organization
    widths = [22, 20, 24, 22, 12] if options.citizenship else [24, 22, 28, 26]
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])
    border = ' border="1"' if options.rules else ""
    cols = "".join(f"<col width=\"{w}%\" />" for w in widths)

    def table(cells: list[str], bold: bool) -> str:
        def cell(text: str) -> str:
            text = f"<b>{text}</b>" if bold else text
            text = f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text
            return f"<td valign=\"{'bottom' if bold else 'top'}\">{text}</td>"
        return f"<table width=\"100%\" cellpadding=\"2\" cellspacing=\"0\"{border}>{cols}<tr>" + \
            "".join(cell(c) for c in cells) + "</tr></table>"

    caption = table([html.escape(h) for h in heads], True)
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>Directors and Executive Officers of {html.escape(org)}</b></p>", caption]
    for index, person in enumerate(roster.people):
        cells = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
                 _joined(person["other_positions"]), _joined(person["address"])]
        cells += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        parts.append(table(cells, False))
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts.append("<p style=\"page-break-before:always\" align=\"center\">A-2</p>")
            parts += [caption] if options.repeat_header else []
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. note marks after occupations ---------------------------------------------------------------------------------
_NOTES = ["Such person also serves as a director or officer of one or more subsidiaries of {org}.",
          "The employer named is not an affiliate of {org}.",
          "Such person has held the occupation shown for more than five years."]


def occupation_note_marks_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm). The feature this family adds (ours; footnote markers on values, here on the occupation): for about
    half the persons who have a principal occupation (from a seed) a superscript '(1)', '(2)' or '(3)' glued after
    the last occupation line ('<sup>(2)</sup>'), the notes printed under the table ('(1) Such person also serves as a
    director or officer of one or more subsidiaries of <org>.'); the marks and notes are not expected. Columns: Name |
    Position with <org> | Present Principal Occupation | Business Address | Citizenship (when printed); 'n.' before
    the name when numbered; a page break after the entry's row with 'A-2'."""
    org = roster.organization
    seed = _seed(org)
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        occupation = _joined(person["other_positions"])
        pick = (seed + index * 5) % 6
        if person["other_positions"] and pick < 3:
            occupation += f"<sup>({pick + 1})</sup>"
        out = [html.escape(_numbered(index, printed_name(person, options), options)), _joined(person["positions"]),
               occupation, _joined(person["address"])]
        return out + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    notes = [f"({n + 1})&nbsp;&nbsp;" + html.escape(note.format(org=org).replace("..", "."))
             for n, note in enumerate(_NOTES)]
    text = _html_table(roster, options, heads, cells,
                       ["SCHEDULE A", f"Directors and Executive Officers of {org}"], "A-2", notes)
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 4. a corporate secretary that is a company -------------------------------------------------------------------
_SECRETARIES = [("Harbour Corporate Secretaries Limited", ["P.O. Box 1093, Boundary Hall", "Cricket Square",
                                                          "Grand Cayman KY1-1102", "Cayman Islands"],
                 "Cayman Islands"),
                ("Tortola Nominee Secretaries Ltd.", ["Craigmuir Chambers, Road Town", "Tortola VG1110",
                                                      "British Virgin Islands"], "British Virgin Islands"),
                ("Pacific Company Secretarial Services Limited", ["46th Floor, Hopewell Centre",
                                                                  "183 Queen's Road East", "Wan Chai, Hong Kong"],
                 "Hong Kong")]


def corporate_secretary_entity_blocks(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: a name over
    labelled lines, values from one column). The feature this family adds (ours; Schedule 13D filings by Cayman, BVI
    and Hong Kong holding companies list every officer of record, and the company secretary of such a company is
    often a corporate services firm): after the people, one more block for the 'Company Secretary', a company
    ('Harbour Corporate Secretaries Limited', from a seed) with its registered office and place of organization;
    that entry is no person and is not expected. Each entry: 'Name:' (n. before it when numbered), 'Position:' and
    'Principal Occupation or Business:' (each only where there is one), 'Business Address:' (one line per address
    line) and 'Citizenship or Place of Organization:' (when printed), values from column 38 wrapping at
    options.width + 20; a blank line (a dashed line in the ruled variant) between entries; a page break after the
    name line of entry options.page_break_in ('I-2', the caption again when options.repeat_header)."""
    org = roster.organization
    name, address, place = _SECRETARIES[_seed(org) % len(_SECRETARIES)]
    secretary = {"name": name, "positions": ["Company Secretary"],
                 "other_positions": ["Provision of corporate secretarial services"], "address": address,
                 "citizenship": place}
    width = options.width + 20
    title = _head("SCHEDULE I", org, "DIRECTORS, EXECUTIVE OFFICERS AND COMPANY SECRETARY OF")
    said = "business address and citizenship or place of organization" if options.citizenship else \
        "and business address"
    lines = title + [""] + _wrap(_sentence(f"Set forth below are the name, position, present principal occupation "
                                           f"or business, {said} of each director, executive officer and the "
                                           f"company secretary of {org}"), 78) + [""]

    def field(label: str, values: list[str]) -> list[str]:
        out = []
        for value in values:
            for line in _wrap(value, width):
                out.append(f"{label if not out else '':<38}{line}")
        return out

    for index, person in enumerate([*roster.people, secretary]):
        number = f"{index + 1}.  " if options.numbered else ""
        lines.append(f"{number + 'Name:':<38}{printed_name(person, options) if person is not secretary else name}")
        if options.page_break_in == index:
            lines += ["", f"{'I-1':^78}", "<PAGE>" if options.markers else "\f", ""]
            lines += [*title, "", f"{'(continued)':^78}", ""] if options.repeat_header else []
        if person["positions"]:
            lines += field("Position:", person["positions"])
        if person["other_positions"]:
            lines += field("Principal Occupation or Business:", person["other_positions"])
        lines += field("Business Address:", person["address"] or ["--"])
        if options.citizenship:
            lines += field("Citizenship or Place of Organization:", [person["citizenship"] or ""])
        lines += ["-" * 78] if options.rules else [""]
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"address_key_letters_table": address_key_letters_table,
            "table_per_entry_html": table_per_entry_html,
            "occupation_note_marks_html": occupation_note_marks_html,
            "corporate_secretary_entity_blocks": corporate_secretary_entity_blocks}

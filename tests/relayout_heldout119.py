"""Held-out re-layout families, hundred-and-nineteenth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (16:29-16:30 UTC by `date`) by helper session gather119 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: RECOMBINATIONS OF KNOWN FEATURES. Each family puts together layout choices that earlier
families (tests/relayout.py, tests/relayout_heldout5.py .. 117.py) and the real rosters (tests/data/rosters_real/
SOURCES.md) already have, in a combination no one family has:

- edgar_name_citizenship_position_occupation_address: an EDGAR <TABLE> (fixed width, IDT Corporation's Schedule I)
  with the citizenship as the SECOND column (the Citizens Funds roster's Name | Address | Age | Citizenship puts it
  early; heldout99's tables put it last), then Position | Present Principal Occupation | Business Address (AIG),
  entries ruled by rows of '=' in the ruled variant (as edgar_equals_caption_* families rule with '=').
- html_bold_name_labelled_br_paragraphs: HTML without any table tag: one <p> per person, the name bold on the first
  line and labelled lines 'Position:', 'Principal Occupation:', 'Business Address:', 'Citizenship:' after <br>
  (Micron's labelled blocks, in br_lines_paragraph_html's HTML paragraphs), numbered with options.numbered.
- html_name_address_cell_position_occupation_citizenship: an HTML table (Southwestern Energy) whose first cell holds
  the bold name over the business address lines (Lor Finance's name-and-address column, html_name_address_cell_*
  families), then Position with <org> | Present Principal Occupation | Citizenship, the caption row shaded.
- saved_text_label_value_rows_underscore_rules: an HTML two-column label/value table saved as text (Novo's
  html_as_text cells; Canopy's labelled occupation), no table tags and no EDGAR markers: each entry opened by a row
  of underscores, labels from column 0, values from column 38.

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
from relayout_heldout99 import _done, _edgar_table, _html_table, _joined, _lines, _numbered, _sentence, _wrap


def _head(title: str, org: str, caption: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"{caption} {org.upper()}", 70)]


# ---- 1. citizenship as the second column --------------------------------------------------------------------------
def edgar_name_citizenship_position_occupation_address(roster: Roster, options: Options) -> tuple[str, str,
                                                                                                   list[dict]]:
    """After IDT Corporation's Schedule I (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt: an EDGAR <TABLE> Name | Position | Present Principal Occupation | Citizenship), with the
    citizenship moved to the second column (as the Citizens Funds roster, text_fixed3col_name_address_age_citizens_
    funds.txt, prints it before the other facts) and a Business Address column last (AIG's text_fixed4col_aig.txt).
    Columns: NAME | CITIZENSHIP (when printed) | POSITION WITH <ORG> ('--' where none) | PRESENT PRINCIPAL
    OCCUPATION (wrapping at options.width; '--' where none) | BUSINESS ADDRESS. Captions bottom-aligned; the ruled
    variant separates entries by a row of '='. A page break after the entry's first line with 'I-2'."""
    org = roster.organization
    columns = [(24, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 22, "  ")),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13)),
               (24, ["POSITION WITH", org.upper()], lambda i, p: _lines(p["positions"], 22) or ["--"]),
               (options.width + 2, ["PRESENT PRINCIPAL", "OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (28, ["BUSINESS ADDRESS"], lambda i, p: _lines(p["address"], 26) or ["--"])]
    head = _head("SCHEDULE I", org, "DIRECTORS AND EXECUTIVE OFFICERS OF") + [""]
    said = "citizenship, position, present principal occupation and business address" if options.citizenship \
        else "position, present principal occupation and business address"
    head += _wrap(_sentence(f"The name, {said} of each director and executive officer of {org} are set forth "
                            f"below"), 78)
    live = [w for w, _, _ in columns if w]
    separator = "=" * (sum(live) - 2) if options.rules else None
    lines = _edgar_table(roster, options, columns, "I-2", head, separator)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. HTML paragraphs with labelled lines, no table ------------------------------------------------------------
def html_bold_name_labelled_br_paragraphs(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology's Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt: a name over
    labelled lines) printed as HTML paragraphs the way br_lines_paragraph_html prints its entries (no <table> at
    all). Each person one <p>: the name bold ('n.' before it when numbered; surname first with
    upper_last_first), then after <br> 'Position with <org>:' (only where there is one; several joined by '; '),
    'Present Principal Occupation:' (only where there is one), 'Business Address:' (the lines joined by ', ') and
    'Citizenship:' (when printed), each label in <i>. <hr /> between entries in the ruled variant; <font> wrappers
    with markers; a page break after entry options.page_break_in with 'A-2' (the heading again with repeat_header)."""
    org = roster.organization

    def font(text: str) -> str:
        return f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text

    title = ["<p align=\"center\"><b>SCHEDULE A</b></p>",
             f"<p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>"]
    said = "business address and citizenship" if options.citizenship else "and business address"
    parts = ["<html><body>", *title,
             "<p>" + font(html.escape(_sentence(f"The name, position, present principal occupation, {said} of each "
                                                f"director and executive officer of {org} are set forth below")))
             + "</p>"]
    for index, person in enumerate(roster.people):
        rows = [f"<b>{html.escape(_numbered(index, printed_name(person, options), options))}</b>"]
        if person["positions"]:
            rows.append(f"<i>Position with {html.escape(org)}:</i> "
                        + html.escape("; ".join(person["positions"])))
        if person["other_positions"]:
            rows.append("<i>Present Principal Occupation:</i> " + html.escape("; ".join(person["other_positions"])))
        rows.append("<i>Business Address:</i> " + (html.escape(", ".join(person["address"])) or "&#8212;"))
        if options.citizenship:
            rows.append("<i>Citizenship:</i> " + html.escape(person["citizenship"] or ""))
        parts.append("<p>" + font("<br>\n".join(rows)) + "</p>")
        if options.rules:
            parts.append("<hr />")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts.append("<p style=\"page-break-before:always\" align=\"center\">A-2</p>")
            parts += title if options.repeat_header else []
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. name and address in one HTML cell ------------------------------------------------------------------------
def html_name_address_cell_position_occupation_citizenship(roster: Roster, options: Options) -> tuple[str, str,
                                                                                                       list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person) with Lor Finance's name-and-address column (tests/data/rosters_real/dev/
    text_asterisk_member_nameaddr_lor_finance.txt: the name over its address lines in the first column). Columns:
    Name and Business Address (the name bold, 'n.' before it when numbered, the address lines after <br>) |
    Position with <org> | Present Principal Occupation | Citizenship (when printed); '&#8212;' for an empty cell;
    border="1" in the ruled variant; a page break after the entry's row with 'A-2'."""
    org = roster.organization
    heads = ["Name and Business Address", f"Position with {org}", "Present Principal Occupation"] + \
        (["Citizenship"] if options.citizenship else [])

    def cells(index: int, person: dict) -> list[str]:
        name = f"<b>{html.escape(_numbered(index, printed_name(person, options), options))}</b>"
        out = [name + "".join(f"<br>{html.escape(a)}" for a in person["address"]), _joined(person["positions"]),
               _joined(person["other_positions"])]
        return out + ([html.escape(person["citizenship"] or "")] if options.citizenship else [])

    text = _html_table(roster, options, heads, cells,
                       ["SCHEDULE A", f"Directors and Executive Officers of {org}"], "A-2", [])
    return ".htm", text, [expected(p, org, options) for p in roster.people]


# ---- 4. a label/value table saved as text ------------------------------------------------------------------------
def saved_text_label_value_rows_underscore_rules(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Novo's HTML saved as text (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt) and
    Canopy's labelled occupation (tests/data/rosters_real/dev/labelled_occupation_canopy.txt): a two-column
    label/value HTML table saved as plain text, no table tags, no EDGAR markers. Each entry opens with a row of 78
    underscores (a row of '=' in the ruled variant), then 'Name' (n. after the row when numbered), 'Position with
    the Company' and 'Principal Occupation or Employment' (one line per value; '—' where none), 'Business Address'
    (one line per address line) and 'Citizenship' (when printed), labels from column 0, values from column 38
    wrapping at options.width + 10. A page break after the name line of entry options.page_break_in ('Page 2 of
    Schedule A', the title again with repeat_header)."""
    org = roster.organization
    width = options.width + 10
    title = _head("SCHEDULE A", org, "DIRECTORS AND EXECUTIVE OFFICERS OF")
    said = "business address and citizenship" if options.citizenship else "and business address"
    lines = title + [""] + _wrap(_sentence(f"The following table sets forth the name, position with the Company, "
                                           f"principal occupation or employment, {said} of each director and "
                                           f"executive officer of {org} (the \"Company\")"), 78) + [""]

    def field(label: str, values: list[str]) -> list[str]:
        out = []
        for value in values:
            for line in _wrap(value, width):
                out.append(f"{label if not out else '':<38}{line}")
        return out

    for index, person in enumerate(roster.people):
        lines.append(("=" if options.rules else "_") * 78)
        lines.append("")
        lines += field(f"{index + 1}. Name" if options.numbered else "Name", [printed_name(person, options)])
        if options.page_break_in == index:
            lines += ["", f"{'Page 2 of Schedule A':^78}", "\f", ""]
            lines += [*title, ""] if options.repeat_header else []
        lines += field("Position with the Company", person["positions"] or ["\u2014"])
        lines += field("Principal Occupation or Employment", person["other_positions"] or ["\u2014"])
        lines += field("Business Address", person["address"] or ["\u2014"])
        if options.citizenship:
            lines += field("Citizenship", [person["citizenship"] or ""])
        lines.append("")
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {"edgar_name_citizenship_position_occupation_address": edgar_name_citizenship_position_occupation_address,
            "html_bold_name_labelled_br_paragraphs": html_bold_name_labelled_br_paragraphs,
            "html_name_address_cell_position_occupation_citizenship":
                html_name_address_cell_position_occupation_citizenship,
            "saved_text_label_value_rows_underscore_rules": saved_text_label_value_rows_underscore_rules}

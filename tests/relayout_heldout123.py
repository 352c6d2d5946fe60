"""Held-out re-layout families, hundred-and-twenty-third set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (17:15-17:18 UTC by `date`) by helper session gather123 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- signing_authority_column_table: an EDGAR <TABLE> with a 'SIGNING AUTHORITY' column ('Sole', 'Joint',
  'None') after the title, as continental European filers copy it from a commercial register extract,
  and a note under the table; the authority is no value.
- class_styled_cells_html: an HTML table with no inline formatting: a <style> sheet in the <head> and a class on
  every cell, the name class setting text-transform: uppercase (the names mixed case in the source).
- ordered_list_items_html: an HTML <ol> whose <li> items each hold one person (bold name, then 'Label: value'
  lines after <br>); the list's own numbering is not in the text (in the numbered variant the numbers are typed
  and the list style is none).
- caption_thead_tfoot_html: accessible HTML table markup: a <caption> element for the title, <thead> with <th
  scope="col">, the name cell a <th scope="row">, and a <tfoot> row holding a note under the table.

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
from relayout_heldout99 import _done, _edgar_table, _joined, _lines, _numbered, _seed, _sentence, _wrap


def _head(title: str, org: str, caption: str) -> list[str]:
    head = [f"{title:^78}".rstrip(), ""]
    return head + [f"{t:^78}".rstrip() for t in _wrap(f"{caption} {org.upper()}", 70)]


# ---- 1. a signing authority column -------------------------------------------------------------------------------
def _authority(index: int, person: dict, seed: int) -> str:
    titles = " ".join(person["positions"]).lower()
    if not titles:
        return "None"
    if "chair" in titles or "chief executive" in titles or (seed + index) % 5 == 0:
        return "Sole"
    return "Joint"


def signing_authority_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Novo Holdings' Schedule I (tests/data/rosters_real/dev/html_as_text_cells_multi_entity_novo.txt: Name,
    Title | Address | Principal Occupation | Citizenship of a Danish company), set as an EDGAR <TABLE>. The feature
    this family adds (ours; continental European filers copy it from their commercial register extract): a
    'SIGNING AUTHORITY' column after the title reading 'Sole' (chairs, chief executives and a few more from a seed),
    'Joint' or 'None' (no title), with a note under the table; the authority is no value.
    Columns: NAME | TITLE ('--' where none) | SIGNING AUTHORITY | PRINCIPAL OCCUPATION (wrapping at options.width;
    '--' where none) | ADDRESS | CITIZENSHIP (when printed). A page break after the entry's first line with
    'Schedule I - Page 2'."""
    org = roster.organization
    seed = _seed(org)
    columns = [(26, ["NAME"], lambda i, p: _wrap(_numbered(i, printed_name(p, options), options), 24, "  ")),
               (24, ["TITLE"], lambda i, p: _lines(p["positions"], 22) or ["--"]),
               (12, ["SIGNING", "AUTHORITY"], lambda i, p: [_authority(i, p, seed)]),
               (options.width + 2, ["PRINCIPAL OCCUPATION"],
                lambda i, p: _lines(p["other_positions"], options.width) or ["--"]),
               (28, ["ADDRESS"], lambda i, p: _lines(p["address"], 26) or ["--"]),
               (15 if options.citizenship else 0, ["CITIZENSHIP"], lambda i, p: _wrap(p["citizenship"] or "", 13))]
    said = "address, citizenship" if options.citizenship else "address"
    head = _head("SCHEDULE I", org, "BOARD OF DIRECTORS AND EXECUTIVE MANAGEMENT OF") + [""]
    head += _wrap(_sentence(f"The name, title, principal occupation, {said} and signing authority of each member of the "
                            f"board of directors and of the executive management of {org} are set forth below"), 78)
    lines = _edgar_table(roster, options, columns, "Schedule I - Page 2", head)
    lines += [""] + _wrap("Signing authority as registered with the commercial register: 'Sole' means the person may "
                          "bind the company alone; 'Joint' means together with one other authorised signatory.", 78)
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 2. cells formatted by a style sheet ---------------------------------------------------------------------------
_STYLE = """<style type="text/css">
  body { font-family: 'Times New Roman', serif; font-size: 10pt; }
  table.roster { border-collapse: collapse; width: 100%; }
  td.hd { font-weight: bold; vertical-align: bottom; border-bottom: 1px solid #000000; }
  td.nm { text-transform: uppercase; font-weight: bold; vertical-align: top; padding-right: 6pt; }
  td.cl { vertical-align: top; padding-right: 6pt; }
  tr.rl td { border-bottom: 0.5pt solid #000000; }
  p.ttl { text-align: center; font-weight: bold; margin: 0; }
  p.brk { page-break-before: always; text-align: center; }
</style>"""


def class_styled_cells_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; newer conversion software writes it): no
    inline formatting at all; a <style> sheet in the <head> defines classes and every cell carries one ('<td
    class="nm">' for the name, '<td class="cl">' for the others, '<td class="hd">' for the captions); the name
    class sets text-transform: uppercase, so the names are mixed case in the source and shown in capitals (the
    surname-first variant prints 'SURNAME, Given' in the source). Columns: Name | Present Position with <org> |
    Principal Occupation or Employment | Business Address | Citizenship (when printed); 'n.' before the name when
    numbered; '<tr class="rl">' (a rule under the row) when ruled; with markers a '<meta name="generator">' line
    (no <font> wrappers). A page break after the entry's row closes the table, prints 'A-2' in '<p class="brk">' and
    opens a new table (the caption row again when options.repeat_header)."""
    org = roster.organization
    heads = ["Name", f"Present Position with {org}", "Principal Occupation or Employment", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])
    header = "<tr>" + "".join(f"<td class=\"hd\">{html.escape(h)}</td>" for h in heads) + "</tr>"
    opening = "<table class=\"roster\" cellpadding=\"0\" cellspacing=\"0\">"
    row = "<tr class=\"rl\">" if options.rules else "<tr>"
    meta = ["<meta name=\"generator\" content=\"Document Conversion Suite 8.2\" />"] if options.markers else []
    parts = ["<html>", "<head>", "<title>Schedule A</title>", *meta, _STYLE, "</head>", "<body>",
             "<p class=\"ttl\">SCHEDULE A</p>",
             f"<p class=\"ttl\">Directors and Executive Officers of {html.escape(org)}</p>", "<br>", opening, header]
    for index, person in enumerate(roster.people):
        cells = [_joined(person["positions"]), _joined(person["other_positions"]), _joined(person["address"])]
        cells += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        name = html.escape(_numbered(index, printed_name(person, options), options))
        parts.append(f"{row}<td class=\"nm\">{name}</td>" + "".join(f"<td class=\"cl\">{c}</td>" for c in cells)
                     + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p class=\"brk\">A-2</p>", opening] + ([header] if options.repeat_header else [])
    parts += ["</table>", "</body>", "</html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. an ordered list, one item per person ---------------------------------------------------------------------
def ordered_list_items_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron's labelled blocks (tests/data/rosters_real/dev/labelled_blocks_micron.txt: a name over labelled
    lines), as an HTML exhibit built with list markup prints them. The feature this family adds (ours): the roster
    is an <ol> whose every <li> is one person: the name in <b>, then '<i>Label:</i> value' lines after <br>
    ('Position with <org>', 'Present Principal Occupation', 'Business Address', 'Citizenship' when printed; several
    values joined by '; ', the address lines by ', '). The list numbers itself, so no number is in the text; in the
    numbered variant the list style is none and 'n.' is typed before the name. <font> wrappers with markers; a rule
    under each item in the ruled variant. A page break after an entry closes the list, prints 'B-2' in a
    page-break-before paragraph and opens '<ol start=...>' (and repeats the title when options.repeat_header)."""
    org = roster.organization
    style = ' style="list-style-type:none"' if options.numbered else ""
    rule = ' style="border-bottom:1px solid #000000;padding-bottom:6pt"' if options.rules else ""
    title = ["<p align=\"center\"><b>ANNEX B</b></p>",
             f"<p align=\"center\"><b>Directors and Executive Officers of {html.escape(org)}</b></p>"]
    parts = ["<html><body>"] + title + [f"<ol{style}>"]

    def line(label: str, values: list[str], sep: str) -> str:
        return f"<br><i>{label}:</i> " + (sep.join(html.escape(v) for v in values) or "None")

    for index, person in enumerate(roster.people):
        body = f"<b>{html.escape(_numbered(index, printed_name(person, options), options))}</b>"
        body += line(f"Position with {html.escape(org)}", person["positions"], "; ")
        body += line("Present Principal Occupation", person["other_positions"], "; ")
        body += line("Business Address", person["address"], ", ")
        if options.citizenship:
            body += line("Citizenship", [person["citizenship"] or ""], "")
        if options.markers:
            body = f"<font size=\"2\" face=\"Times New Roman\">{body}</font>"
        parts.append(f"<li{rule}>{body}</li>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</ol>", "<p style=\"page-break-before:always\" align=\"center\">B-2</p>"]
            parts += title[1:] if options.repeat_header else []
            parts.append(f"<ol start=\"{index + 2}\"{style}>")
    parts += ["</ol>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. caption, thead, row headers, tfoot ---------------------------------------------------------------------
def caption_thead_tfoot_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's HTML Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: one <tr> per person). The feature this family adds (ours; accessible table markup as newer filing
    software writes it): the title is the table's <caption> element, the captions a <thead> row of <th
    scope="col">, each person's name cell a <th scope="row" align="left"> in the <tbody>, and a <tfoot> row (one
    cell spanning the table) holding a note that addresses are business addresses; the note is no value. Columns:
    Name | Position with <org> | Present Principal Occupation | Business Address | Citizenship (when printed); 'n.'
    before the name when numbered; border="1" when ruled; <font> wrappers with markers. A page break after the
    entry's row closes the table (without the tfoot), prints 'S-2' and opens a new table (caption '... (continued)'
    and the thead when options.repeat_header)."""
    org = roster.organization
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])

    def font(text: str) -> str:
        return f"<font size=\"2\" face=\"Times New Roman\">{text}</font>" if options.markers else text

    border = ' border="1"' if options.rules else ""
    opening = f"<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"{border}>"
    caption = f"<caption><b>Schedule A &#8212; Directors and Executive Officers of {html.escape(org)}</b></caption>"
    thead = "<thead><tr>" + "".join(f"<th scope=\"col\" align=\"left\" valign=\"bottom\">{html.escape(h)}</th>"
                                    for h in heads) + "</tr></thead>"
    note = ("Unless otherwise indicated, the address given is the person&#8217;s business address"
            + (", and each person is a citizen of the country stated." if options.citizenship else "."))
    tfoot = f"<tfoot><tr><td colspan=\"{len(heads)}\">{font(note)}</td></tr></tfoot>"
    parts = ["<html><body>", opening, caption, thead, "<tbody>"]
    for index, person in enumerate(roster.people):
        cells = [_joined(person["positions"]), _joined(person["other_positions"]), _joined(person["address"])]
        cells += [html.escape(person["citizenship"] or "")] if options.citizenship else []
        name = html.escape(_numbered(index, printed_name(person, options), options))
        parts.append(f"<tr><th scope=\"row\" align=\"left\" valign=\"top\">{font(name)}</th>"
                     + "".join(f"<td valign=\"top\">{font(c)}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</tbody>", "</table>", "<p style=\"page-break-before:always\" align=\"center\">S-2</p>",
                      opening]
            if options.repeat_header:
                parts += [caption.replace("</b></caption>", " (continued)</b></caption>"), thead]
            parts.append("<tbody>")
    parts += ["</tbody>", tfoot, "</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "signing_authority_column_table": signing_authority_column_table,
    "class_styled_cells_html": class_styled_cells_html,
    "ordered_list_items_html": ordered_list_items_html,
    "caption_thead_tfoot_html": caption_thead_tfoot_html,
}

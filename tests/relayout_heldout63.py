"""Held-out re-layout families, sixty-third set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (05:34-05:37 UTC by `date`) by helper session gather63 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it:

- superscript_linked_name_notes_html: an HTML table whose NAME cells carry a bare superscript footnote number that
  is also a link ('Martin S. Feldstein<sup><a href="#n1">1</a></sup>'), the notes after the table as anchors.
- fund_complex_portfolios_overseen_table: a fund trust's EDGAR <TABLE> (name and address stacked, position(s) held,
  occupation(s) during past 5 years) with a right-aligned 'Number of Portfolios in Fund Complex Overseen' column of
  small counts, 'N/A' for an officer who is no trustee.
- item2_lettered_blocks_proceedings_answers: per-person blocks lettered after Item 2 '(a)'..'(f)', each block
  answering Items 2(d) and 2(e) for the person ('(d) Criminal proceedings during the last five years: None.').
- word_office_html_proofing_spans: Microsoft Word's 'Save as Web Page' HTML - MsoNormal paragraphs, the proofing
  spans '<span class=SpellE>' around surnames and other words the speller did not know, '<o:p></o:p>', the
  '<![if !supportEmptyParas]>' empty paragraphs, 'mso-spacerun' spans and the '<!--[if gte mso 9]><xml>' head.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)); no citizenship where
options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import re

from relayout import (
    Options,
    Roster,
    _full_stop,
    _numbered,
    _wrap_rows,
    edgar_marks,
    expected,
    is_director,
    printed_name,
    printed_text,
    weighted_seed,
    wrap_lines,
)


def _is_officer(person: dict) -> bool:
    return any("director" not in t.lower() and "trustee" not in t.lower() for t in person["positions"])


# ---- 1. superscript, linked footnote numbers glued to the names ------------------------------------------------
_NAME_NOTES = {1: "Independent director within the meaning of the listing standards of the New York Stock "
                  "Exchange.",
               2: "Appointed to the position shown during the twelve months preceding the date of this Statement.",
               3: "Has informed the Board of Directors that he or she will not stand for re-election at the next "
                  "annual meeting."}


def _name_notes(seed: int, index: int, person: dict) -> list[int]:
    notes = []
    if is_director(person) and not _is_officer(person):
        notes.append(1)
    if (seed + index) % 4 == 1:
        notes.append(2)
    if is_director(person) and (seed + index) % 7 == 3:
        notes.append(3)
    return notes


def superscript_linked_name_notes_html(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's 2020 Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_
    energy.htm: an HTML table of name, title/occupation and address, Times New Roman paragraphs). The feature this
    family adds (ours; Southwestern's names are bare): as EDGAR HTML from financial printers of 2010-2026 prints
    notes, the NAME cell ends with a bare SUPERSCRIPT note number, a link to the note ('<sup><a href="#n1">1</a>
    </sup>', two numbers as '1,2' for a person under two notes), so the text without markup runs the digits into
    the name ('Feldstein1'); the notes follow the table, each an anchor ('<a name="n1"></a><sup>1</sup> Independent
    director ...'). Columns: Name | Position with <Org> | Present Principal Occupation | Business Address (lines
    apart by <br>) | Citizenship (when printed). Header cells <th> with options.markers, bold bottom-bordered <td>
    without; 'n.' before the name in the numbered variant; a bottom border under each row in the ruled variant; a
    page break (options.page_break_in) closes the table after that row and opens it again (header repeated when
    options.repeat_header)."""
    org = roster.organization
    seed = weighted_seed(org)
    heads = ["Name", f"Position with {org}", "Present Principal Occupation", "Business Address"] + \
        (["Citizenship"] if options.citizenship else [])
    if options.markers:
        header = "<tr>" + "".join(f"<th align=\"left\" valign=\"bottom\">{html.escape(h)}</th>" for h in heads) \
            + "</tr>"
    else:
        header = "<tr>" + "".join(f"<td valign=\"bottom\" style=\"border-bottom:1px solid #000\"><b>"
                                  f"{html.escape(h)}</b></td>" for h in heads) + "</tr>"
    table = "<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-family:Times New Roman; " \
        "font-size:10pt\">"
    row_style = " style=\"border-bottom:1px solid #808080\"" if options.rules else ""
    parts = ["<html><body>",
             "<p style=\"margin-top:0pt; margin-bottom:0pt; font-size:10pt\" align=\"center\"><b><u>SCHEDULE A</u>"
             "</b></p>",
             f"<p style=\"margin-top:6pt; margin-bottom:0pt; font-size:10pt\" align=\"center\"><b>DIRECTORS AND "
             f"EXECUTIVE OFFICERS OF {html.escape(org.upper())}</b></p>",
             "<p style=\"margin-top:6pt; margin-bottom:6pt; font-size:10pt\">" + html.escape(_full_stop(
                 f"The name, position with {org}, present principal occupation or employment and business address"
                 + (" and citizenship" if options.citizenship else "") + " of each director and executive officer "
                 f"of {org} are set forth below")) + "</p>",
             table, header]
    used: set[int] = set()
    for index, person in enumerate(roster.people):
        notes = _name_notes(seed, index, person)
        used.update(notes)
        mark = ""
        if notes:
            mark = "<sup>" + ",".join(f"<a href=\"#n{n}\">{n}</a>" for n in notes) + "</sup>"
        cells = [html.escape(_numbered(index, printed_name(person, options), options)) + mark,
                 "<br>".join(html.escape(t) for t in person["positions"]) or "&#151;",
                 "<br>".join(html.escape(o) for o in person["other_positions"]) or "&#151;",
                 "<br>".join(html.escape(line) for line in person["address"])]
        if options.citizenship:
            cells.append(html.escape(person["citizenship"] or "") or "&nbsp;")
        parts.append(f"<tr valign=\"top\"{row_style}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index:
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", table] + \
                ([header] if options.repeat_header else [])
    parts.append("</table>")
    if used:
        parts.append("<p style=\"margin-top:12pt; margin-bottom:0pt; font-size:8pt\">&nbsp;</p>")
        parts += [f"<p style=\"margin-top:0pt; margin-bottom:0pt; font-size:8pt\"><a name=\"n{n}\"></a><sup>{n}"
                  f"</sup>&nbsp;&nbsp;{html.escape(_NAME_NOTES[n])}</p>" for n in sorted(used)]
    parts.append("</body></html>")
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. a fund trust's table with a 'Number of Portfolios in Fund Complex Overseen' column ----------------------
def fund_complex_portfolios_overseen_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Citizens Funds' roster (tests/data/rosters_real/dev/text_fixed3col_name_address_age_citizens_funds.txt:
    an EDGAR <TABLE>/<CAPTION> 'NAME, ADDRESS AND AGE' | 'POSITION(S) HELD WITH TRUST' | 'PRINCIPAL OCCUPATION(S)
    DURING PAST 5 YEARS', dashed rules above and below the caption and between entries, the address under the
    name). The feature this family adds (ours; Citizens prints ages instead): the column investment companies'
    trustee tables print after the occupation since 2002, 'NUMBER OF PORTFOLIOS IN FUND COMPLEX OVERSEEN BY
    TRUSTEE' on six caption lines, a right-aligned count ('14', '112') for a director or trustee and 'N/A' for an
    officer who is none. Columns: NAME AND BUSINESS ADDRESS (address lines under the name) | POSITION(S) HELD WITH
    <ORG> | PRINCIPAL OCCUPATION(S) DURING PAST 5 YEARS (outside occupations; '--' where none,
    wrapping at options.width + 4) | the count | CITIZENSHIP (when printed). '<S>'/'<C>' with options.markers;
    'n.' before the name in the numbered variant; the ruled variant rules every entry, the others leave a blank line
    (Citizens' rules stay under the caption). A page break (options.page_break_in) after the entry's first line:
    '<PAGE>' (a form feed without markers), the page number, a new <TABLE> with the caption when options.repeat_
    header."""
    org = roster.organization
    seed = weighted_seed(org)
    widths = [30, 22, options.width + 4, 12, 14 if options.citizenship else 0]
    live = [w for w in widths if w]
    total = sum(live)
    captions = [["NAME AND", "BUSINESS ADDRESS"], ["POSITION(S) HELD", f"WITH {org.upper()}"],
                ["PRINCIPAL OCCUPATION(S)", "DURING PAST 5 YEARS"],
                ["NUMBER OF", "PORTFOLIOS", "IN FUND", "COMPLEX", "OVERSEEN BY", "TRUSTEE"], ["CITIZENSHIP"]]
    captions = [[line for c in cell for line in wrap_lines(c, w - 2)] for cell, w in zip(captions, widths) if w]
    depth = max(len(c) for c in captions)
    captions = [[""] * (depth - len(c)) + c for c in captions]
    caption = ["<CAPTION>", "-" * total, *_wrap_rows(captions, live), "-" * total]
    if options.markers:
        caption.append(edgar_marks(live))
    preamble = wrap_lines(_full_stop(
        f"The trustees and executive officers of {org} (the \"Trust\"), their business addresses, their positions "
        f"with the Trust, their principal occupations during the past five years, the number of portfolios in the "
        f"fund complex each trustee oversees" + (" and their citizenship" if options.citizenship else "")
        + " are set forth below"), 78)
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'TRUSTEES AND OFFICERS OF ' + org.upper():^78}".rstrip(), "",
             *preamble, "", "<TABLE>", *caption]
    for index, person in enumerate(roster.people):
        count = str(3 + (seed + index * 11) % 120) if is_director(person) else "N/A"
        name = wrap_lines(_numbered(index, printed_name(person, options), options), widths[0] - 2, "  ")
        cells = [name + [p for a in person["address"] for p in wrap_lines(a, widths[0] - 2, "  ")],
                 [p for t in person["positions"] for p in wrap_lines(t, widths[1] - 2, "  ")],
                 [p for o in (person["other_positions"] or ["--"])
                  for p in wrap_lines(o, widths[2] - 2, "  ")],
                 [f"{count:>{widths[3] - 4}}"],
                 wrap_lines(person["citizenship"] or "", widths[4] - 1) if options.citizenship else []]
        rows = _wrap_rows([c for c, w in zip(cells, widths) if w], live)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</TABLE>", "", "<PAGE>" if options.markers else "\f",
                         f"{'I-' + str(2 + seed % 3):^78}".rstrip(), "", "<TABLE>"] + \
                (caption if options.repeat_header else [])
        lines += rows
        lines.append("-" * total if options.rules else "")
    lines.append("</TABLE>")
    return ".txt", printed_text(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. Item 2 lettered blocks answering (d) and (e) for each person --------------------------------------------
_PROCEEDINGS = [("Criminal proceedings during the last five years", "Civil proceedings (securities laws) during the "
                 "last five years", "None."),
                ("Convictions in a criminal proceeding (excluding traffic violations)", "Party to a civil "
                 "proceeding resulting in a judgment, decree or final order", "No."),
                ("Criminal convictions", "Securities law injunctions or findings of violation", "None")]


def item2_lettered_blocks_proceedings_answers(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation of Canada's roster (tests/data/rosters_real/dev/labelled_roman_power_corp.txt: a block
    per person, each field keyed by a roman item label) and Micron's labelled blocks (tests/data/rosters_real/dev/
    labelled_blocks_micron.txt: values after a tab stop, wrapped lines hanging under it). The feature this family
    adds (ours; the real files state Items 2(d) and 2(e) once for everybody, or not at all): as some foreign
    filers' rosters do, each block follows Item 2's letters and ANSWERS (d) and (e) for the person: '(a) Name:',
    '(b) Business address:', '(c) Present principal occupation:' ('<title> of <Org>' lines, then the outside
    occupations), '(d) <criminal proceedings wording>:' and '(e) <civil proceedings wording>:' with 'None.' / 'No.'
    (the wording chosen by the organisation), '(f) Citizenship:' (when printed). The value after a tab stop at
    options.width + 8 columns; 'n.' before the block's first line in the numbered variant (the lines of the block
    indented to match); a row of '=' between blocks in the ruled variant, else a blank line. A page break
    (options.page_break_in) after the block's '(a)' line: the page number, a form feed ('<PAGE>' with
    options.markers), and 'Schedule I (continued)' when options.repeat_header."""
    org = roster.organization
    seed = weighted_seed(org)
    criminal, civil, answer = _PROCEEDINGS[seed % len(_PROCEEDINGS)]
    tab = options.width + 8
    lead = " " * (4 if options.numbered else 0)
    lines = [f"{'SCHEDULE I':^78}".rstrip(), "", f"{'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS':^78}"
             .rstrip(), f"{'OF ' + org.upper():^78}".rstrip(), ""]
    lines += wrap_lines(_full_stop(
        f"The following information is given, in the order of the items of Item 2 of Schedule 13D, for each "
        f"director and executive officer of {org}"), 78) + [""]

    def field(label: str, values: list[str]) -> list[str]:
        out = []
        labels = wrap_lines(label, tab - 2 - len(lead), "    ")
        pieces = [p for v in values for p in wrap_lines(v, 78 - tab - len(lead), "  ")]
        for k in range(max(len(labels), len(pieces))):
            left = labels[k] if k < len(labels) else ""
            right = pieces[k] if k < len(pieces) else ""
            out.append(f"{lead}{left:<{tab}}{right}")
        return out

    for index, person in enumerate(roster.people):
        block = field("(a) Name:", [printed_name(person, options)])
        if options.numbered:
            block[0] = f"{str(index + 1) + '.':<4}" + block[0][4:]
        if options.page_break_in == index:
            block += ["", f"{'I-' + str(1 + seed % 4):^78}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + \
                ([f"{'Schedule I (continued)':^78}".rstrip(), ""] if options.repeat_header else [])
        block += field("(b) Business address:", person["address"])
        block += field("(c) Present principal occupation:",
                       [f"{t} of {org}" for t in person["positions"]] + person["other_positions"])
        block += field(f"(d) {criminal}:", [answer])
        block += field(f"(e) {civil}:", [answer])
        if options.citizenship:
            block += field("(f) Citizenship:", [person["citizenship"] or ""])
        lines += block
        lines.append("=" * 78 if options.rules else "")
    return ".txt", printed_text(lines), [expected(p, org, options) for p in roster.people]


# ---- 4. Microsoft Word 'Save as Web Page' HTML with its proofing spans ------------------------------------------
def _surnames(roster: Roster) -> set[str]:
    out = set()
    for person in roster.people:
        words = [w.strip(".,") for w in person["name"].replace('"', " ").split()]
        words = [w for w in words if w and w.rstrip(".").upper() not in ("JR", "SR", "II", "III", "IV")]
        if words:
            out.add(words[-1])
        out.update(w for w in words[:-1] if "-" in w)
    return out


def _word_text(text: str, unknown: set[str], speller: int = 0) -> str:
    """Escaped text with Word's proofing spans: 'SpellE' around each word its speller would not know (the roster's
    surnames and hyphenated given names, a word with a capital inside it such as 'McDonald'; words in capitals
    and words with digits are ignored, as Word's defaults have it), the span holding the word without the punctuation after it; 'GramE' around an odd long lower-case
    word; 'mso-spacerun' spans for runs of two spaces."""
    out = []
    for k, token in enumerate(re.split(r"(\s+)", text)):
        if not token:
            continue
        if token.isspace():
            out.append(token if len(token) == 1 else
                       f"<span style='mso-spacerun:yes'>{'&nbsp;' * (len(token) - 1)} </span>")
            continue
        head, bare, tail = re.fullmatch(r"([(\"']*)(.*?)([.,;:)\"']*)", token).groups()
        odd = bool(re.search(r"[A-Za-z]", bare)) and (
            bare in unknown or bool(re.search(r"[a-z][A-Z]", bare))) and not re.search(r"\d", bare)
        if odd and len(bare) > 1:
            out.append(html.escape(head, quote=False) + f"<span class=SpellE>{html.escape(bare, quote=False)}</span>"
                       + html.escape(tail, quote=False))
        elif bare.islower() and len(bare) > 9 and (k + speller) % 5 == 0:
            out.append(f"<span class=GramE>{html.escape(token, quote=False)}</span>")
        else:
            out.append(html.escape(token, quote=False))
    return "".join(out)


def _word_p(text: str, unknown: set[str], speller: int = 0, bold: bool = False, align: str = "") -> str:
    body = _word_text(text, unknown, speller)
    if bold:
        body = f"<b style='mso-bidi-font-weight:normal'>{body}</b>"
    style = f" align={align} style='text-align:{align}'" if align else ""
    return f"<p class=MsoNormal{style}>{body}<o:p></o:p></p>"


_EMPTY_P = "<p class=MsoNormal><![if !supportEmptyParas]>&nbsp;<![endif]><o:p></o:p></p>"


def word_office_html_proofing_spans(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Southwestern Energy's Schedule A (tests/data/rosters_real/dev/html_section_rows_southwestern_energy.htm:
    an HTML table Name | Present Principal Occupation | Business Address) as a 2000s exhibit saved from Microsoft
    Word 2000-2003 ('Save as Web Page') was filed. The feature this family adds (ours; Southwestern's HTML came from
    a financial printer): all of Word's own markup - the '<html xmlns:o=...>' head with its '<!--[if gte mso 9]>
    <xml>...' document settings and its styles in a comment, 'class=MsoNormal' paragraphs each closed by
    '<o:p></o:p>', the proofing spans '<span class=SpellE>' around each capitalised word the speller did not know
    (most surnames, street and firm names; the span holds the whole word, its punctuation with it) and 'GramE'
    spans, 'mso-spacerun' spans for runs of spaces, '<![if !supportEmptyParas]>&nbsp;<![endif]>' empty paragraphs,
    a 'MsoNormalTable' with single-quoted mso-border styles and 'mso-yfti-irow' row numbers. Columns: Name |
    Present Principal Occupation ('<title> of <Org>' paragraphs, then the outside occupations) | Business Address
    (a paragraph a line) | Citizenship (when printed). The header row bold (bold and underlined without
    options.markers); 'n.' before the name in the numbered variant; a bottom border on every row in the ruled
    variant; a page break (options.page_break_in) is Word's '<br clear=all style='page-break-before:always'>'
    between two tables (the header row again when options.repeat_header)."""
    org = roster.organization
    seed = weighted_seed(org)
    unknown = _surnames(roster)
    widths = [168, 216, 168, 90 if options.citizenship else 0]
    heads = ["Name", "Present Principal Occupation", "Business Address", "Citizenship"]
    border = "border-bottom:solid windowtext 1.0pt;mso-border-bottom-alt:solid windowtext .5pt;" if options.rules \
        else ""

    def cell(paragraphs: list[str], width: int) -> str:
        return (f"<td width={width} valign=top style='width:{width * 0.75:.1f}pt;{border}padding:0in 5.4pt 0in 5.4pt'>"
                + "".join(paragraphs) + "</td>")

    def header_row() -> str:
        cells = []
        for h, w in zip(heads, widths):
            if not w:
                continue
            text = _word_text(h, unknown)
            text = f"<b><u>{text}</u></b>" if not options.markers else f"<b>{text}</b>"
            cells.append(cell([f"<p class=MsoNormal>{text}<o:p></o:p></p>"], w))
        return "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>" + "".join(cells) + "</tr>"

    table = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
             "mso-yfti-tbllook:480;mso-padding-alt:0in 5.4pt 0in 5.4pt'>")
    parts = ["<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
             "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">",
             "<head>",
             "<title>SCHEDULE A</title>",
             "<!--[if gte mso 9]><xml>",
             " <o:DocumentProperties>",
             f"  <o:Revision>{2 + seed % 9}</o:Revision>",
             f"  <o:TotalTime>{seed % 60}</o:TotalTime>",
             "  <o:Pages>2</o:Pages>",
             "  <o:Version>11.6568</o:Version>",
             " </o:DocumentProperties>",
             "</xml><![endif]--><!--[if gte mso 9]><xml>",
             " <w:WordDocument>",
             "  <w:View>Print</w:View>",
             "  <w:SpellingState>Clean</w:SpellingState>" if seed % 2 else "  <w:GrammarState>Clean</w:GrammarState>",
             " </w:WordDocument>",
             "</xml><![endif]-->",
             "<style>",
             "<!--",
             " p.MsoNormal, li.MsoNormal, div.MsoNormal",
             "\t{mso-style-parent:\"\"; margin:0in; margin-bottom:.0001pt; font-size:12.0pt;",
             "\tfont-family:\"Times New Roman\"; mso-fareast-font-family:\"Times New Roman\";}",
             "span.SpellE {mso-style-name:\"\"; mso-spl-e:yes;}",
             "span.GramE {mso-style-name:\"\"; mso-gram-e:yes;}",
             "-->",
             "</style>",
             "</head>",
             "<body lang=EN-US style='tab-interval:.5in'>",
             "<div class=Section1>",
             _word_p("SCHEDULE A", unknown, bold=True, align="center"),
             _EMPTY_P,
             _word_p(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", unknown, bold=True, align="center"),
             _EMPTY_P,
             "<p class=MsoNormal style='text-align:justify'>" + _word_text(_full_stop(
                 "The name, present principal occupation or employment and business address"
                 + (" and citizenship" if options.citizenship else "") + f" of each director and executive officer "
                 f"of {org} are set forth below.  Each position set forth opposite an individual's name is a "
                 f"position with {org}"), unknown, seed) + "<o:p></o:p></p>",
             _EMPTY_P, table, header_row()]
    row_number = 1
    for index, person in enumerate(roster.people):
        speller = seed + index
        occupation = [f"{t} of {org}" for t in person["positions"]] + person["other_positions"]
        cells = [cell([_word_p(_numbered(index, printed_name(person, options), options), unknown, speller)], widths[0]),
                 cell([_word_p(o, unknown, speller + k + 1) for k, o in enumerate(occupation)] or [_EMPTY_P], widths[1]),
                 cell([_word_p(a, unknown, speller + k + 2) for k, a in enumerate(person["address"])], widths[2])]
        if options.citizenship:
            cells.append(cell([_word_p(person["citizenship"] or "", unknown, speller)], widths[3]))
        last = ";mso-yfti-lastrow:yes" if index == len(roster.people) - 1 else ""
        parts.append(f"<tr style='mso-yfti-irow:{row_number}{last}'>" + "".join(cells) + "</tr>")
        row_number += 1
        if not options.rules:
            spacer = "".join(cell([_EMPTY_P], w) for w in widths if w)
            parts.append(f"<tr style='mso-yfti-irow:{row_number};height:6.0pt'>{spacer}</tr>")
            row_number += 1
        if options.page_break_in == index:
            parts += ["</table>",
                      "<span style='font-size:12.0pt;font-family:\"Times New Roman\"'><br clear=all "
                      "style='page-break-before:always'>", "</span>", _EMPTY_P, table]
            if options.repeat_header:
                parts.append(header_row())
    parts += ["</table>", _EMPTY_P, "</div>", "</body>", "</html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"superscript_linked_name_notes_html": superscript_linked_name_notes_html,
            "fund_complex_portfolios_overseen_table": fund_complex_portfolios_overseen_table,
            "item2_lettered_blocks_proceedings_answers": item2_lettered_blocks_proceedings_answers,
            "word_office_html_proofing_spans": word_office_html_proofing_spans}

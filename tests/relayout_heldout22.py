"""Held-out re-layout families, twenty-second set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (02:54-03:00 UTC by `date`) by helper session gather22 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Each family renders the people of the development rosters the way a real roster named in its
docstring could have been printed (the real files are listed in tests/data/rosters_real/SOURCES.md); the ONE
layout feature each family adds is said plainly, and it is ours where the real file does not have it. They are
held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html
import textwrap

from relayout import Options, Roster, _heading, _numbered, _wrap_rows, expected, printed_name


def _seed(text: str) -> int:
    """A number that depends only on `text` (Python's hash() changes from run to run)."""
    return sum((i + 1) * ord(c) for i, c in enumerate(text))


def _stop(text: str) -> str:
    """A sentence ending in 'Inc.' or 'N.A.' ends there (no second full stop)."""
    return text if text.endswith(".") else text + "."


def _joined(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _citizen_phrase(citizenship: str, many: bool) -> str:
    country = f"the {citizenship}" if citizenship in ("United States", "United Kingdom", "Netherlands") else citizenship
    return f"citizens of {country}" if many else f"a citizen of {country}"


def _groups(people: list[dict], key) -> list[tuple[str, list[int]]]:
    """The people's indices grouped by key(person), groups in the order of their first member."""
    groups: dict[str, list[int]] = {}
    for index, person in enumerate(people):
        groups.setdefault(key(person), []).append(index)
    return list(groups.items())


# ---- 1. the occupation cell as dated career lines: the current ones 'Since <year>', former ones '<year> to <year>' --
def _employer(occupation: str) -> str:
    return occupation.split(", ", 1)[1] if ", " in occupation else ""


def _former_position(person: dict, org: str) -> str | None:
    """A made-up earlier position of the person, held before the present ones (the career lines print it with an
    end year): an outside occupation's employer for a director (Vice Chairman before retiring, Partner before
    Counsel), an earlier title in the organisation for an officer. None where no such line would be plausible."""
    others = person["other_positions"]
    if others and others[0].startswith("Retired "):
        return others[0].removeprefix("Retired ")
    if others and others[0].startswith("Counsel, "):
        return "Partner, " + _employer(others[0])
    if others and others[0].startswith("Managing Director, "):
        return "Deputy Managing Director, " + _employer(others[0])
    titles = [t for t in person["positions"] if t != "Director"]
    if not titles:
        return None
    if any("President" in t and "Vice" not in t for t in titles):
        return f"Executive Vice President, {org}"
    return f"Senior Vice President, {org}" if "Vice President" in titles[0] else f"Assistant {titles[0]}, {org}"


def _career_lines(person: dict, org: str) -> list[str]:
    seed = _seed(person["name"])
    start = 1996 + seed % 7
    lines = [f"Since {start + i}, {title}, {org}" for i, title in enumerate(person["positions"])]
    for i, other in enumerate(person["other_positions"]):
        lines.append(other if other.startswith("Retired ") else f"Since {start - 2 + i}, {other}")
    former = _former_position(person, org)
    if former:
        lines.append(f"{start - 4 - seed % 3} to {start - 1}, {former}")
    return lines


def career_history_lines(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Bear Stearns roster (tests/data/rosters_real/dev/text_fixed5col_employer_bsci.txt, sec.gov
    .../1058444/000095013506005955/b62468scexv1w1.txt: Name | Present Principal Occupation | Business Address |
    Citizenship, the employer named in the occupation cell) as the Schedule I of an offer to purchase or a Schedule
    13E-3 prints it, where Regulation M-A (Item 1003(c)) asks for each person's 'material occupations, positions,
    offices or employment during the past five years'. The feature this family adds (ours; the real table gives
    present occupations only): the occupation column is a CAREER HISTORY, one dated line per position, each with
    its employer - the present ones open with 'Since <year>,' ('Since 1998, Director, American International
    Group, Inc.', 'Since 1996, Professor of Economics, Harvard University'; a 'Retired ...' occupation undated),
    a former one with its two years ('1994 to 1997, Senior Vice President, Ariel Capital Management, Inc.'), so
    only the dating tells a present position from a past one (the earlier proxy_age_director_since puts a former
    employment in a biography sentence, 'Director Since' in a column of its own). The former positions are made up (_former_
    position) and are not expected; the years are made up too. There is no separate column for the positions
    held in <Org>: they are the career lines naming <Org>. An HTML table: Name | Citizenship | Business Address
    | Present Principal Occupation or Employment; Material Positions Held During the Past Five Years; every line
    of a cell is a <p style="margin:0"> when options.markers, else the lines are apart by <br>; the numbered
    variant puts 'n.' before the name, the ruled one a bottom border under every row. A page break after entry
    options.page_break_in (not the last) ends the table; a new one follows, with the header row if it repeats."""
    org = roster.organization
    heads = ["Name", "Citizenship", "Business Address",
             "Present Principal Occupation or Employment; Material Positions Held During the Past Five Years"]
    keep = [True, options.citizenship, True, True]
    widths = ["22%", "12%", "28%", "38%"] if options.citizenship else ["24%", "", "30%", "46%"]
    style = " style=\"border-bottom:1px solid #000000\"" if options.rules else ""

    def cell(lines: list[str]) -> str:
        if options.markers:
            return "".join(f"<p style=\"margin:0\">{html.escape(line)}</p>" for line in lines) or "&nbsp;"
        return "<br>".join(html.escape(line) for line in lines) or "&nbsp;"

    header = "<tr>" + "".join(f"<td width=\"{w}\" valign=\"bottom\"><b>{html.escape(h)}</b></td>"
                              for h, w, k in zip(heads, widths, keep) if k) + "</tr>"
    opening = "<table border=\"0\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
    says = "citizenship, business address" if options.citizenship else "business address"
    parts = ["<html><body>", "<p align=\"center\"><b>SCHEDULE I</b></p>",
             f"<p align=\"center\"><b>INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF "
             f"{html.escape(org.upper())}</b></p>",
             f"<p>The following table sets forth the name, {says}, present principal occupation or employment and "
             f"material occupations, positions, offices or employment during the past five years of each director "
             f"and executive officer of {html.escape(org)} (the \"Company\"). Years are those in which the position was first "
             f"held and, for a position no longer held, last held.</p>", opening, header]
    for index, person in enumerate(roster.people):
        values = [[_numbered(index, printed_name(person, options), options)], [person["citizenship"] or ""],
                  list(person["address"]), _career_lines(person, org)]
        parts.append(f"<tr valign=\"top\"{style}>" + "".join(
            f"<td{style}>{cell(v)}</td>" for v, k in zip(values, keep) if k) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", opening] + (
                [header] if options.repeat_header else [])
    parts += ["</table>", "</body></html>"]
    return ".htm", "\n".join(parts) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. a table set over a two-page spread: the right-hand page continues the rows of the left, without names ---
def facing_page_spread(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After IDT Corporation's Exhibit 7 (tests/data/rosters_real/dev/text_fixed4col_position_occupation_idt_
    corporation.txt, sec.gov .../1086472/000089183601500310/exh7.txt: Name | Position | Present Principal
    Occupation | Business Address, the cells wrapping in parallel) as a financial printer typesets a table too wide
    for one page of an offer document: across a SPREAD of two facing pages. The feature this family adds (ours; the
    real table is on one page): the left-hand page carries Name | Position with <Org> (the titles one per line),
    the right-hand page - after the page number, <PAGE> (a form feed without markers) - carries the rest of the
    SAME rows, Present Principal Occupation or Employment | Business Address | Citizenship, with NO name and no
    row number: a row's lines start on the same line of both pages (each row takes as many lines as its tallest
    cell on either page, the shorter side padded with empty lines), the right page's heading lines blank where
    the left page prints the heading and the preamble, so only the line position on the page ties the details to
    the person (the earlier split_name_tables repeats the name in its second table, footnote_keyed_details keys
    the details by a note number, pdf_column_blocks prints one column at a time). Rows apart by a blank line (a dashed rule in the ruled variant, on both pages); the numbered
    variant numbers the names on the left page only; EDGAR <TABLE> and <S>/<C> lines when options.markers. With
    options.page_break_in the rows after that entry go on a second spread, its left page headed '(continued)'
    and its captions again if the header repeats (the captions stand on every page of the spread itself)."""
    org = roster.organization
    left_widths = [34, 44]
    right_widths = [max(options.width, 26) + 4, 34, 16 if options.citizenship else 0]
    right_live = [w for w in right_widths if w]
    left_caption = _wrap_rows([["", "Name"], ["Position with", org if len(org) <= 42 else "the Company"]], left_widths)
    left_caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in left_widths).rstrip())
    right_caption = _wrap_rows([c for c, w in zip([["Present Principal Occupation", "or Employment"],
                                                   ["", "Business Address"], ["", "Citizenship"]], right_widths) if w],
                               right_live)
    right_caption.append("".join(f"{'-' * (w - 2):<{w}}" for w in right_live).rstrip())
    says = ", business address and citizenship" if options.citizenship else " and business address"
    intro = textwrap.wrap(f"The following table sets forth the name, present position with {org} (the \"Company\"), "
                          f"present principal occupation or employment{says} of each director and executive officer "
                          f"of the Company. The table continues on the facing page.", 76)
    rule = "-" * 76 if options.rules else ""
    spreads = [list(enumerate(roster.people))]
    if options.page_break_in is not None and options.page_break_in + 1 < len(roster.people):
        cut = options.page_break_in + 1
        spreads = [spreads[0][:cut], spreads[0][cut:]]
    lines: list[str] = []
    page = 6
    for number, spread in enumerate(spreads):
        if number == 0:
            top = [line for line in _heading(org, options).rstrip("\n").split("\n")] + ["", *intro, ""]
        else:
            top = [f"{'SCHEDULE I (continued)':^76}".rstrip(), ""]
        with_caption = number == 0 or options.repeat_header
        left = top + (["<TABLE>"] if options.markers else []) + (left_caption if with_caption else [])
        right = [""] * len(top) + (["<TABLE>"] if options.markers else []) + (right_caption if with_caption else [])
        if options.markers:
            left.append(f"{'<S>':<{left_widths[0]}}<C>")
            right.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], right_live)).rstrip())
        for index, person in spread:
            left_cells = [textwrap.wrap(_numbered(index, printed_name(person, options), options), left_widths[0] - 2),
                          [piece for title in person["positions"] for piece in textwrap.wrap(title, left_widths[1] - 2)]]
            right_cells = [[piece for other in person["other_positions"]
                            for piece in textwrap.wrap(other, right_widths[0] - 2)],
                           [piece for line in person["address"] for piece in textwrap.wrap(line, right_widths[1] - 2)],
                           textwrap.wrap(person["citizenship"] or "", right_widths[2] - 2) if options.citizenship else []]
            height = max(len(c) for c in left_cells + right_cells)
            left_rows = _wrap_rows([c or [""] for c in left_cells], left_widths)
            right_rows = _wrap_rows([c or [""] for c, w in zip(right_cells, right_widths) if w], right_live)
            left += left_rows + [""] * (height - len(left_rows)) + [rule]
            right += right_rows + [""] * (height - len(right_rows)) + [rule]
        if options.markers:
            left.append("</TABLE>")
            right.append("</TABLE>")
        for side, text in ((left, f"-{page}-"), (right, f"-{page + 1}-")):
            lines += side + ["", f"{text:^76}".rstrip()]
            lines += ["<PAGE>" if options.markers else "\f"]
        page += 2
    return ".txt", "\n".join(lines[:-1]).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. the roster in a footnote of the Schedule 13D cover page -------------------------------------------------
_PLACE = {"American International Group, Inc.": "Delaware", "Ariel Capital Management, Inc.": "Illinois",
          "Power Corporation of Canada": "Canada"}


def _cover_rows(org: str, place: str, seed: int) -> list[str]:
    shares = 1_000_000 + seed * 7919 % 4_000_000
    percent = f"{5 + seed % 9}.{seed % 10}%"
    box = [("1", "NAMES OF REPORTING PERSONS"), ("", "I.R.S. IDENTIFICATION NOS. OF ABOVE PERSONS (ENTITIES ONLY)"),
           ("", ""), ("", f"{org}(1)"),
           ("2", "CHECK THE APPROPRIATE BOX IF A MEMBER OF A GROUP                (a) [ ]"),
           ("", "(SEE INSTRUCTIONS)                                              (b) [ ]"),
           ("3", "SEC USE ONLY"), ("4", "SOURCE OF FUNDS (SEE INSTRUCTIONS)"), ("", "WC"),
           ("5", "CHECK BOX IF DISCLOSURE OF LEGAL PROCEEDINGS IS REQUIRED PURSUANT TO"),
           ("", "ITEMS 2(d) OR 2(e)                                                      [ ]"),
           ("6", "CITIZENSHIP OR PLACE OF ORGANIZATION"), ("", place)]
    lines = ["-" * 78]
    for number, text in box:
        if number and lines[-1] != "-" * 78:
            lines.append("-" * 78)
        lines.append(f"{number:>3}  {text}".rstrip())
    lines.append("-" * 78)
    powers = [("7", "SOLE VOTING POWER", f"{shares:,}"), ("8", "SHARED VOTING POWER", "0"),
              ("9", "SOLE DISPOSITIVE POWER", f"{shares:,}"), ("10", "SHARED DISPOSITIVE POWER", "0")]
    left = ["NUMBER OF", "SHARES", "BENEFICIALLY", "OWNED BY", "EACH", "REPORTING", "PERSON", "WITH"]
    for row, (number, label, value) in enumerate(powers):
        lines.append(f"{left[2 * row]:<16}{number:>3}  {label}")
        lines.append(f"{left[2 * row + 1]:<16}     {value}")
        lines.append(f"{'':<16}{'-' * 62}" if row < 3 else "-" * 78)
    tail = [("11", "AGGREGATE AMOUNT BENEFICIALLY OWNED BY EACH REPORTING PERSON"), ("", f"{shares:,}"),
            ("12", "CHECK BOX IF THE AGGREGATE AMOUNT IN ROW (11) EXCLUDES CERTAIN SHARES  [ ]"),
            ("13", "PERCENT OF CLASS REPRESENTED BY AMOUNT IN ROW (11)"), ("", percent),
            ("14", "TYPE OF REPORTING PERSON (SEE INSTRUCTIONS)"), ("", "CO")]
    for number, text in tail:
        if number and lines[-1] != "-" * 78:
            lines.append("-" * 78)
        lines.append(f"{number:>3}  {text}".rstrip())
    lines.append("-" * 78)
    return lines


def _footnote_entry(index: int, person: dict, org: str, options: Options) -> list[str]:
    name = printed_name(person, options)
    label = f"({'abcdefghijklmnopqrstuvwxyz'[index]}) " if options.numbered else ""
    text = _stop(f"{label}{name}. Position: {'; '.join(person['positions'])}")
    if person["other_positions"]:
        text += " " + _stop(f"Present principal occupation: {'; '.join(person['other_positions'])}")
    text += " " + _stop(f"Business address: {', '.join(person['address'])}")
    if options.citizenship:
        text += " " + _stop(f"Citizenship: {person['citizenship']}")
    return textwrap.wrap(text, options.width + 40, initial_indent="     ", subsequent_indent="         ")


def cover_page_footnote_roster(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Schedule 13D in which Item 2 refers to the filer's directors and executive officers (the
    Motorola appendix, tests/data/rosters_real/dev/text_twocol_prose_overrides_motorola.txt, sec.gov .../824169/
    000006850501000015/0002.txt, and Canopy's exhibit, dev/labelled_occupation_canopy.txt, sec.gov .../1094944/
    000102048801000016/0002.txt: one labelled paragraph-like block per person), placed where some filers of the
    paper era put it: in a FOOTNOTE to the filer's name on the COVER PAGE. The feature this family adds (ours; the
    real rosters are appendices or exhibits): the text is the 13D's first page - 'SECURITIES AND EXCHANGE
    COMMISSION', 'SCHEDULE 13D', the issuer, the class, the CUSIP number, the name and address of the person
    authorised to receive notices (a lawyer who is NOT one of the roster's people), the date - and the second page,
    the cover-page box table of rows 1 to 14 for the filer (its name with the mark '(1)', 'CITIZENSHIP OR PLACE OF
    ORGANIZATION' giving the ORGANISATION's place, the share counts, percent, 'CO'), and the roster is footnote (1)
    under that box table: 'The directors and executive officers of <Org> ... are:', then one labelled paragraph per
    person, hanging-indented (the earlier item2_embedded_roster puts a roster table in the body's Item 2;
    here it is in the cover page's note) ('Pei-yuan Chia. Position: Director. Present principal occupation: ... Business
    address: ... Citizenship: ...', the titles apart by '; '; '(a) ' before the name in the numbered variant). No roster heading, no table.
    The footnote's width follows options.width; the ruled variant puts a short rule between entries; EDGAR <PAGE>
    (a form feed without markers) between the pages. A page break (options.page_break_in) after an entry's first
    line carries the rest of the footnote to the next page, under the page header and '(1) (continued)'."""
    org = roster.organization
    seed = _seed(org)
    cusip = f"{seed % 10 ** 6:06d}{seed % 89 + 10:02d}{seed % 7}"
    page_header = [f"CUSIP No. {cusip}{'13D':^44}Page 2 of 11 Pages", ""]
    first = ["", f"{'SECURITIES AND EXCHANGE COMMISSION':^78}".rstrip(), f"{'Washington, D.C. 20549':^78}".rstrip(), "",
             f"{'SCHEDULE 13D':^78}".rstrip(), "", f"{'Under the Securities Exchange Act of 1934':^78}".rstrip(),
             f"{'(Amendment No. ' + str(seed % 5 + 1) + ')*':^78}".rstrip(), "",
             f"{'Meridian Instruments Corporation':^78}".rstrip(), f"{'(Name of Issuer)':^78}".rstrip(), "",
             f"{'Common Stock, par value $.10 per share':^78}".rstrip(),
             f"{'(Title of Class of Securities)':^78}".rstrip(), "", f"{cusip:^78}".rstrip(),
             f"{'(CUSIP Number)':^78}".rstrip(), "", f"{'Jonathan R. Weller, Esq.':^78}".rstrip(),
             f"{'Halloran, Pike & Weller':^78}".rstrip(), f"{'500 Fifth Avenue, New York, New York 10110':^78}".rstrip(),
             f"{'(212) 555-0140':^78}".rstrip(),
             f"{'(Name, Address and Telephone Number of Person Authorized to':^78}".rstrip(),
             f"{'Receive Notices and Communications)':^78}".rstrip(), "", f"{'March 14, 2006':^78}".rstrip(),
             f"{'(Date of Event which Requires Filing of this Statement)':^78}".rstrip(), ""]
    first += textwrap.wrap("If the filing person has previously filed a statement on Schedule 13G to report the "
                           "acquisition that is the subject of this Schedule 13D, and is filing this schedule because "
                           "of Sections 240.13d-1(e), 240.13d-1(f) or 240.13d-1(g), check the following box. [ ]", 78)
    lines = first + ["", "<PAGE>" if options.markers else "\f", *page_header]
    lines += _cover_rows(org, _PLACE.get(org, "Delaware"), seed)
    says = ", present principal occupations, business addresses and citizenship" if options.citizenship else \
        ", present principal occupations and business addresses"
    lines += ["", *textwrap.wrap(f"(1) The directors and executive officers of {org}, their positions with {org}"
                                 f"{says}, are:", options.width + 44, subsequent_indent="    "), ""]
    for index, person in enumerate(roster.people):
        entry = _footnote_entry(index, person, org, options)
        if options.page_break_in == index and len(entry) > 1:
            entry[1:1] = ["", "<PAGE>" if options.markers else "\f",
                          page_header[0].replace("Page 2", "Page 3"), "", "(1) (continued)", ""]
        lines += entry
        lines.append("     " + "-" * 20 if options.rules and index + 1 < len(roster.people) else "")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. a Schedule 13G's Item 2: every field one paragraph listing all the people by roman keys --------------------
def _key(index: int, options: Options) -> str:
    if options.numbered:
        return f"({index + 1})"
    return f"({_roman(index + 1)})"


def _roman(number: int) -> str:
    """Lower-case roman numeral of any count (the lead's fix at measurement: the set listed only i-xii and a roster of
    more persons raised IndexError; the text of the rosters of 12 or fewer is unchanged)."""
    out = ""
    for value, letters in ((40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def _filer_clause(index: int, person: dict, org: str, options: Options) -> str:
    first, *more = person["positions"]
    titles = " and ".join([f"{'an' if first[0] in 'AEIOU' else 'a'} {first}"] + [f"the {title}" for title in more])
    clause = f"{_key(index, options)} {printed_name(person, options)}, {titles} of {org}"
    if person["other_positions"]:
        many = len(person["other_positions"]) > 1
        clause += (f", whose present principal occupation{'s are' if many else ' is'} "
                   f"{' and '.join(person['other_positions'])}")
    return clause


def keyed_item_fields(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Item 2 of a joint Schedule 13G filed by a company's directors and officers themselves (the
    'Item 2(a) Name of Person Filing / 2(b) Address of Principal Business Office or, if None, Residence / 2(c)
    Citizenship' of the form), the people as in Chittenden's roster (tests/data/rosters_real/dev/prose_chittenden_
    corporation.txt, sec.gov .../792360/000092701602005613/dex991.txt: prose, the name first, the one business
    address of everyone stated once in the preamble) and MetLife's Exhibit 99.1 (dev/text_twocol_nameaddr_
    metlife.txt, sec.gov .../898174/000095012305001628/y05541exv99w1.txt: a default address stated once).
    The feature this family adds (ours; the real rosters are person by person): the roster is FIELD BY FIELD, each
    field a paragraph of the form's Item 2 that lists ALL the people by a roman KEY set in 2(a): '(i) Pei-yuan
    Chia, a Director of <Org>, whose present principal occupation is ...; (ii) ...' names them; 2(b) gives each
    address once, for the keys that share it ('The address of the principal business office of each of (v) and
    (vi) is ...'); 2(c) gives each citizenship once for its keys ('(i), (iii) and (iv) are citizens of the United
    States; (ii) is a citizen of Canada.'). So a person's address and citizenship are tied to him only by his key
    (the earlier numbered_body_sentences numbers its clauses but gives a differing address or citizenship in the
    person's own clause; body_paragraphs names its exceptions by name).
    Around it: the 13G's header ('CUSIP No. ... 13G Page 6 of 10 Pages'), Item 1 (the issuer), 2(d) and 2(e)
    (class, CUSIP), Item 3 'Not applicable.', Item 4 referring to the cover pages. The numbered variant keys
    '(1)', '(2)'; the surname-first variant prints 'CHIA, Pei-yuan'; the ruled variant a rule between items;
    paragraphs wrap at options.width + 44. Without citizenship 2(c) refers to the cover pages (not printed). A
    page break (options.page_break_in) falls after that person's clause in 2(a), with the page header again."""
    org = roster.organization
    seed = _seed(org)
    cusip = f"{seed % 10 ** 6:06d}{seed % 89 + 10:02d}{seed % 7}"
    width = options.width + 44
    header = f"CUSIP No. {cusip}{'13G':^40}Page 6 of 10 Pages"
    rule = ["-" * 40] if options.rules else []

    def item(label: str, text: str) -> list[str]:
        return textwrap.wrap(f"{label:<12}{text}", width, subsequent_indent=" " * 12) + [""]

    lines = [header, "", *rule]
    lines += item("Item 1(a).", "Name of Issuer:") + item("", "Meridian Instruments Corporation (the \"Issuer\")")
    lines += rule + item("Item 1(b).", "Address of Issuer's Principal Executive Offices:")
    lines += item("", "One Meridian Plaza, Stamford, Connecticut 06901") + rule
    lines += item("Item 2(a).", "Name of Person Filing:")
    lines += item("", f"This statement is filed jointly by the following persons (each a \"Reporting Person\"), each "
                      f"of whom is a director or executive officer of {org}:")
    last = len(roster.people) - 1
    for index, person in enumerate(roster.people):
        clause = _filer_clause(index, person, org, options)
        clause = _stop(clause) if index == last else clause + ("; and" if index == last - 1 else ";")
        lines += textwrap.wrap(clause, width,
                               initial_indent="            ", subsequent_indent="            ")
        if options.page_break_in == index and index < last:
            lines += ["", "<PAGE>" if options.markers else "\f", header.replace("Page 6", "Page 7"), ""]
    lines += [""] + rule + item("Item 2(b).", "Address of Principal Business Office or, if None, Residence:")
    for address, keys in _groups(roster.people, lambda p: ", ".join(p["address"])):
        named = _joined([_key(k, options) for k in keys])
        lines += item("", f"The address of the principal business office of {'each of ' if len(keys) > 1 else ''}"
                          f"{named} is {address}.")
    lines += rule + item("Item 2(c).", "Citizenship:")
    if options.citizenship:
        said = [f"{_joined([_key(k, options) for k in keys])} {'are' if len(keys) > 1 else 'is'} "
                f"{_citizen_phrase(citizenship, len(keys) > 1)}"
                for citizenship, keys in _groups(roster.people, lambda p: p["citizenship"])]
        lines += item("", "; ".join(said) + ".")
    else:
        lines += item("", "See Row 4 of the cover page of each Reporting Person.")
    lines += rule + item("Item 2(d).", "Title of Class of Securities:") + item("", "Common Stock, par value $.10 "
                                                                                   "per share")
    lines += rule + item("Item 2(e).", "CUSIP Number:") + item("", cusip)
    lines += rule + item("Item 3.", "If this statement is filed pursuant to Rule 13d-1(b), or 13d-2(b) or (c), "
                                    "check whether the person filing is a:") + item("", "Not applicable.")
    lines += rule + item("Item 4.", "Ownership:") + item("", "The information in Rows 5 through 11 of the cover page "
                                                             "of each Reporting Person is incorporated herein by "
                                                             "reference.")
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


FAMILIES = {"career_history_lines": career_history_lines,
            "facing_page_spread": facing_page_spread,
            "cover_page_footnote_roster": cover_page_footnote_roster,
            "keyed_item_fields": keyed_item_fields}

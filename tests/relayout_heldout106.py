"""Held-out re-layout families, hundred-and-sixth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (12:44-12:50 UTC by `date`) by helper session gather106 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring), printing the other persons the way that filing prints its own,
with only the small differences two law firms' filings show (widths, label words, heading and preamble wording, name
order and case, numbering, page breaks). Rosters: four of those used least (three families each, siblings included)
by the earlier close-variant sets: Bear Stearns (BSCI), Smith Barney Corporate Trust, SBC Communications and Micron.

- employer_citizenship_column_bsci: BSCI's Exhibit 1.1, an EDGAR <TABLE> Name | occupation | Name of Employer |
  address with every cell wrapping under itself, here with a last column 'Citizenship'.
- stacked_name_title_citizenship_default_address_smith_barney: Smith Barney's Exhibit 99.A, the left cell stacking
  name, titles and citizenship, the right cell the occupation, employer and address, the shared address in a
  preamble and printed only where a person's differs.
- director_paren_occupation_address_sentences_sbc: SBC's Exhibit I, two columns Name | Present Principal Occupation
  or Employment without blank lines, outside occupations in parentheses after the titles, a Directors and an
  Executive Officers section, addresses other than the shared one in sentences after the list.
- labelled_blocks_sections_employer_field_micron: Micron's Exhibit 1, labelled blocks ('Name:', 'Business
  Address:', 'Principal Occupation:' and the five-line employer label), a 'DIRECTORS' and an 'EXECUTIVE OFFICERS'
  section each with its own preamble giving the citizenship.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once.
Expected everywhere: every person's own values (relayout.expected()) in roster order; where a preamble gives the
default citizenship, that default as printed on the persons it covers; no citizenship where options.citizenship is
False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import (
    Options,
    Roster,
    _wrap_rows,
    centre,
    edgar_marks,
    expected,
    is_director,
    printed_name,
    wrap_lines,
    wrap_words,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout97 import _citizens, _short
from relayout_heldout103 import _done, _exceptions, _name, _page, _people, _shared_address


def _joined(titles: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' ('; ' where a title holds a comma or an 'and')."""
    if len(titles) < 2:
        return "".join(titles)
    if any("," in t or " and " in t for t in titles):
        return "; ".join(titles)
    return ", ".join(titles[:-1]) + " and " + titles[-1]


def _own(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options) for p in roster.people]


# ---- 1. BSCI: Name | Occupation | Employer | Business Address | Citizenship ---------------------------------------
def employer_citizenship_column_bsci(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Bear Stearns Companies Inc.'s Exhibit 1.1 (tests/data/rosters_real/dev/text_fixed5col_employer_
    bsci.txt, https://www.sec.gov/Archives/edgar/data/1058444/000095013506005955/b62468scexv1w1.txt): '<PAGE>', the
    exhibit number at the right margin, the centred title 'IDENTITY AND BACKGROUND OF <TERM>'S DIRECTORS AND
    OFFICERS', the preamble 'To the knowledge of the Reporting Persons, the following represents the names, present
    principal occupations or employment, ...', a sub-heading ('<Term>'s Directors'), an EDGAR <TABLE><CAPTION> with
    bottom-aligned centred captions over a dashed line per column, <S>/<C>, every cell wrapping under itself, '--'
    in an empty cell, a blank line between rows. Here: 'EXHIBIT 1.2'; the preamble's list 'the names of the
    employers, the business addresses and the citizenship of the directors and officers of <Org> ("<Term>")'; one
    sub-heading '<Term>'s Directors and Officers'; five columns Name | Present Principal / Occupation or Employment |
    Name of / Employer | Business / Address (IDT's words: the person's own address, one comma-joined string wrapped
    where the column ends, as the real wraps its address) | Citizenship (Castlerigg's and Citigroup's column word,
    in the place of BSCI's 'Principal Business of Employer', which the rosters do not give); the titles held in the
    organisation joined 'A, B and C' (the real's 'Chairman of the Board and Chief Executive Officer') with the
    organisation beside them as the employer, then each outside occupation whole (its employer in its words) on
    the lines under the employer's, its employer cell empty; the widths 23 | max(24, width - 6) + 2 | 21 | 24 | 14.
    Variants: '1.' before the name; 'SURNAME, Given'; a dashed line between rows when ruled; no Citizenship column
    without citizenship; no tags without markers; a page break after that person's row: '</TABLE>', '<PAGE>' (a form
    feed without markers), a centred '2' and the table reopened with its caption if the header repeats. Differs from
    gather38 (four columns, 'EXHIBIT 2', the citizenship in the preamble, '--' beside outside occupations), gather44
    (a table per section, each title on a line, citizenship in the preamble) and gather76 (the address stacked a
    line a line, 'Address of Employer', citizenship after the table) in the Citizenship column, the sub-heading and
    exhibit number, the caption words and the widths."""
    org = roster.organization
    term = _short(org)
    occ_w = max(24, options.width - 6)
    widths = [23, occ_w + 2, 21, 24] + ([14] if options.citizenship else [])
    cap_top = ["", "Present Principal", "Name of", "Business"] + ([""] if options.citizenship else [])
    cap_bot = ["Name", "Occupation or Employment", "Employer", "Address"] + (
        ["Citizenship"] if options.citizenship else [])
    caption = [*_wrap_rows([[c.center(w - 3)] for c, w in zip(cap_top, widths)], widths),
               *_wrap_rows([[c.center(w - 3)] for c, w in zip(cap_bot, widths)], widths),
               *_wrap_rows([["-" * (w - 3)] for w in widths], widths)]
    what = ("the names of the employers, the business addresses and the citizenship" if options.citizenship
            else "the names of the employers and the business addresses")
    pre = (f"To the knowledge of the Reporting Persons, the following represents the names, present principal "
           f"occupations or employment, {what} of the directors and officers of "
           + (f"{org} (\"{term}\")." if term != org else f"{org.rstrip('.')}."))
    lines = ["<PAGE>" if options.markers else "", "", " " * 67 + "EXHIBIT 1.2", "",
             *[centre(t, 80) for t in wrap_lines(f"IDENTITY AND BACKGROUND OF {term.upper()}'S DIRECTORS AND "
                                                 "OFFICERS", 64)], "",
             *wrap_words(pre, 80), "", f"{term}'s Directors and Officers", ""]

    def table_head() -> list[str]:
        head = ["<TABLE>", "<CAPTION>"] if options.markers else []
        head += caption
        if options.markers:
            head.append(edgar_marks(widths))
        return head

    lines += table_head()
    for index, person in enumerate(roster.people):
        name = wrap_lines(_name(index, person, options), widths[0] - 3)
        occ: list[str] = []
        emp: list[str] = []
        if person["positions"]:
            occ = wrap_lines(_joined(person["positions"]), occ_w)
            emp = wrap_lines(org, widths[2] - 3)
        occ += [""] * (len(emp) - len(occ))
        for other in person["other_positions"]:
            occ += wrap_lines(other, occ_w)
        if not occ:
            occ = ["--"]
        if not emp:
            emp = ["--"]
        address = wrap_lines(", ".join(person["address"]), widths[3] - 2) if person["address"] else ["--"]
        cells = [name, occ, emp, address]
        if options.citizenship:
            cells.append(wrap_lines(person["citizenship"] or "--", widths[4] - 1))
        lines += _wrap_rows(cells, widths)
        lines.append("-" * sum(widths) if options.rules else "")
        if options.page_break_in == index and index < len(roster.people) - 1:
            if options.markers:
                lines.append("</TABLE>")
            lines += [_page(options), "", centre("2", 80), ""]
            if options.repeat_header:
                lines += table_head()
            elif options.markers:
                lines += ["<TABLE>", edgar_marks(widths)]
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", _done(lines), _own(roster, options)


# ---- 2. Smith Barney: stacked name / title / citizenship, default address in a preamble ----------------------------
def stacked_name_title_citizenship_default_address_smith_barney(roster: Roster,
                                                                 options: Options) -> tuple[str, str, list[dict]]:
    """After Smith Barney Corporate Trust Company's Exhibit 99.A
    (tests/data/rosters_real/dev/table_stacked_name_title_citizenship_smith_barney.txt,
    https://www.sec.gov/Archives/edgar/data/815097/000104746904035070/a2146266zex-99_a.txt): '<Page>', the centred
    exhibit number, 'EXECUTIVE OFFICERS AND DIRECTORS OF' / '<ORG>' centred on two lines, a <Table><Caption> of two
    columns, each caption over dashes of its length, <S>/<C>; the left cell stacks the name, the titles ('Director
    and' / 'Executive Officer') and the citizenship; the right cell stacks the occupation (a wrapped line indented
    two), the employer on its own line and the address lines; a blank line between rows. Here: 'EXHIBIT 99.B'; a
    preamble the real has not ('Unless otherwise indicated below, the business address of each person listed below
    is <shared>.', the shared address printed ONCE there), so the right cell ends with an address only where the
    person's differs; the caption words 'NAME, POSITION WITH <TERM> AND CITIZENSHIP' ('NAME AND POSITION WITH <TERM>'
    without citizenship; 'NAME, OFFICE AND CITIZENSHIP' where the name is too long for the column) | 'PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS'; the titles joined 'A, B and C'
    wrapped at 24; the right column from 42 wrapping at options.width + 8; for a person employed only by the
    organisation his titles again over the organisation's name as employer, else each outside occupation. Variants:
    '(a)' lettering before the name; 'SURNAME, Given'; a dashed line between rows when ruled; no tags without
    markers; a page break after that person's row: '</Table>', a centred 'A-1', '<Page>' (a form feed without
    markers) and the table reopened with its caption if the header repeats. Differs from gather35, 51 and 79 (every
    address printed in each cell) in the default-address preamble, the caption words, the column (42) and the
    lettering."""
    org = roster.organization
    term = _short(org)
    shared = _shared_address(roster)
    col = 42
    left_cap = f"NAME, POSITION WITH {term.upper()} AND CITIZENSHIP" if options.citizenship else \
        f"NAME AND POSITION WITH {term.upper()}"
    if len(left_cap) > col - 3:
        left_cap = "NAME, OFFICE AND CITIZENSHIP" if options.citizenship else "NAME AND OFFICE"
    right_cap = "PRESENT PRINCIPAL OCCUPATION AND BUSINESS ADDRESS"
    caption = [f"{left_cap:<{col}}{right_cap}", f"{'-' * len(left_cap):<{col}}{'-' * len(right_cap)}"]
    lines = ["<Page>" if options.markers else "", "", "", centre("EXHIBIT 99.B", 80), "",
             centre("EXECUTIVE OFFICERS AND DIRECTORS OF", 80), centre(org.upper(), 80), "", ""]
    if shared:
        lines += [*wrap_words("Unless otherwise indicated below, the business address of each person listed below is "
                              f"{', '.join(shared)}.", 80, "", "     "), "", ""]

    def head() -> list[str]:
        out = ["<Table>", "<Caption>"] if options.markers else []
        out += caption
        if options.markers:
            out.append(f"{'<S>':<{col}}<C>")
        return out

    lines += head()
    width = options.width + 8
    for index, person in enumerate(roster.people):
        name = printed_name(person, options)
        if options.numbered:
            name = f"({chr(ord('a') + index % 26)}) " + name
        left = wrap_lines(name, col - 2)
        if person["positions"]:
            left += wrap_lines(_joined(person["positions"]), 24)
        if options.citizenship and person["citizenship"]:
            left.append(person["citizenship"])
        right: list[str] = []
        items = person["other_positions"] or ([_joined(person["positions"])] if person["positions"] else [])
        for item in items:
            first, *more = wrap_lines(item, width)
            right += [first] + ["  " + m for m in wrap_lines(" ".join(more), width - 2)] if more else [first]
        if not person["other_positions"] and person["positions"]:
            right += wrap_lines(org, width)
        if person["address"] and person["address"] != shared:
            right += person["address"]
        lines += [f"{(left[r] if r < len(left) else ''):<{col}}{right[r] if r < len(right) else ''}"
                  for r in range(max(len(left), len(right)))]
        lines.append("-" * 90 if options.rules else "")
        if options.page_break_in == index and index < len(roster.people) - 1:
            if options.markers:
                lines.append("</Table>")
            lines += ["", centre("A-1", 80), _page(options), ""]
            if options.repeat_header:
                lines += head()
            elif options.markers:
                lines += ["<Table>", f"{'<S>':<{col}}<C>"]
    if options.markers:
        lines.append("</Table>")
    return ".txt", _done(lines), _own(roster, options)


# ---- 3. SBC: Name | Present Principal Occupation, parenthetical outside jobs, addresses in sentences after -----
def director_paren_occupation_address_sentences_sbc(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After SBC Communications Inc.'s Exhibit I (tests/data/rosters_real/dev/text_twocol_director_paren_sbc.txt,
    https://www.sec.gov/Archives/edgar/data/889949/000073271702000036/exhibit1hug.txt): the exhibit word at the left
    and 'Page 11 of 12 Pages' at the right, an 80-hyphen rule, a centred title underlined by dashes, a 'Directors'
    sub-heading with an indented one-sentence preamble, 'Name' | 'Present Principal Occupation or Employment' (no
    underline), no blank lines between persons, the right column wrapping under itself; an outside director as
    'Director (<occupation>; <occupation>)'. Here: 'Exhibit 2' and 'Page 9 of 11 Pages'; the title 'Directors and
    Executive Officers of <Org>'; every title held in the organisation printed (joined 'A, B and C'), the outside
    occupations in the parentheses after them as the real prints an outside director's; a second sub-heading
    'Executive Officers' (those not on the board) with its own sentence and the labels again, where the stored real
    copy stops inside the directors; the left column 37 and the right wrapping at options.width + 12; after the two
    lists a paragraph 'The business address of each person named above is <shared>, except that the business address
    of A is <address>; and of B is ...' and, with citizenship, 'Each person named above is a citizen of X, except
    ...'. Variants: '1.' numbering through both sections; 'SURNAME, Given'; a dashed line between persons when
    ruled; a page break after that person: 'Page 10 of 11 Pages' at the right, '<PAGE>' (a form feed without
    markers) and the labels again if the header repeats. Differs from gather26 (no address or citizenship; labels
    underlined; page break inside a row), gather58 (addresses under the name, one citizenship sentence per person)
    and gather85 (one list, an address column) in the address paragraph after the lists, the sections with every
    title, the widths and the page line words."""
    org = roster.organization
    shared = _shared_address(roster)
    title = f"Directors and Executive Officers of {org}"
    labels = f"{'Name':<37}Present Principal Occupation or Employment"
    lines = [f"{'Exhibit 2':<61}Page 9 of 11 Pages", "-" * 80, "", "", centre(title, 80),
             centre("-" * len(title), 80), "", ""]
    width = options.width + 12
    directors = [i for i, p in enumerate(roster.people) if is_director(p)]
    officers = [i for i, p in enumerate(roster.people) if not is_director(p)]
    count = 0
    for caption, sentence, members in (
            ("Directors", f"The directors of {org} and their principal occupations as of the date hereof are set "
                          "forth in the following table.", directors),
            ("Executive Officers", f"The executive officers of {org} who are not directors and their principal "
                                   "occupations as of the date hereof are set forth in the following table.",
             officers)):
        if not members:
            continue
        lines += [caption, "", *wrap_words(sentence, 80, "", " " * 9), "", labels, ""]
        for index in members:
            person = roster.people[index]
            text = _joined(person["positions"])
            if person["other_positions"]:
                inner = "; ".join(person["other_positions"])
                text = f"{text} ({inner})" if text else inner
            name = (f"{count + 1}. " if options.numbered else "") + printed_name(person, options)
            count += 1
            right = wrap_lines(text, width)
            left = wrap_lines(name, 35)
            lines += [f"{(left[r] if r < len(left) else ''):<37}{right[r] if r < len(right) else ''}"
                      for r in range(max(len(left), len(right)))]
            if options.rules:
                lines.append("-" * 78)
            if options.page_break_in == index and index < len(roster.people) - 1:
                lines += ["", " " * 61 + "Page 10 of 11 Pages", _page(options), ""]
                if options.repeat_header:
                    lines += [labels, ""]
        lines.append("")
    others = [p for p in roster.people if p["address"] and p["address"] != shared]
    if shared:
        para = f"The business address of each person named above is {', '.join(shared)}"
        if others:
            para += ", except that the business address of " + "; and of ".join(
                f"{p['name']} is {', '.join(p['address'])}" for p in others)
        para += "."
    else:
        para = "The business addresses of the persons named above are: " + "; ".join(
            f"{p['name']}, {', '.join(p['address'])}" for p in others) + "."
    lines += ["", *wrap_words(para, 80, "", " " * 9)]
    if options.citizenship:
        default, _country = _most_common_citizenship(roster)
        others = _exceptions(roster)
        sentence = f"Each person named above is {_is_citizen(default)}" + (
            f", except {_named_exceptions(others)}." if others else ".")
        lines += ["", *wrap_words(sentence, 80, "", " " * 9)]
    return ".txt", _done(lines), _people(roster, options)


# ---- 4. Micron: labelled blocks in a DIRECTORS and an EXECUTIVE OFFICERS section --------------------------------
_EMPLOYER_LABEL = ["Name, principal business", "and address of corporation", "or other organization in",
                   "which employment is", "conducted:"]


def labelled_blocks_sections_employer_field_micron(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Micron Technology, Inc.'s Exhibit 1 (tests/data/rosters_real/dev/labelled_blocks_micron.txt,
    https://www.sec.gov/Archives/edgar/data/854460/000091205701506984/a2044032zex-1.txt): '<PAGE>', 'EXHIBIT 1' at
    the right margin, the centred section word 'DIRECTORS', an indented preamble ending in the citizenship sentence
    ('All directors are United States citizens.'), then per person labelled fields a blank line apart: 'Name:',
    'Business Address:' (lines stacked), 'Principal Occupation:' ('Chairman, Chief Executive Officer and President of
    Micron Technology, Inc.' or the outside occupation), and the five-line label 'Name, principal business / and
    address of corporation / or other organization on / which employment is / conducted:' with the employer's name
    and address lines alongside (nothing for a retired director); the values from column 37. Here: 'EXHIBIT 1-A';
    a second section 'EXECUTIVE OFFICERS' (those not on the board) with its own preamble, as the real's 'DIRECTORS'
    section implies; each preamble's citizenship sentence with the exceptions named ('All directors are citizens of
    the United States, except A, who is a citizen of Canada.'); 'Principal Occupation:' the titles joined 'A, B and
    C' '... of <Org>' then each outside occupation on lines of its own; the employer field the organisation's name
    and the person's address lines for a person employed only by it, else empty (as the real leaves a retired
    director's); the employer label's 'in' (the SEC's
    word, the real has 'on'); values from column 38 wrapping at options.width + 10. Variants: '1.' before 'Name:'
    numbered through both sections; 'SURNAME, Given'; a line of 60 hyphens between blocks when ruled; without
    citizenship no citizenship sentence; a page break after that person's block: '<PAGE>' (a form feed without
    markers), 'EXHIBIT 1-A' at the right and the section word with '(continued)' if the header repeats. Differs
    from gather35 (one list, 'EXHIBIT 2', one preamble), gather55 (a 'Position:' and a 'Citizenship:' field, no
    employer field) and gather82 (32-column labels, other label words, 'SCHEDULE I') in the two sections with their
    own preambles, the exceptions named and the column."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    col = 38
    width = options.width + 10
    lines = ["<PAGE>" if options.markers else "", "", " " * 68 + "EXHIBIT 1-A", ""]
    directors = [i for i, p in enumerate(roster.people) if is_director(p)]
    officers = [i for i, p in enumerate(roster.people) if not is_director(p)]
    count = 0

    def field(label: list[str], values: list[str]) -> list[str]:
        return [f"{(label[r] if r < len(label) else ''):<{col}}{values[r] if r < len(values) else ''}"
                for r in range(max(len(label), len(values)))]

    for caption, noun, intro, members in (
            ("DIRECTORS", "directors", f"The following is a list of all members of the Board of Directors of {org.rstrip('.')}.",
             directors),
            ("EXECUTIVE OFFICERS", "executive officers",
             f"The following is a list of the executive officers of {org} who are not directors.", officers)):
        if not members:
            continue
        pre = intro
        if options.citizenship:
            others = [roster.people[i] for i in members if not _covered(roster.people[i], country, default)]
            pre += f" All {noun} are {_citizens(default)}" + (f", except {_named_exceptions(others)}." if others
                                                              else ".")
        lines += [centre(caption, 80), "", *wrap_words(pre, 80, "", "     "), ""]
        for index in members:
            person = roster.people[index]
            count += 1
            name_label = (f"{count}. " if options.numbered else "") + "Name:"
            lines += field([name_label], [printed_name(person, options)]) + [""]
            if person["address"]:
                lines += field(["Business Address:"], person["address"]) + [""]
            occ: list[str] = []
            if person["positions"]:
                occ += wrap_lines(f"{_joined(person['positions'])} of {org}", width)
            for other in person["other_positions"]:
                occ += wrap_lines(other, width)
            lines += field(["Principal Occupation:"], occ or ["None"]) + [""]
            employer = ([*wrap_lines(org, width), *person["address"]]
                        if person["positions"] and not person["other_positions"] else [])
            lines += field(_EMPLOYER_LABEL, employer) + [""]
            if options.rules:
                lines += ["-" * 60, ""]
            if options.page_break_in == index and index < len(roster.people) - 1:
                lines += [_page(options), "", " " * 68 + "EXHIBIT 1-A", ""]
                if options.repeat_header:
                    lines += [centre(f"{caption} (continued)", 80), ""]
        lines.append("")
    return ".txt", _done(lines), _people(roster, options)


FAMILIES = {
    "employer_citizenship_column_bsci": employer_citizenship_column_bsci,
    "stacked_name_title_citizenship_default_address_smith_barney":
        stacked_name_title_citizenship_default_address_smith_barney,
    "director_paren_occupation_address_sentences_sbc": director_paren_occupation_address_sentences_sbc,
    "labelled_blocks_sections_employer_field_micron": labelled_blocks_sections_employer_field_micron,
}

"""Held-out re-layout families, hundred-and-fiftieth set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (23:23-23:31 UTC by `date`) by helper session gather150 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: NEW LAYOUT FEATURES. Each family renders the people of the development rosters the way a
real roster named in its docstring could have been printed (the real files are listed in tests/data/rosters_real/
SOURCES.md); the ONE layout feature each family adds is said plainly, and it is ours where the real file does not
have it:

- bare_carriage_return_line_endings_twocol_name_address: MetLife's two-column EDGAR table (dev/text_twocol_
  nameaddr_metlife.txt: 'Name And Business Address' | 'Principal Occupation or Employment') saved by an old
  Macintosh word processor: every line ends with a bare carriage return ('\\r'), no line feed anywhere (a
  typographic habit of a conversion).
- email_quoted_lines_roman_labelled_list: Power Corporation's '(i)'..'(v)' labelled list (dev/labelled_list_power_
  corporation_2005.txt) pasted into a forwarded e-mail and filed as it was: every line opens with the quote mark
  '> ' (a bare '>' on blank lines) (a typographic habit of a conversion).
- pilcrow_paragraph_marks_name_title_citizenship: Citigroup's Name | Title (and citizenship) table (dev/text_name_
  title_citizenship_citigroup.txt) converted from a word-processor file with formatting marks shown: every line,
  blank ones too, ends with a pilcrow '\u00b6' (a typographic habit of a conversion).
- unicode_ellipsis_leaders_twocol_history: Danaher's dot-leader two-column list (dev/text_dotleader_twocol_
  history_danaher.txt) whose leaders after the name are runs of U+2026 HORIZONTAL ELLIPSIS characters, as a word
  processor's automatic '...' replacement leaves them, instead of periods (a typographic habit of a conversion).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; no
citizenship where options.citizenship is False (none is printed then); no address in the Citigroup family (none is
printed there, as in the real file).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import Options, Roster, _wrap_rows, expected, printed_name
from relayout_heldout99 import _done, _edgar_table, _numbered, _sentence, _wrap


# ---- 1. bare CR line endings --------------------------------------------------------------------------------------
def bare_carriage_return_line_endings_twocol_name_address(roster: Roster, options: Options
                                                          ) -> tuple[str, str, list[dict]]:
    """After MetLife's Exhibit 1 (tests/data/rosters_real/dev/text_twocol_nameaddr_metlife.txt: an EDGAR <TABLE>,
    the name with the business address under it on the left, the principal occupation on the right). The feature
    this family adds (ours; a file saved by a classic Macintosh word processor): every line ends with a bare
    carriage return '\\r' and the file holds no line feed at all. Left cell: the (numbered when options.numbered)
    name, then the address lines; right cell: each position ('<title>, <org>'), each other position, and
    'Citizenship: X' when printed. A dashed rule between entries in the ruled variant; a page break after the
    entry's first line with 'Page 2' ('<PAGE>' with markers, else a form feed) and the caption again when
    options.repeat_header."""
    org = roster.organization
    left = options.width + 9
    right = options.width + 10
    said = " and citizenship" if options.citizenship else ""
    head = [f"{'EXHIBIT 1':>72}", "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(), ""]
    head += _wrap(_sentence(f"Set forth below is the name, business address, present principal occupation or "
                            f"employment{said} of each director and executive officer of {org}"), 78)

    def name_cell(index: int, person: dict) -> list[str]:
        lines = _wrap(_numbered(index, printed_name(person, options), options), left - 2, "  ")
        return lines + [piece for value in person["address"] for piece in _wrap(value, left - 2, "  ")]

    def job_cell(index: int, person: dict) -> list[str]:
        values = [f"{t}, {org}" for t in person["positions"]] + person["other_positions"]
        if options.citizenship and person["citizenship"]:
            values.append(f"Citizenship: {person['citizenship']}")
        return [piece for value in values or ["None"] for piece in _wrap(value, right - 2, "  ")]

    lines = _edgar_table(roster, options, [(left, ["Name And Business Address"], name_cell),
                                           (right, ["Principal Occupation or Employment"], job_cell)],
                         "Page 2", head)
    text = _done(lines).replace("\n", "\r")
    return ".txt", text, [expected(p, org, options) for p in roster.people]


# ---- 2. e-mail quote marks ----------------------------------------------------------------------------------------
def email_quoted_lines_roman_labelled_list(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Power Corporation's Exhibit A (tests/data/rosters_real/dev/labelled_list_power_corporation_2005.txt:
    entries of lines labelled '(i)' name, '(ii)' title, '(iii)' citizenship, '(iv)' principal occupation, '(v)'
    business address, the values in a column at 11). The feature this family adds (ours; an exhibit pasted into a
    forwarded e-mail and filed as received): every line of the file opens with the e-mail quote mark '> ', a blank
    line being a bare '>'. Without citizenship the labels run '(i)' name, '(ii)' title, '(iii)' occupation, '(iv)'
    address. A label whose value the person lacks is left out. A blank quoted line between entries (a dashed rule
    in the ruled variant); a page break after the entry's first line with 'Page 2' ('<PAGE>' with markers, else a
    form feed), quoted too. Several titles are parted by '; '; with markers the quoted text opens with the mail
    client's '-----Original Message-----' line."""
    org = roster.organization
    width = options.width + 30
    with_citizenship = options.citizenship
    labels = ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]
    said = ("(i) name, (ii) title, (iii) country of citizenship, (iv) principal occupation and (v) principal "
            "business address" if with_citizenship else
            "(i) name, (ii) title, (iii) principal occupation and (iv) principal business address")
    lines = ["-----Original Message-----" if options.markers else "", "", f"{'Exhibit A':>70}", "",
             f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", ""]
    lines += _wrap(_sentence(f"The {said} of each of the directors and executive officers of {org} are listed "
                             "below"), 70) + [""]

    def field(label: str, values: list[str]) -> list[str]:
        wrapped = [piece for value in values for piece in _wrap(value, width)] or [""]
        return [f"{label:<11}{wrapped[0]}"] + [" " * 11 + piece for piece in wrapped[1:]]

    for index, person in enumerate(roster.people):
        fields = [[_numbered(index, printed_name(person, options), options)],
                  ["; ".join(person["positions"]) or "None"]]
        if with_citizenship:
            fields.append([person["citizenship"]] if person["citizenship"] else [])
        fields += [["; ".join(person["other_positions"])] if person["other_positions"] else [], person["address"]]
        entry = [line for label, values in zip(labels, fields) if values for line in field(label, values)]
        if options.page_break_in == index:
            entry[1:1] = ["<PAGE>" if options.markers else "\f", f"{'Page 2':^70}", ""]
        lines += entry + (["-" * 40] if options.rules else [""])
    quoted = ["> " + line if line.strip() else ">" for line in _done(lines).split("\n")[:-1]]
    return ".txt", "\n".join(quoted) + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. pilcrows --------------------------------------------------------------------------------------------------
def pilcrow_paragraph_marks_name_title_citizenship(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Citigroup's Exhibit 99.A (tests/data/rosters_real/dev/text_name_title_citizenship_citigroup.txt: an
    EDGAR <Table> of NAME | TITLE (AND CITIZENSHIP), the citizenship in parentheses after the title, no address).
    The feature this family adds (ours; a word-processor file converted with its formatting marks shown): every
    line of the file, blank ones too, ends with a pilcrow '\u00b6'. The title cell: each title, each other position
    and '(<citizenship>)' when printed; no address (none is printed, as in the real file). A dashed rule between
    entries in the ruled variant; a page break after the entry's first line with '<Page>' (markers) or a form feed
    and the caption again when options.repeat_header."""
    org = roster.organization
    left = options.width - 1
    right = options.width + 14
    caption = "TITLE (AND CITIZENSHIP)" if options.citizenship else "TITLE"
    head = ["<Page>" if options.markers else "", "", f"{'EXHIBIT 99.A':^78}".rstrip(), "",
            f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(), ""]
    head += _wrap(_sentence(f"Set forth below are the names and titles of the Directors and Executive Officers of "
                            f"{org}"), 78) + ["", "<Table>" if options.markers else "", "<Caption>" if options.markers
                                                else ""]
    cap = [f"{'NAME':<{left}}{caption}", f"{'----':<{left}}{'-' * len(caption)}"] + \
        ([f"{'<S>':<{left}}<C>"] if options.markers else [])
    lines = head + cap
    people = []
    for index, person in enumerate(roster.people):
        name = _wrap(_numbered(index, printed_name(person, options), options), left - 2, "  ")
        values = list(person["positions"]) + person["other_positions"]
        if options.citizenship and person["citizenship"]:
            values.append(f"({person['citizenship']})")
        title = [piece for value in values or ["None"] for piece in _wrap(value, right - 2, "  ")]
        rows = _wrap_rows([name, title], [left, right])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["</Table>" if options.markers else "", "", "<Page>" if options.markers else "\f", ""] + \
                (["<Table>" if options.markers else ""] + cap if options.repeat_header else [])
        lines += rows + (["-" * (left + right - 2)] if options.rules else [""])
        people.append(expected(person, org, options, address="", address_city=None, address_country=None))
    lines.append("</Table>" if options.markers else "")
    text = "".join(line.rstrip() + "\u00b6\n" for line in _done(lines).split("\n")[:-1])
    return ".txt", text, people


# ---- 4. U+2026 leaders --------------------------------------------------------------------------------------------
def unicode_ellipsis_leaders_twocol_history(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Danaher's Exhibit 8 (tests/data/rosters_real/dev/text_dotleader_twocol_history_danaher.txt: the name
    at column 1 followed by dot leaders to column 29, the occupation and history as wrapped prose at column 29).
    The feature this family adds (ours; a word processor's AutoCorrect turning each '...' into one U+2026 HORIZONTAL
    ELLIPSIS): the leaders are runs of '\u2026' characters. The prose: '<title> of <org>' parts joined by '; ',
    then each other position, each ending with '.', then the business address lines joined by ', ', then 'Citizenship:
    X.' when printed. A blank line between entries (a dashed rule in the ruled variant); a page break after the
    entry's first line with 'Page 2' ('<PAGE>' with markers, else a form feed) and the column heads again when
    options.repeat_header."""
    org = roster.organization
    left = 29
    width = options.width + 16
    said = ", business address and citizenship" if options.citizenship else " and business address"
    lines = ["<PAGE>" if options.markers else "", "", f"{'Exhibit 8':^78}".rstrip(), "",
             f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^78}".rstrip(), ""]
    lines += _wrap(_sentence(f"          The following table sets forth the name, present principal occupation or "
                             f"employment{said} of each director and executive officer of {org}"), 78) + [""]
    heads = [" " * left + "Present Principal Occupation and", f"{'Name':<{left}}Five-Year Employment History",
             f"{'----':<{left}}{'-' * 28}", ""]
    lines += heads
    for index, person in enumerate(roster.people):
        parts = ["; ".join(f"{t} of {org}" for t in person["positions"])] if person["positions"] else []
        parts += person["other_positions"]
        prose = " ".join(_sentence(part) for part in parts)
        if person["address"]:
            prose += " " + ", ".join(person["address"]) + "."
        if options.citizenship and person["citizenship"]:
            prose += f" Citizenship: {person['citizenship']}."
        body = _wrap(prose.strip() or "None.", width)
        name = _wrap(_numbered(index, printed_name(person, options), options), left - 4, "  ")
        first = " " + name[-1]
        name[-1] = first + "\u2026" * max(1, left - len(first) - 2) + "  "
        name[:-1] = [" " + n for n in name[:-1]]
        pad = len(name) - 1
        rows = name[:-1] + [name[-1] + body[0]] + [" " * left + piece for piece in body[1:]]
        if options.page_break_in == index and len(rows) > pad + 1:
            rows[pad + 1:pad + 1] = ["", "<PAGE>" if options.markers else "\f", f"{'Page 2':^78}".rstrip(), ""] + \
                (heads if options.repeat_header else [])
        lines += rows + (["-" * 72] if options.rules else [""])
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


FAMILIES = {
    "bare_carriage_return_line_endings_twocol_name_address": bare_carriage_return_line_endings_twocol_name_address,
    "email_quoted_lines_roman_labelled_list": email_quoted_lines_roman_labelled_list,
    "pilcrow_paragraph_marks_name_title_citizenship": pilcrow_paragraph_marks_name_title_citizenship,
    "unicode_ellipsis_leaders_twocol_history": unicode_ellipsis_leaders_twocol_history,
}

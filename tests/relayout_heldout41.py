"""Held-out re-layout families, forty-first set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (17:40-17:45 UTC by `date`) by helper session gather41 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the twenty-third, twenty-fourth, twenty-sixth, twenty-ninth, thirty-second, thirty-fifth and
thirty-eighth sets, each family here is a CLOSE VARIANT OF ONE REAL DEVELOPMENT ROSTER'S OWN LAYOUT (a file in
tests/data/rosters_real/dev/, named in the family's docstring with its sec.gov address), four real rosters none of
those sets used (Citizens Funds 2000, Trilogy 2009, Trilogy 2008, E.ON 2003): the other persons printed the way that
filing prints its own, with only the small differences two filings by different law firms show - column widths and
which column wraps, the header's label words (taken from other real rosters), the heading and preamble wording, name
order and case, a numbering or separator style, where the page breaks fall - and no layout feature the real filings
do not have. They measure how the reader does on the kind of annex a user's next filing most likely has. Each
docstring lists the choices in which the family differs from its real model; each family differs from every earlier
family (tests/relayout.py, tests/relayout_heldout5..40.py) in at least two of those choices. They are held out:
tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
(benchmarks/bench_rosters.py) and they become development families after that measurement.
tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says anything
about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import html

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _letter_codes,
    _numbered,
    _wrap_rows,
    expected,
    printed_name,
    wrap_words,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default

_FLAG_LABELS = {"board of directors": "Director", "executive officers": "Executive Officer", "managers": "Manager",
                "general partner": "General Partner", "trustees": "Trustee"}


def _centre(text: str, width: int = 78) -> str:
    return f"{text:^{width}}".rstrip()


def _citizenship_sentence(roster: Roster, opening: str) -> str:
    """'<opening> a citizen of the United States[, except A, who is a citizen of Canada].'"""
    default, country = _most_common_citizenship(roster)
    others = [p for p in roster.people if not _covered(p, country, default)]
    tail = f", except {_named_exceptions(others)}" if others else ""
    return _full_stop(f"{opening} {_is_citizen(default)}{tail}")


def _people(roster: Roster, options: Options, **override) -> list[dict]:
    return [expected(p, roster.organization, options, **{**_citizenship_by_default(p, roster, options), **override})
            for p in roster.people]


def _bodies(roster: Roster) -> list[str]:
    bodies: list[str] = []
    for person in roster.people:
        bodies += [b for b in person["bodies"] if b not in bodies]
    return bodies


def _flag_label(body: str) -> str:
    return _FLAG_LABELS.get(body) or body.title()


def _trilogy_occupation(person: dict, org: str, flagged: set[str]) -> str:
    """The occupation cell as Trilogy prints it: the titles held in <Org> that no Yes flag already says, joined
    'A, B, and C of <Org>' (each '<Title> of <Org>' where a title holds a comma or an 'and' of its own), then
    the occupations outside it, all apart by '; and '."""
    titles = [t for t in person["positions"] if t.casefold() not in flagged]
    parts: list[str] = []
    if titles and any("," in t or " and " in t for t in titles):
        parts += [f"{t} of {org}" for t in titles]
    elif titles:
        joined = titles[0] if len(titles) == 1 else (
            f"{titles[0]} and {titles[1]}" if len(titles) == 2 else ", ".join(titles[:-1]) + ", and " + titles[-1])
        parts.append(f"{joined} of {org}")
    return "; and ".join(parts + person["other_positions"])


# ---- 1. Citizens Funds: name with the address under it | position(s) held | principal occupation(s) -------------
def name_address_position_held_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Citizens Funds trustees and officers table (tests/data/rosters_real/dev/text_fixed3col_name_address_
    age_citizens_funds.txt, sec.gov https://www.sec.gov/Archives/edgar/data/711202/000091205700047412/
    a2029632z497.txt): an EDGAR <TABLE> whose <CAPTION> holds a two-line capitals caption between two full-width
    dashed rules, 3 columns - the name with the address lines stacked under it | the position(s) held | the
    principal occupation(s) wrapping over many lines, ';'-separated - <S>/<C> markers, a dashed rule between rows,
    the passage opening at a <PAGE> line. The other persons printed that way; the choices in which this family
    differs from it: the left caption 'NAME AND / BUSINESS ADDRESS' (Lor Finance's 'NAME, BUSINESS ADDRESS'
    words; no age, the rosters give none), the middle caption 'POSITION(S) HELD / WITH THE COMPANY' and the right
    'PRESENT PRINCIPAL / OCCUPATION(S)'; column widths 38 | 26 | options.width + 8 (Citizens Funds 41 | 28 | 44);
    several titles one per line in the middle column (wrapping with a one-space indent); the outside occupations
    '; '-joined in the right column, nothing where there is none; a heading 'DIRECTORS AND EXECUTIVE OFFICERS OF
    <ORG>' and a preamble defining '(the "Company")' and giving the citizenship with named exceptions ('Each of the
    persons named below is a citizen of the United States, except A, who is a citizen of Canada.'; Citizens Funds
    prints none); a blank line between rows where the real table rules them (a dashed rule in the ruled variant);
    '1.' before the name in the numbered variant, 'SURNAME, Given' in the upper_last_first one; a page break
    (options.page_break_in) after an entry's second line, a centred page number, '<PAGE>' (a form feed without
    markers) and the caption again if it repeats."""
    org = roster.organization
    widths = [38, 26, options.width + 8]
    rule = "-" * (sum(widths) - 2)
    heads = [["  NAME AND", "  BUSINESS ADDRESS"], ["POSITION(S) HELD", "WITH THE COMPANY"],
             ["PRESENT PRINCIPAL", "OCCUPATION(S)"]]
    caption = [rule, *_wrap_rows(heads, widths), rule]
    lines = (["<PAGE>", ""] if options.markers else []) + [_centre(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}"),
                                                           ""]
    says = _citizenship_sentence(roster, "Each of the persons named below is") if options.citizenship else ""
    lines += wrap_words(f"Set forth below are the name, business address, position(s) held with {org} (the \"Company\") "
                   f"and present principal occupation(s) of each director and executive officer of the Company. "
                   f"{says}".rstrip(), 78)
    lines += ["", *(["<TABLE>", "<CAPTION>"] if options.markers else []), *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>", "<C>", "<C>"], widths)).rstrip())
    for index, person in enumerate(roster.people):
        cells = [wrap_words(_numbered(index, printed_name(person, options), options), widths[0] - 2, "   ")
                 + [piece for line in person["address"] for piece in wrap_words(line, widths[0] - 2)],
                 [piece for title in person["positions"] for piece in wrap_words(title, widths[1] - 2, " ")],
                 wrap_words("; ".join(person["other_positions"]), widths[2] - 2)]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = ["", _centre("2"), "<PAGE>" if options.markers else "\f", ""] + (
                caption if options.repeat_header else [])
        lines += rows
        if index + 1 < len(roster.people):
            lines.append(rule if options.rules else "")
    if options.markers:
        lines.append("</TABLE>")
    return ".txt", "\n".join(lines).rstrip() + "\n", _people(roster, options)


# ---- 2. Trilogy 2009, as the HTML it was filed in: Yes/No flag columns, defaults in the preamble ----------------
def html_yes_no_flags_preamble_exceptions(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Trilogy, Inc. / Versata Enterprises, Inc. Exhibit 99.1 of 2009 (tests/data/rosters_real/dev/
    html_as_text_pipes_yes_no_flag_columns_three_tables_trilogy_2009.txt, sec.gov https://www.sec.gov/Archives/
    edgar/data/945989/000136231009002019/c81090exv99w1.htm; the stored text is that HTML saved as text): an HTML
    table with a two-row header ('Executive' alone above 'Officer'), Name | Director (Manager) | Executive Officer |
    Present Principal Occupation or Employment, the roles Yes/No flags, the occupation cell 'President, Chief
    Executive Officer, and Chairman of the Board of Trilogy, Inc.; and Assistant Secretary of Versata ...'; no
    address and no citizenship in the table. The other persons printed that way, in the HTML table itself; the
    choices in which this family differs from it: one table (one organisation) where Trilogy's exhibit has one
    per entity; a flag column per body the roster has, in the order met ('Director', 'Executive Officer',
    'Manager', 'General Partner', ...), two-word labels split over the two header rows as Trilogy splits
    'Executive / Officer'; header cells bold and underlined; a centred bold heading 'SCHEDULE A' / 'DIRECTORS AND
    EXECUTIVE OFFICERS OF <ORG>' and a preamble paragraph giving the default business address and the
    citizenship, naming the exceptions ('..., except that the business address of A is ....', '..., except B,
    who is a citizen of Canada.'); the occupation cell prints the titles no flag says (Trilogy's joining), then
    the outside occupations after '; and ', '&nbsp;' where nothing is left; '1.' before the name in the numbered
    variant, 'SURNAME, Given' in the upper_last_first one; a bottom border under each row in the ruled variant;
    a page break (options.page_break_in) closes the table, a page-break paragraph with a centred 'A-2', and a new
    table with the header again if it repeats."""
    org = roster.organization
    bodies = _bodies(roster)
    labels = [_flag_label(b) for b in bodies]
    tops = [" ".join(label.split()[:-1]) for label in labels]
    cell = "<td align=\"center\" valign=\"bottom\"><b><u>{}</u></b></td>"
    header = ""
    if any(tops):
        header += "<tr><td>&nbsp;</td>" + "".join(cell.format(html.escape(t)) if t else "<td>&nbsp;</td>"
                                                  for t in tops) + "<td>&nbsp;</td></tr>"
    header += ("<tr><td valign=\"bottom\"><b><u>Name</u></b></td>" + "".join(
        cell.format(html.escape(label.split()[-1])) for label in labels)
        + "<td valign=\"bottom\"><b><u>Present Principal Occupation or Employment</u></b></td></tr>")
    opening = "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"2\">"
    td = "<td valign=\"top\" style=\"border-bottom:1px solid #000000\">" if options.rules else "<td valign=\"top\">"
    default = _default_address(roster)
    own = [p for p in roster.people if p["address"] != default]
    where = "; ".join(f"the business address of {p['name']} is {', '.join(p['address'])}" for p in own)
    preamble = (f"The name and present principal occupation or employment of each director and executive officer "
                f"of {org} are set forth below. The business address of each such person is {', '.join(default)}"
                + (f", except that {where}" if where else ""))
    preamble = _full_stop(preamble)
    if options.citizenship:
        preamble += " " + _citizenship_sentence(roster, "Each such person is")
    parts = ["<html><body><p align=\"center\"><b>SCHEDULE A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
             f"OFFICERS OF {html.escape(org.upper())}</b></p><p>{html.escape(preamble)}</p>", opening, header]
    for index, person in enumerate(roster.people):
        flagged = {label.casefold() for body, label in zip(bodies, labels) if body in person["bodies"]}
        occupation = _trilogy_occupation(person, org, flagged)
        cells = [html.escape(_numbered(index, printed_name(person, options), options))]
        cells += ["Yes" if body in person["bodies"] else "No" for body in bodies]
        cells.append(html.escape(occupation) or "&nbsp;")
        parts.append("<tr>" + "".join(f"{td}{c}</td>" for c in cells) + "</tr>")
        if options.page_break_in == index and index + 1 < len(roster.people):
            parts += ["</table>", "<p align=\"center\">A-2</p><p style=\"page-break-before:always\">&nbsp;</p>",
                      opening] + ([header] if options.repeat_header else [])
    parts.append("</table></body></html>")
    return ".htm", "".join(parts), _people(roster, options)


# ---- 3. Trilogy 2008, saved as text: '|' cells, footnoted addresses, a table per body ---------------------------
def pipe_cells_footnotes_after_each_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Trilogy, Inc. / Versata Enterprises, Inc. Exhibit 99.1 of 2008 (tests/data/rosters_real/dev/
    html_as_text_pipes_yes_no_flag_columns_footnotes_trilogy_2008.txt, sec.gov https://www.sec.gov/Archives/edgar/
    data/909793/000095013408004724/d54941exv99w1.htm): the HTML saved as text, every cell a '|' line, the name on
    the line after an empty '|' line, Yes/No flag cells, the occupation on one '|' line; two consecutive tables,
    each under the same two-row header ('|Executive' above '|Name', '|Director', '|Officer', ...); a footnote mark
    glued after the name and after the occupation of an outside director ('Dennis R. Cassell (1)'), the notes
    after EACH table ('|(1)' then '|The business address of Mr. Cassell is ....'), numbered anew in each table. The
    other persons printed that way; the choices in which this family differs from it (and from the earlier
    pipes_yes_no_flag_columns, which prints one table, notes for the whole roster at its end and the default
    citizenship in a preamble): the two tables are the roster's directors (everyone in the board) and then 'its
    other executive officers', each table introduced by a plain title line ('Directors of <Org>', 'Executive
    Officers of <Org>') - one table where the roster has no such split; the last header cell worded 'Present
    Principal Occupation' (the words of most rosters); the occupation cell prints the titles no flag says,
    Trilogy's joining ('A, B, and C of <Org>; and <outside>'); a mark only where the person's business address or
    citizenship is not the default the title paragraph gives ('Unless otherwise noted, each person listed below is
    a citizen of ... and has his or her business address at ....'), its note saying whichever differs ('The
    business address of <Name> is ....', '<Name> is a citizen of Canada.'); '1.' before the name in the numbered
    variant, 'SURNAME, Given' in the upper_last_first one; a blank line between rows in the ruled variant; a page
    break (options.page_break_in) after that person's row, a page number '2' and the header again if it
    repeats."""
    org = roster.organization
    bodies = _bodies(roster)
    labels = [_flag_label(b) for b in bodies]
    tops = [" ".join(label.split()[:-1]) for label in labels]
    header = [f"|{t}" for t in tops if t] + ["|Name"] + [f"|{label.split()[-1]}" for label in labels] + [
        "|Present Principal Occupation"]
    default = _default_address(roster)
    citizenship, country = _most_common_citizenship(roster)
    says = f"is {_is_citizen(citizenship)} and " if options.citizenship else ""
    lines = ["Exhibit 99.1", "", _full_stop(f"Unless otherwise noted, each person listed below {says}has his or her "
                                            f"business address at {', '.join(default)}"), ""]
    directors = [p for p in roster.people if "board of directors" in p["bodies"]]
    others = [p for p in roster.people if p not in directors]
    tables = [(f"Directors of {org}", directors), (f"Executive Officers of {org}", others)] if (
        directors and others and all("executive officers" in p["bodies"] for p in others)) else [
        (f"Directors and Executive Officers of {org}", roster.people)]
    index = 0
    for title, people in tables:
        lines += [title, *header]
        notes: list[str] = []
        for person in people:
            flagged = {label.casefold() for body, label in zip(bodies, labels) if body in person["bodies"]}
            occupation = _trilogy_occupation(person, org, flagged)
            name = _numbered(index, printed_name(person, options), options)
            said = []
            if person["address"] != default:
                said.append(_full_stop(f"The business address of {person['name']} is {', '.join(person['address'])}"))
            if options.citizenship and not _covered(person, country, citizenship):
                said.append(_full_stop(f"{person['name']} is {_is_citizen(person['citizenship'])}"))
            if said:
                mark = f"({len(notes) // 2 + 1})"
                name, occupation = f"{name} {mark}", (f"{occupation} {mark}" if occupation else occupation)
                notes += [f"|{mark}", "|" + " ".join(said)]
            lines += ["|", name] + [f"|{'Yes' if body in person['bodies'] else 'No'}" for body in bodies]
            lines.append(f"|{occupation}")
            if options.rules:
                lines.append("")
            if options.page_break_in == index and index + 1 < len(roster.people):
                lines += ["", "2", ""] + (header if options.repeat_header else [])
            index += 1
        lines += notes + [""]
    return ".txt", "\n".join(lines).rstrip() + "\n", _people(roster, options)


# ---- 4. E.ON: a legend of letters, a Company | A | B ... matrix with the names stacked in the role columns --------
def legend_letters_role_columns(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After E.ON's Form U5S Exhibit F, Schedule 6(a) as of 2003-12-31 (tests/data/rosters_real/dev/text_matrix_
    legend_letters_multi_company_eon_2003.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1136808/
    000089808004000343/ex99-25.txt): a title line, a 'Legend:' block mapping letters to roles ('A = Chairman, Board
    of Management / CEO (Vorstandsvorsitzender)', ...), then an EDGAR <TABLE> whose <CAPTION> is 'Company' and the
    letters between two full-width dashed rules, <S>/<C> markers, one row per company with every person holding a
    role stacked one name a line in that role's column ('N/A' where none), a dashed rule closing each row; no
    address, no citizenship, no occupation. The other persons printed that way (one organisation, so one company
    row); the choices in which this family differs from it: the title 'Schedule I: <Org> Officers and Directors as
    of December 31, 2005' and 'Legend:' in capitals when numbered ('LEGEND:'); the roles are the roster's bodies
    in the order met, each letter's role its member's title ('A = Director', 'B = Executive Officer', 'C =
    Manager', ...; a person of no body under a letter for his first title), so a person in two bodies is stacked
    in two columns; columns 31 wide for the company (E.ON 31) and 26 for each letter (E.ON 25/24/26); 'SURNAME,
    Given' in the upper_last_first variant, a '1.'-numbered name in the numbered one; the company's name wrapped in
    its cell; the closing dashed rule only in the ruled variant (a blank line otherwise); a page break (options.
    page_break_in) after that person's line in the first column he is stacked in, the caption again if it
    repeats. Expected: the role of each column a person is in as his positions, nothing else."""
    org = roster.organization
    roles: list[str] = []
    role_of: list[list[str]] = []
    for person in roster.people:
        own = [_flag_label(b) for b in person["bodies"]] or [person["positions"][0] if person["positions"]
                                                             else "Member"]
        roles += [r for r in own if r not in roles]
        role_of.append(own)
    letters = _letter_codes(len(roles))
    widths = [31] + [26] * len(roles)
    rule = "-" * sum(widths)
    caption = [rule, "".join(f"{h:^{w}}" for h, w in zip(["Company", *letters], widths)).rstrip(), rule]
    lines = [f"Schedule I:  {org} Officers and Directors as of", "  December 31, 2005", "", ""]
    lines += [f"{('LEGEND:' if options.numbered else 'Legend:') if i == 0 else '':<9}{letter} = {role}"
              for i, (letter, role) in enumerate(zip(letters, roles))]
    lines += ["", *(["<TABLE>", "<CAPTION>"] if options.markers else []), *caption]
    if options.markers:
        lines.append("".join(f"{m:<{w}}" for m, w in zip(["<S>"] + ["<C>"] * len(roles), widths)).rstrip())
    columns: list[list[tuple[int, str]]] = [[] for _ in roles]
    for index, (person, own) in enumerate(zip(roster.people, role_of)):
        name = _numbered(index, printed_name(person, options), options)
        for role in own:
            columns[roles.index(role)] += [(index, piece) for piece in wrap_words(name, 24, "  ")]
    cells = [wrap_words(org, 29)] + [[piece for _, piece in column] or ["N/A"] for column in columns]
    rows = _wrap_rows(cells, widths)
    if options.page_break_in is not None:
        column = next((c for c in columns if any(index == options.page_break_in for index, _ in c)), [])
        first = [row for row, (index, _) in enumerate(column) if index == options.page_break_in]
        if first and first[-1] + 1 < len(rows):
            rows[first[-1] + 1:first[-1] + 1] = ["", _centre("2"), "<PAGE>" if options.markers else "\f", ""] + (
                caption if options.repeat_header else [])
    lines += rows + [rule if options.rules else ""]
    if options.markers:
        lines.append("</TABLE>")
    people = [expected(p, org, options, positions=own, other_positions=[], citizenship=None, country=None,
                       address=None, address_city=None, address_country=None)
              for p, own in zip(roster.people, role_of)]
    return ".txt", "\n".join(lines).rstrip() + "\n", people


FAMILIES = {"name_address_position_held_table": name_address_position_held_table,
            "html_yes_no_flags_preamble_exceptions": html_yes_no_flags_preamble_exceptions,
            "pipe_cells_footnotes_after_each_table": pipe_cells_footnotes_after_each_table,
            "legend_letters_role_columns": legend_letters_role_columns}

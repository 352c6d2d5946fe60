"""Held-out re-layout families, hundred-and-forty-second set (see tests/relayout.py for render(), Options, expected()).

Written 2026-12-07 (21:16-21:22 UTC by `date`) by helper session gather142 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family follows ONE real development
roster's layout closely (headings, preamble, column order, wrapping, indentation, rules, what is said once) and
changes ONE thing a filer of that era could have done differently. The rosters: the real development rosters named
least often in the module docstrings of tests/relayout_heldout*.py (siblings together, company name or file stem)
among those that print names with at least two of position / occupation / address / citizenship, leaving out the
rosters heldout130, 133, 136 and 139 used (National Grid, SBC, Micron, Smith Barney, BSCI, IDT, ConAgra, MSDW,
Security Capital, Bollore, Motorola, UCSG, Deutsche Acquisition): Refac (6 sets), Scout Capital (7), Chittenden
(8) and Forstmann Little (9). E.ON (6) prints positions only (a role matrix), so it is not taken.

- refac_dashed_rows_occupation_cell_blank_for_own_office: after Refac's Exhibit 99.2
  (dev/text_twocol_nametitle_dashed_refac.txt); the ONE change: the 'Occupation and Business Address' cell is
  left blank for a person whose occupation is his office with the organisation (the real repeats 'Chief Executive
  Officer, General Counsel and / Director of Refac' there); outside occupations are printed as the real's.
- scout_numbered_stacked_title_nationality_caption: after Scout Capital's Exhibit I
  (dev/text_numbered_stacked_title_scout_capital.txt); the ONE change: the citizenship column is captioned
  'NATIONALITY' (the real 'CITIZENSHIP').
- chittenden_prose_name_underlined_line_above_paragraph: after Chittenden's Exhibit 99.1
  (dev/prose_chittenden_corporation.txt); the ONE change: each name stands on a line of its own, underlined with
  hyphens, above its paragraph (the real runs it in: 'Paul A. Perrault.  Mr. Perrault is ...').
- forstmann_centred_names_two_a_line_group_preamble: after Forstmann Little's Schedule I
  (dev/text_centered_names_gp_preamble_forstmann_little.txt); the ONE change: the names under each centred
  '<titles> of' / '<Term>' heading are set two a line, in two centred columns (the real centres one a line).

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end. Not yet measured.
Expected everywhere: every person's own values (relayout.expected(p, org, options)) in printed order; where a
preamble gives the default citizenship, that default on the persons it covers; Refac and Chittenden print no
citizenship (as the real ones), so none is expected there; no citizenship where options.citizenship is False (none
is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import (
    Options,
    Roster,
    _full_stop,
    _wrap_rows,
    centre,
    edgar_marks,
    expected,
    printed_name,
    wrap_lines,
    wrap_words,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered
from relayout_heldout38 import _defined_term
from relayout_heldout55 import _and_titles
from relayout_heldout64 import _honorific
from relayout_heldout91 import _surname
from relayout_heldout127 import _people, _shared_address


def _page(options: Options, tag: str = "<PAGE>") -> str:
    return tag if options.markers else "\f"


def _done(lines: list[str]) -> str:
    """The lines as one text, trailing blanks dropped (a form feed kept: it is the page break)."""
    return "\n".join(line.rstrip(" ") for line in lines).rstrip(" \n") + "\n"


def _no_citizenship(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options, citizenship=None, country=None) for p in roster.people]


# ---- 1. Refac: dashed rows, the occupation cell blank where it is the office itself -------------------------------
def refac_dashed_rows_occupation_cell_blank_for_own_office(roster: Roster,
                                                           options: Options) -> tuple[str, str, list[dict]]:
    """After Refac's Exhibit 99.2 (dev/text_twocol_nametitle_dashed_refac.txt): 'Exhibit 99.2' at the margin, two
    blank lines, the heading indented 12 ('Identity and Background of <Org> Officers and Directors'), the real
    preamble indented nine at 79 (no conviction or civil proceeding; 'Unless otherwise specified, the business
    address of each person is <shared address>.', without the real's 'Refac, ' before it: the shared address
    lines here name their building's tenant where they have one), '<TABLE>', a 100-hyphen line, 'Name and Title'
    at the margin and 'Occupation and  Business Address' at column 56 (the real's two spaces), a 100-hyphen line,
    '<CAPTION>', '<S>' and '<C>' at 50; per person the name (a comma after it where titles follow) and the titles
    'A, B and C' wrapping at 40 under it; at column 50 the outside occupations (each wrapping at width + 12) and,
    where not the shared one, the address lines; a 100-hyphen line after every row; no '</TABLE>' (the real
    has none). The ONE change: the right cell holds no occupation for a person with none outside (the real repeats
    his titles '... of Refac' there). No citizenship is printed (the real prints none). Variants: '1. ' before the
    name; 'SURNAME, Given'; '=' lines instead of hyphens when ruled; no tags without markers; a page break after a
    row: '<PAGE>' (a form feed without markers), a centred '2' and the header lines again if the header repeats."""
    org = roster.organization
    shared = _shared_address(roster)
    rule = ("=" if options.rules else "-") * 100
    head = [rule, f"{'Name and Title':<56}Occupation and  Business Address", rule]
    head += ["<CAPTION>", "", f"{'<S>':<50}<C>"] if options.markers else []
    lines = ["Exhibit 99.2", "", "", " " * 12 + f"Identity and Background of {org} Officers and Directors", "", ""]
    text = ("During the last five years, no person set forth below: (i) has been convicted in a criminal proceeding "
            "(excluding traffic violations or similar misdemeanors) or (ii) was party to a civil proceeding "
            "described in Item 2 of Schedule 13D.")
    if shared:
        text += " Unless otherwise specified, the business address of each person is " + _full_stop(", ".join(shared))
    lines += wrap_words(text, 79, first=" " * 9) + [""]
    lines += (["<TABLE>", ""] if options.markers else []) + head
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        left = [name + ("," if person["positions"] else "")]
        left += wrap_words(_and_titles(person["positions"]), 40) if person["positions"] else []
        right = [piece for other in person["other_positions"] for piece in wrap_words(other, options.width + 12)]
        if person["address"] != shared:
            right += person["address"]
        lines += _wrap_rows([left, right], [50, options.width + 14]) + [rule]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ["", _page(options), centre("2"), ""] + (head if options.repeat_header else [])
    return ".txt", _done(lines), _no_citizenship(roster, options)


# ---- 2. Scout Capital: numbered stacked-title table, 'NATIONALITY' caption -----------------------------------------
def _scout_rule(widths: list[int], char: str) -> str:
    return "".join(f"{char * (w - 2):<{w}}" for w in widths).rstrip()


def scout_numbered_stacked_title_nationality_caption(roster: Roster,
                                                     options: Options) -> tuple[str, str, list[dict]]:
    """After Scout Capital's Exhibit I (dev/text_numbered_stacked_title_scout_capital.txt): '<Page>', the centred
    'EXHIBIT I', the centred two-line title 'INFORMATION CONCERNING THE EXECUTIVE OFFICERS' / 'AND DIRECTORS OF
    <ORG>' (the real's), no preamble, '<Table>' '<Caption>', the caption with 'PRESENT PRINCIPAL' over 'OCCUPATION'
    at the right, a rule of one hyphen segment per column, '<S>' / '<C>'; per row the number '1.' at the margin
    (always, the real's), the name at column 6 with '<titles> of <Org>' on the line under it (wrapped as 'A and B' /
    'of <Org>' where it does not fit, the real's 'Director and Officer' / 'of Scout Capital Corp.'), the citizenship
    at 39, the address lines at 53, the occupation at 81 (the outside occupations one a line; for a person with
    none, his titles, the organisation and its address, as the real prints its officer's); the segmented rule and a
    blank line after every row (the real's), '</Table>'. Widths 6 | 31 | 16 | 28 | width. The ONE change: the
    citizenship column is captioned 'NATIONALITY' (the real 'CITIZENSHIP'). Variants: '1.' numbers always (the
    real's); 'SURNAME, Given'; '=' segments when ruled; no tags without markers; no NATIONALITY column without a
    citizenship; a page break after a row: '<Page>' (a form feed without markers) and the caption again if the
    header repeats."""
    org = roster.organization
    cit = options.citizenship
    widths = [6, 31] + ([16] if cit else []) + [28, max(options.width, 24)]
    tops = ["", ""] + ([""] if cit else []) + ["", "PRESENT PRINCIPAL"]
    labels = ["", "NAME"] + (["NATIONALITY"] if cit else []) + ["BUSINESS ADDRESS", "OCCUPATION"]
    caption = ["".join(f"{t:^{w}}" for t, w in zip(tops, widths)).rstrip(),
               "".join(f"{t:^{w}}" for t, w in zip(labels, widths)).rstrip(), _scout_rule(widths, "-")]
    marks = [edgar_marks(widths)] if options.markers else []
    head = (["<Table>", "<Caption>"] if options.markers else []) + caption + marks
    lines = (["<Page>", ""] if options.markers else []) + [centre("EXHIBIT I"), ""]
    lines += [centre("INFORMATION CONCERNING THE EXECUTIVE OFFICERS")]
    lines += [centre(line) for line in wrap_lines(f"AND DIRECTORS OF {org.upper()}", 60)] + [""] + head
    rule = _scout_rule(widths, "=" if options.rules else "-")
    inner = widths[1] - 2
    for index, person in enumerate(roster.people):
        name = wrap_lines(printed_name(person, options), inner, "  ")
        if person["positions"]:
            whole = f"{_and_titles(person['positions'])} of {org}"
            name += [whole] if len(whole) <= inner else (wrap_lines(_and_titles(person["positions"]), inner)
                                                         + wrap_lines(f"of {org}", inner))
        address = [piece for line in person["address"] for piece in wrap_lines(line, widths[-2] - 2, "  ")]
        last = widths[-1] - 2
        if person["other_positions"]:
            occupation = [piece for other in person["other_positions"] for piece in wrap_lines(other, last, "  ")]
        elif person["positions"]:
            occupation = wrap_lines(_and_titles(person["positions"]), last, "  ") + wrap_lines(org, last, "  ")
            occupation += [piece for line in person["address"] for piece in wrap_lines(line, last, "  ")]
        else:
            occupation = []
        cells = [[f"{index + 1}."], name]
        cells += [[f"  {line}" for line in wrap_lines(person["citizenship"], widths[2] - 2, " ")]] if cit else []
        lines += _wrap_rows(cells + [address, occupation], widths) + [rule]
        if options.page_break_in == index and index < len(roster.people) - 1:
            lines += ([""] + (["</Table>"] if options.markers else []) + ["", _page(options, "<Page>"), ""]
                      + (head if options.repeat_header else (["<Table>"] + marks if options.markers else [])))
        elif index < len(roster.people) - 1:
            lines.append("")
    lines += ["</Table>"] if options.markers else []
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. Chittenden: prose paragraphs, the name on an underlined line above each ------------------------------------
def _chittenden_sentences(person: dict, term: str, shared: list[str]) -> list[str]:
    hon = f"{_honorific(person)} {_surname(person)}"
    other = "; ".join(person["other_positions"])
    sentences = []
    if person["positions"] == ["Director"]:
        sentences.append(_full_stop(f"{hon} is a director of {term}" + (f" and is {other}" if other else "")))
    elif person["positions"]:
        sentences.append(f"{hon} is {_and_titles(person['positions'])} of {term}.")
        if other:
            sentences.append(_full_stop(f"{hon} is also {other}"))
    elif other:
        sentences.append(_full_stop(f"{hon} is {other}"))
    if person["address"] and person["address"] != shared:
        sentences.append(_full_stop(f"{hon}'s business address is {', '.join(person['address'])}"))
    return sentences


def chittenden_prose_name_underlined_line_above_paragraph(roster: Roster,
                                                          options: Options) -> tuple[str, str, list[dict]]:
    """After Chittenden Corporation's Exhibit 99.1 (dev/prose_chittenden_corporation.txt): '<PAGE>', the centred
    'EXHIBIT 99.1' underlined by hyphens, 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>', the real preamble
    indented five ('The business address of each of the following directors and/or executive officers of <Org>
    ("<Term>") is <shared address>.', with ', unless otherwise indicated below' where someone's differs), then per
    person, indented five at 78, the real sentences: 'Mr. <Surname> is <titles> of <Term>.' ('Mr. <Surname> is a
    director of <Term> and is <outside occupation>.' for a director only, the real's), 'Mr. <Surname> is also
    <outside occupations>.' for an officer, '<Hon> <Surname>'s business address is ....' only where not the shared
    one; a blank line between persons. The ONE change: the name stands on a line of its own at five, underlined by
    hyphens, above its paragraph (the real runs it in: 'Paul A. Perrault.  Mr. Perrault is ...'). No citizenship
    is printed (the real prints none). Variants: '1. ' before the name; 'SURNAME, Given' as the name line; a
    centred '* * *' between persons when ruled; a page break (options.page_break_in) before that person's
    paragraph: '<PAGE>' (a form feed without markers) and 'Exhibit 99.1 (continued)' centred if the header
    repeats."""
    org = roster.organization
    term = _defined_term(org)
    shared = _shared_address(roster)
    lines = (["<PAGE>", ""] if options.markers else [""]) + [centre("EXHIBIT 99.1"), centre("------------")]
    lines += [centre("DIRECTORS AND EXECUTIVE OFFICERS OF")]
    lines += [centre(line) for line in wrap_lines(org.upper(), 70)] + [""]
    if shared:
        unless = ", unless otherwise indicated below" if any(p["address"] != shared for p in roster.people) else ""
        preamble = (f"The business address of each of the following directors and/or executive officers of {org} "
                    f"(\"{term}\") is {', '.join(shared)}{unless}.")
    else:
        preamble = (f"Set forth below are the name, business address and present principal occupation of each "
                    f"director and executive officer of {org} (\"{term}\").")
    lines += wrap_words(preamble, 78, first=" " * 5) + [""]
    for index, person in enumerate(roster.people):
        if index and options.rules:
            lines += [centre("* * *"), ""]
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        lines += [" " * 5 + name, " " * 5 + "-" * len(name)]
        para = wrap_words("  ".join(_chittenden_sentences(person, term, shared)), 78, first=" " * 5)
        if options.page_break_in == index and para:
            lines += [para[0], "", _page(options)] + (
                [centre("Exhibit 99.1 (continued)"), ""] if options.repeat_header else [""]) + para[1:]
        else:
            lines += para
        lines.append("")
    return ".txt", _done(lines), _no_citizenship(roster, options)


# ---- 4. Forstmann Little: centred group headings, the names two a line ---------------------------------------------
def _two_a_line(names: list[str]) -> list[str]:
    """Names in two centred columns of 39 (the first left, the second right), one pair a line."""
    return [(f"{names[i]:^39}" + (f" {names[i + 1]:^39}" if i + 1 < len(names) else "")).rstrip()
            for i in range(0, len(names), 2)]


def forstmann_centred_names_two_a_line_group_preamble(roster: Roster,
                                                      options: Options) -> tuple[str, str, list[dict]]:
    """After Forstmann Little & Co.'s Schedule I (dev/text_centered_names_gp_preamble_forstmann_little.txt):
    'Schedule I' at the margin, the centred three lines '<Org>:' / 'Reporting Person of' / 'this Schedule 13D' (the
    real's 'FLC XXX Partnership, L.P.:' / 'General Partner of' / 'Equity-V'), an indented paragraph defining the
    term ('<Org> ("<Term>") is the reporting person. The address of the principal office of <Term> is <shared>.');
    then per set of titles (in order of first appearance) a centred '<titles> of' / '<Term>' heading (the real's
    'Partners of' / 'FLC XXX') and a paragraph indented five in the real's words ('Each of the following is <titles>
    of <Term>.' for the real's 'The following are the general partners of ...'; 'The business address of each of the following persons is <shared> and each is a citizen of
    <default>.', the clauses of the defaults that hold for the group), with 'The present principal occupation of
    <Name> is ....', 'The business address of <Name> is ....' and '<Name> is a citizen of ....' where a person's
    own differs; then the names centred. The ONE change: the names are set two a line, in two centred columns of
    39 (the real centres one a line). Variants: '(1) ' before each name; 'SURNAME, Given'; a centred '- - -'
    between groups when ruled; without citizenship no citizenship clause; a page break after the line holding that
    person: '<PAGE>' (a form feed without markers), a centred '2' and the group heading with '(continued)' if the
    header repeats. Expected in printed order (group by group)."""
    org = roster.organization
    term = _defined_term(org)
    default, country = _most_common_citizenship(roster)
    shared = _shared_address(roster)
    lines = ["Schedule I", centre(f"{org}:"), centre("Reporting Person of"), centre("this Schedule 13D"), ""]
    intro = f"{org} (\"{term}\") is the reporting person."
    if shared:
        intro += f" The address of the principal office of {term} is {_full_stop(', '.join(shared))}"
    lines += wrap_words(intro, 77, first=" " * 6) + [""]
    groups: dict[tuple, list[int]] = {}
    for index, person in enumerate(roster.people):
        groups.setdefault(tuple(person["positions"]), []).append(index)
    number = 0
    for group, (titles, members) in enumerate(groups.items()):
        if group and options.rules:
            lines += [centre("- - -"), ""]
        heading = [centre(line) for line in wrap_lines(f"{_and_titles(list(titles))} of" if titles
                                                       else "Other Persons of", 60)] + [centre(term)]
        lines += heading + [""]
        said = f"Each of the following is {_and_titles(list(titles))} of {term}." if titles else \
            f"The following are other persons of {term}."
        people = [roster.people[i] for i in members]
        clauses = []
        if shared and any(p["address"] == shared for p in people):
            clauses.append(f"the business address of each of the following persons is {', '.join(shared)}")
        if options.citizenship and any(_covered(p, country, default) for p in people):
            clauses.append(f"each is {_is_citizen(default)}")
        if clauses:
            text = " and ".join(clauses)
            said += f" {text[0].upper()}{text[1:]}" + (", except as set forth below." if any(
                p["address"] != shared or (options.citizenship and not _covered(p, country, default))
                for p in people) else ".")
        for person in people:
            if person["other_positions"]:
                said += (f" The present principal occupation of {person['name']} is "
                         f"{_full_stop('; '.join(person['other_positions']))}")
            if person["address"] and person["address"] != shared:
                said += f" The business address of {person['name']} is {_full_stop(', '.join(person['address']))}"
            if options.citizenship and not _covered(person, country, default):
                said += f" {person['name']} is {_is_citizen(person['citizenship'])}."
        lines += wrap_words(said, 77, first=" " * 5) + [""]
        names = []
        for index in members:
            number += 1
            names.append((f"({number}) " if options.numbered else "") + printed_name(roster.people[index], options))
        rows = _two_a_line(names)
        for row, line in enumerate(rows):
            lines.append(line)
            held = members[2 * row: 2 * row + 2]
            if options.page_break_in in held and options.page_break_in < len(roster.people) - 1:
                lines += ["", _page(options), centre("2"), ""]
                if options.repeat_header:
                    lines += heading[:-1] + [centre(f"{term} (continued)"), ""]
        lines.append("")
    everyone = _people(roster, options, by_default=True)
    return ".txt", _done(lines), [everyone[index] for members in groups.values() for index in members]


FAMILIES = {
    "refac_dashed_rows_occupation_cell_blank_for_own_office": refac_dashed_rows_occupation_cell_blank_for_own_office,
    "scout_numbered_stacked_title_nationality_caption": scout_numbered_stacked_title_nationality_caption,
    "chittenden_prose_name_underlined_line_above_paragraph": chittenden_prose_name_underlined_line_above_paragraph,
    "forstmann_centred_names_two_a_line_group_preamble": forstmann_centred_names_two_a_line_group_preamble,
}

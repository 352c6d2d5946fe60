"""Held-out re-layout families, thirty-eighth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-06 (14:47-15:40 UTC by `date`) by helper session gather38 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Like the twenty-third, twenty-fourth, twenty-sixth, twenty-ninth, thirty-second and thirty-fifth
sets, each family here is a CLOSE VARIANT OF ONE REAL DEVELOPMENT ROSTER'S OWN LAYOUT (a file in
tests/data/rosters_real/dev/, named in the family's docstring with its sec.gov address), four real rosters none of
those sets used (The Bear Stearns Companies 2006, University Capital Strategies Group 2001, Forstmann Little & Co.
2003, the Bollore group 2005): the other persons printed the way that filing prints its own, with only the small
differences two filings by different law firms show - column widths and which column wraps, the header's label words
(taken from other real rosters), the heading and preamble wording, name order and case, a numbering or separator
style, where the page breaks fall - and no layout feature the real filings do not have. They measure how the reader
does on the kind of annex a user's next filing most likely has. Each docstring lists the choices in which the family differs
from its real model; each family differs from every earlier family (tests/relayout.py, tests/relayout_heldout5..37.py)
in at least two of those choices. They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its
very end; the lead measures them once (benchmarks/bench_rosters.py) and they become development families after that
measurement. tests/test_relayout_families.py only checks that each prints the people it expects; nothing here says
anything about the reader's quality on them (not yet measured).

Import `relayout`, not this module, first: relayout imports this module at its bottom (after everything this
module uses is defined), so importing this module on its own first would be a circular import.
"""
from __future__ import annotations

import textwrap

from relayout import Options, Roster, _full_stop, _letter_codes, _wrap_rows, centre, edgar_marks, expected, printed_name
from relayout_heldout14 import _WOMEN
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout23 import _others_by_default, _shared_address
from relayout_heldout26 import _and_titles
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout33 import _citizens

_LEGAL_FORMS = (", Inc.", " Inc.", ", Inc", ", L.P.", " L.P.", ", LLC", " LLC", " Ltd.", " A/S", " Corp.",
                " Corporation", " Company", " Companies")
_SMALL_WORDS = {"of", "and", "the", "The", "&"}


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False) or [""]


def _defined_term(org: str) -> str:
    """The short name a preamble defines for the organisation ('("UCSG")'): the initials of its words without the
    legal form ('American International Group, Inc.' -> 'AIG'), or its one word ('Canopy')."""
    name = org
    for form in _LEGAL_FORMS:
        if name.endswith(form):
            name = name[: -len(form)]
    words = [word for word in name.replace(",", " ").split() if word not in _SMALL_WORDS]
    if len(words) == 1:
        return words[0]
    return "".join(word[0].upper() for word in words if word[0].isalpha())


def _citizenship_sentence(roster: Roster, opening: str) -> str:
    """'<opening> citizens of the United States[, except A, who is a citizen of Canada].' (UCSG's words)."""
    default, _country = _most_common_citizenship(roster)
    others = _others_by_default(roster)
    return f"{opening} {_citizens(default)}" + (f", except {_named_exceptions(others)}." if others else ".")


def _page_end(number: str, options: Options) -> list[str]:
    return ["", centre(number), "<PAGE>" if options.markers else "\f", ""]


def _bottom_caption(labels: list[list[str]], widths: list[int], underline: str = "last") -> list[str]:
    """Captions stacked bottom-aligned, each line centred over its column, a dashed underline per column (as long as
    the caption's last line, or the column less its gutter)."""
    depth = max(len(label) for label in labels)
    cells = [[""] * (depth - len(label)) + [f"{line:^{w - 2}}".rstrip() for line in label]
             for label, w in zip(labels, widths)]
    rows = _wrap_rows(cells, widths)
    if underline == "last":
        dashes = [f"{'-' * len(label[-1]):^{w - 2}}" for label, w in zip(labels, widths)]
    else:
        dashes = ["-" * (w - 2) for w in widths]
    return rows + ["".join(f"{d:<{w}}" for d, w in zip(dashes, widths)).rstrip()]


# ---- 1. Bear Stearns: an EDGAR <TABLE>, occupation | employer's name | address, each cell wrapping ---------------
def employer_name_column_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After The Bear Stearns Companies Inc.'s Exhibit 1.1 (tests/data/rosters_real/dev/text_fixed5col_employer_
    bsci.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1058444/000095013506005955/b62468scexv1w1.txt:
    '<PAGE>', 'EXHIBIT 1.1' at the right margin, a centred title 'IDENTITY AND BACKGROUND OF BSCI'S DIRECTORS AND
    OFFICERS', the preamble 'To the knowledge of the Reporting Persons, the following represents the names, present
    principal occupations or employment, and the names, principal businesses and addresses of the employers, of
    BSCI's directors and officers.', a sub-heading 'BSCI's Directors', then a <TABLE><CAPTION> of five columns Name |
    Present Principal / Occupation or Employment | Name of Employer | Principal Business / of Employer | Address of
    Employer, the captions bottom-aligned and centred, a dashed underline per column, <S>/<C>; every cell wrapping
    under itself ('Chairman of the Board' / 'and Chief Executive' / 'Officer'; 'The Bear Stearns' / 'Companies
    Inc.'; the address one comma-joined string wrapped wherever the column ends), '--' in an empty cell; a blank
    line between rows; no citizenship). Printed the same way here. Differences from the real one: 'EXHIBIT 2' and
    the title 'IDENTITY AND BACKGROUND OF THE DIRECTORS AND' / 'EXECUTIVE OFFICERS OF <ORG>' on two centred lines;
    the preamble's wording (the organisation named in full with its defined term, '("AIG")'), and where the layout
    prints a citizenship, UCSG's sentence 'All of the individuals listed below are citizens of ..., except A, who
    is ...' (the exceptions named); one sub-heading '<Term>'s Directors and Executive Officers'; four columns, no
    principal business of the employer (the rosters do not give it), the last caption 'Business Address' (IDT's
    words); the column widths (22 | options.width - 4 | 24 | 30); the titles held in the organisation joined 'A, B
    and C' in the occupation cell beside the organisation's name as the employer, then each outside occupation on
    the lines under them with its employer cell empty (the employer is in the occupation's words), '--' where there
    is nothing; the person's own address in the last cell; '1.' before the name in the numbered variant, 'SURNAME,
    Given' in the upper_last_first variant; a dashed line across the table in the ruled variant; no tags without
    markers; a page break (options.page_break_in) after the entry's first line: the centred page number, <PAGE> (a
    form feed without markers) and the captions again if they repeat."""
    org = roster.organization
    term = _defined_term(org)
    widths = [22, options.width - 4, 24, 30]
    labels = [["Name"], ["Present Principal", "Occupation or Employment"], ["Name of Employer"], ["Business Address"]]
    caption = _bottom_caption(labels, widths, underline="column")
    lines = (["<PAGE>", ""] if options.markers else []) + [f"{'EXHIBIT 2':>80}", "",
                                                           centre("IDENTITY AND BACKGROUND OF THE DIRECTORS AND"),
                                                           centre(f"EXECUTIVE OFFICERS OF {org.upper()}"), ""]
    preamble = (f"To the knowledge of the Reporting Persons, the following sets forth the name, present principal "
                f"occupation or employment, and the name and business address of the employer of each director and "
                f"executive officer of {org} (\"{term}\").")
    if options.citizenship:
        preamble += " " + _citizenship_sentence(roster, "All of the individuals listed below are")
    lines += _wrap(preamble, 80) + ["", f"{term}'s Directors and Executive Officers", ""]
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + ([edgar_marks(widths)] if options.markers
                                                                             else [])
    lines += head
    for index, person in enumerate(roster.people):
        items = ([(_and_titles(person["positions"]), org)] if person["positions"] else []) + [
            (item, "") for item in person["other_positions"]]
        occupation: list[str] = []
        employer: list[str] = []
        for job, firm in items or [("--", "--")]:
            job_lines, firm_lines = _wrap(job, widths[1] - 2), _wrap(firm, widths[2] - 2) if firm else []
            depth = max(len(job_lines), len(firm_lines))
            occupation += job_lines + [""] * (depth - len(job_lines))
            employer += firm_lines + [""] * (depth - len(firm_lines))
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        rows = _wrap_rows([_wrap(name, widths[0] - 2, "   "), occupation, employer,
                           _wrap(", ".join(person["address"]), widths[3] - 2)], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = _page_end(str(index + 2), options) + (head[1:] if options.repeat_header and options.markers
                                                                else caption if options.repeat_header else [])
        lines += rows + (["-" * (sum(widths) - 2)] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 2. UCSG: an EDGAR <TABLE>, 'Position with <Term>' wrapping, the term as an insider's occupation ---------------
def position_with_defined_term_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After University Capital Strategies Group's Exhibit 1 (tests/data/rosters_real/dev/text_fixed5col_ownership_
    ucsg.txt, sec.gov https://www.sec.gov/Archives/edgar/data/935503/000091205701007385/a2040818zex-1.txt: '<PAGE>',
    a centred 'EXHIBIT 1' and 'Information Concerning the Directors and Officers of' / '<Org>', a preamble defining
    the short name ('("UCSG")'), the five-year legal sentence, and 'All of the individuals listed below are citizens of
    the United States.'; then a <TABLE><CAPTION>, a blank line, five bottom-aligned captions over up to five lines
    each underlined by dashes as long as its last word (Name | Position with UCSG | Present Principal / Occupation or
    / Employment | Address | Direct or / Indirect / Beneficial / Ownership in / UCSG), <S>/<C>; the position cell
    'Director, / President and CEO / of UCSG' wrapping, an insider's occupation the short name alone ('UCSG'), the
    address lines stacked). Printed the same way here. Differences from the real one: 'EXHIBIT 3' and the title
    'Information Concerning the Executive Officers and Directors of' / '<Org>'; the preamble's wording (names,
    positions, present principal occupations and business addresses; the legal sentence reworded), the citizenship
    sentence 'Each of the individuals listed below is a citizen of ...' with the exceptions named (IDT's way) where
    the layout prints a citizenship, none otherwise; four columns, no ownership column (the rosters do not give
    it); the captions 'Name' | 'Position with' / '<Term>' | 'Present Principal' / 'Occupation or' / 'Employment' |
    'Business Address' (IDT's words); the column widths (24 | 22 | options.width - 8 | 30); the position cell '<A, B
    and C> of <Term>' wrapping at 20 (the titles '; '-joined where one holds a comma or an 'and'); an outsider's
    occupations one under another, each wrapping with its further lines indented one, the address lines likewise;
    '1.' before the name in the numbered variant (the
    name's further lines indented), 'SURNAME, Given' in the upper_last_first variant; a row of '=' across the table
    in the ruled variant, else a blank line; no tags without markers; a page break (options.page_break_in) after the
    entry's second line: the centred page number, <PAGE> (a form feed without markers) and the captions again if
    they repeat."""
    org = roster.organization
    term = _defined_term(org)
    widths = [24, 22, options.width - 8, 30]
    labels = [["Name"], ["Position with", term], ["Present Principal", "Occupation or", "Employment"],
              ["Business Address"]]
    caption = [""] + _bottom_caption(labels, widths)
    lines = (["<PAGE>", ""] if options.markers else []) + [centre("EXHIBIT 3"), "",
                                                           centre("Information Concerning the Executive Officers "
                                                                   "and Directors of"), centre(org), ""]
    preamble = (f"The names, positions with {term}, present principal occupations and business addresses of the "
                f"executive officers and directors of {org} (\"{term}\") are set forth below. During the last five "
                f"years, none of these individuals has been convicted in a criminal proceeding (excluding traffic "
                f"violations or similar misdemeanors) or has been a party to a civil proceeding of a judicial or "
                f"administrative body of competent jurisdiction as a result of which he or she was or is subject to "
                f"a judgment, decree or final order enjoining future violations of, or prohibiting or mandating "
                f"activities subject to, federal or state securities laws or finding any violation with respect to "
                f"such laws.")
    if options.citizenship:
        default, _country = _most_common_citizenship(roster)
        others = _others_by_default(roster)
        preamble += (f" Each of the individuals listed below is {_is_citizen(default)}"
                     + (f", except {_named_exceptions(others)}." if others else "."))
    lines += _wrap(preamble, 80) + [""]
    head = (["<TABLE>", "<CAPTION>"] if options.markers else []) + caption + ([edgar_marks(widths)] if options.markers
                                                                             else [])
    lines += head
    for index, person in enumerate(roster.people):
        held = _wrap(f"{_and_titles(person['positions'])} of {term}", 20) if person["positions"] else ["--"]
        jobs = [piece for item in person["other_positions"] for piece in _wrap(item, widths[2] - 2, " ")] or [term]
        address = [piece for line in person["address"] for piece in _wrap(line, widths[3] - 2, " ")]
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        rows = _wrap_rows([_wrap(name, widths[0] - 2, "   "), held, jobs, address], widths)
        if options.page_break_in == index and len(rows) > 2:
            rows[2:2] = _page_end(f"Page {index + 2}", options) + (head[1:] if options.repeat_header and
                                                                   options.markers else caption
                                                                   if options.repeat_header else [])
        lines += rows + (["=" * (sum(widths) - 2)] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 3. Forstmann Little: centred sub-heading and centred name blocks, the defaults in an indented preamble -------
def _sentence_after(person: dict, shared: list[str] | None, default: str, country: str | None,
                    options: Options) -> str:
    """The indented paragraph under a centred block, as Forstmann Little's first block has one: the outside
    occupation, and the address and citizenship only where they are not the preamble's."""
    name = person["name"]
    sentences = []
    if person["other_positions"]:
        sentences.append(_full_stop(f"The present principal occupation of {name} is "
                                    f"{'; '.join(person['other_positions'])}"))
    if person["address"] != shared:
        sentences.append(_full_stop(f"The business address of {name} is {', '.join(person['address'])}"))
    if options.citizenship and not _covered(person, country, default):
        sentences.append(f"{name} is {_is_citizen(person['citizenship'])}.")
    return " ".join(sentences)


def centred_name_blocks_preamble_defaults(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Forstmann Little & Co.'s Schedule I (tests/data/rosters_real/dev/text_centered_names_gp_preamble_
    forstmann_little.txt, sec.gov https://www.sec.gov/Archives/edgar/data/1084242/000089534503000340/exh-99_1.txt:
    'Schedule I' at the margin; a centred block 'FLC XXX Partnership, L.P.:' / 'General Partner of' / 'Equity-V'
    with an indented prose paragraph under it (the entity's form, purpose and address); a centred sub-heading
    'Partners of' / 'FLC XXX'; an indented preamble 'The following are the general partners of FLC XXX ... The
    business address of each of the following persons is 767 Fifth Avenue, New York, NY 10153 and each is a citizen
    of the United States.'; then the names, each centred on a line of its own). Printed the same way here: every
    person a centred block in the manner of that first block - the name, then the titles held in the organisation
    joined 'A, B and C' with ' of' ('; '-joined where a title holds a comma or an 'and'), then the organisation's
    name - and, only where there is something to add, an indented paragraph under it: 'The present principal
    occupation of X is ...', 'The business address of X is ...' where it is not the preamble's, 'X is a citizen of
    ...' where that is not the preamble's. Differences from the real one: 'Schedule A' at the margin; the sub-heading
    'Directors and Executive Officers' / 'of' / '<Org>' (no first entity block); the preamble worded 'The following
    are the directors and executive officers of <Org>. Unless otherwise indicated below, the business address of each
    of the following persons is ... and each of them is a citizen of ...' (the address default only where two or
    more persons share one, the citizenship only where the layout prints one); the name blocks with titles (the real
    list's names share one title, given in the preamble); '1.' before the name in the numbered variant, 'SURNAME,
    Given' in the upper_last_first variant; a centred row of ten hyphens between blocks in the ruled variant, a blank
    line otherwise; paragraphs wrapped at options.width + 44; a page break (options.page_break_in) after the name
    line: the centred page number, <PAGE> (a form feed without markers) and the centred 'Schedule A (continued)'
    if the header repeats."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    shared = _shared_address(roster)
    width = options.width + 44
    lines = ["Schedule A", centre("Directors and Executive Officers"), centre("of"), centre(org), ""]
    preamble = f"     The following are the directors and executive officers of {_full_stop(org)}"
    facts = ([f"the business address of each of the following persons is {', '.join(shared)}"] if shared else []) + (
        [f"each of them is {_is_citizen(default)}"] if options.citizenship else [])
    if facts:
        preamble += _full_stop(" Unless otherwise indicated below, " + " and ".join(facts))
    lines += _wrap(preamble, 78) + ["", ""]
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        block = [centre(name)]
        if options.page_break_in == index and index < len(roster.people) - 1:
            block += _page_end(f"A-{index + 2}", options) + ([centre("Schedule A (continued)"), ""]
                                                            if options.repeat_header else [])
        if person["positions"]:
            block += [centre(line) for line in _wrap(f"{_and_titles(person['positions'])} of", 60)] + [centre(org)]
        paragraph = _sentence_after(person, shared, default, country, options)
        block += [""] + _wrap("     " + paragraph, width) if paragraph else []
        last = index == len(roster.people) - 1
        lines += block + ([] if last else ["", centre("-" * 10), ""] if options.rules else [""])
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


# ---- 4. Bollore: numbered entries, the name in capitals after an honorific, labelled fields indented nine --------
# More women's first names met in the development rosters (relayout_heldout14's list has the commonest).
_MORE_WOMEN = {"alice", "alyssa", "britt", "carolyn", "cheryl", "christianne", "debra", "donna", "janet", "jenny",
               "lewena", "lisa", "marianne", "marjorie", "michelle", "sandra", "stacie", "susanne", "viviane"}


def _honorific(person: dict) -> str:
    return "MS." if person["name"].split()[0].casefold() in _WOMEN | _MORE_WOMEN else "MR."


def _label_value(label: str, value: str, indent: str, width: int) -> list[str]:
    """'Principal Occupation:  value' with the value's further lines under its first word."""
    head = f"{indent}{label}  "
    return [(head if row == 0 else " " * len(head)) + piece
            for row, piece in enumerate(_wrap(value, width - len(head)))]


def honorific_caps_numbered_entries(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Bollore group's Exhibit 1 (tests/data/rosters_real/dev/numbered_entities_bollore.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/1107470/000089183605000457/ex-1.txt: 'EXHIBIT 1' at the margin, two
    centred title lines 'INFORMATION CONCERNING REPORTING PERSONS AND' / 'THEIR EXECUTIVE OFFICERS AND DIRECTORS',
    the preamble 'Except as otherwise indicated below, all persons named in this Exhibit 1 are French citizens or
    entities organized under the laws of France.'; every entry numbered '1.' at the margin, the honorific and the
    name in CAPITALS on the number's line ('1.       MR. VINCENT BOLLORE'), the fields indented nine under it:
    'Principal Business Address:' on a line of its own with the address lines stacked under the label, a blank
    line, 'Principal Occupation:  President of the Bollore Group.' (the title with the organisation, the value on
    the label's line); a blank line between entries). Printed the same way here. Differences from the real one:
    'EXHIBIT 2' and the title 'INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND' / 'DIRECTORS OF <ORG>'; only
    natural persons of one organisation; the preamble's default worded '... all persons named in this Exhibit 2 are
    citizens of ...' (where the layout prints a citizenship) and, where two or more persons share one, a default
    business address ('..., and the principal business address of each of them is ...', ConAgra's default; without a
    citizenship '... the principal business address of each person named in this Exhibit 2 is ...'), the
    address field printed only for a person whose address differs; 'Citizenship:  <country>' as the last field of a
    person who is not a citizen of the default country; the occupation field '<A, B and C> of <Org>' then each
    outside occupation, '; '-joined, wrapping at options.width + 42 under its first word; 'MS.' for a woman (known
    first names); the upper_last_first variant 'SURNAME, Given' without the honorific; the numbered variant '(a)',
    '(b)', ... for '1.', '2.'; a dashed line between entries in the ruled variant; a page break
    (options.page_break_in) after the name line: the centred page number and <PAGE> (a form feed without
    markers)."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    shared = _shared_address(roster)
    indent = " " * 9
    lines = ["EXHIBIT 2", "", "", centre("INFORMATION CONCERNING THE EXECUTIVE OFFICERS AND"),
             centre(f"DIRECTORS OF {org.upper()}"), ""]
    where = f"the principal business address of each of them is {', '.join(shared)}" if shared else ""
    if options.citizenship:
        facts = f"all persons named in this Exhibit 2 are {_citizens(default)}" + (f", and {where}" if shared else "")
    else:
        facts = where.replace("each of them", "each person named in this Exhibit 2")
    if facts:
        lines += _wrap(_full_stop(f"Except as otherwise indicated below, {facts}"), 78) + [""]
    letters = _letter_codes(len(roster.people))
    width = options.width + 42
    for index, person in enumerate(roster.people):
        number = f"({letters[index].lower()})" if options.numbered else f"{index + 1}."
        name = printed_name(person, options) if options.upper_last_first else \
            f"{_honorific(person)} {person['name'].upper()}"
        block = [number.ljust(9) + name]
        if options.page_break_in == index and index < len(roster.people) - 1:
            block += _page_end(f"- {index + 2} -", options)[:-1]
        if person["address"] != shared:
            block += ["", f"{indent}Principal Business Address:"] + [f"{indent}{line}" for line in person["address"]]
        held = [f"{_and_titles(person['positions'])} of {org}"] if person["positions"] else []
        block += [""] + _label_value("Principal Occupation:", "; ".join(held + person["other_positions"]), indent,
                                     width)
        if options.citizenship and not _covered(person, country, default):
            block += [""] + _label_value("Citizenship:", person["citizenship"], indent, width)
        last = index == len(roster.people) - 1
        lines += block + ([] if last else ["", "-" * 78, ""] if options.rules else [""])
    people = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", "\n".join(lines) + "\n", people


FAMILIES = {"employer_name_column_table": employer_name_column_table,
            "position_with_defined_term_table": position_with_defined_term_table,
            "centred_name_blocks_preamble_defaults": centred_name_blocks_preamble_defaults,
            "honorific_caps_numbered_entries": honorific_caps_numbered_entries}

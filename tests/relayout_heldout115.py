"""Held-out re-layout families, hundred-and-fifteenth set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (15:27-15:31 UTC by `date`) by helper session gather115 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close, faithful variant of ONE
real roster's own layout (named in its docstring), printing the other persons the way that filing prints its own,
with only the small differences two law firms' filings show (widths, label words, heading and preamble wording,
name order and case, numbering, page breaks).

The rosters: after gather112's count (heldout23 ... heldout112, siblings together) every roster not at four or five
stands at three; of those, the ones last used longest ago: Bollore (heldout38, 61, 88), Castlerigg (26, 64, 88),
Danaher (51, 61, 88), then, of those last used at 91, Chittenden (23, 64, 91; its first use the oldest).

- bollore_honorific_mixed_case_entries_exception_citizenship_field: Bollore's Exhibit 1, entries '1.       Mr. Name'
  (honorific, mixed case), 'Principal Business Address:' with the lines under it, 'Principal Occupation:  ...' on
  the label's line, the citizenship default in the real preamble and a 'Citizenship:' field for an exception only.
- castlerigg_single_grid_real_four_columns_title_comma_org: Castlerigg's Appendix III, ONE grid of dashed segments
  with the real four columns Name | Principal / Occupation | Address | Citizenship, every title '<Title>, <Org>'
  then the outside occupations, one a line, for directors and officers alike.
- danaher_real_caption_col29_titles_of_term_default_preamble: Danaher's Exhibit 8, the real run-in preamble
  defining the term with the default address and citizenship, the real caption, a dot leader to the real column
  29, '<titles joined "and"> of <Term>.' and each outside occupation its own sentence, the own address and 'Citizen
  of X.' only for exceptions.
- chittenden_term_is_sentences_citizenship_postamble: Chittenden's Exhibit 99.1, the real preamble defining the
  term with the default address, '<Name>.  Mr. <Surname> is <titles> of <Term>.' paragraphs, the own address
  sentence for an exception, the citizenship in a closing sentence after the list with its exceptions named.

Expected everywhere: every person's own values (relayout.expected(p, org, options)) in roster order, the address
whole; where a preamble or postamble gives the default citizenship, that default on the persons it covers, an
exception's own; no citizenship where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import (
    Options,
    Roster,
    _default_address,
    _full_stop,
    _wrap_rows,
    centre,
    expected,
    printed_name,
    wrap_lines,
    wrap_words,
)
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _covered, _named_exceptions
from relayout_heldout29 import _citizenship_by_default
from relayout_heldout38 import _defined_term
from relayout_heldout55 import _and_titles
from relayout_heldout64 import _honorific
from relayout_heldout91 import _surname


def _page(options: Options, tag: str = "<PAGE>") -> str:
    return tag if options.markers else "\f"


def _done(lines: list[str]) -> str:
    """The lines as one text, trailing blanks dropped (a form feed kept: it is the page break)."""
    return "\n".join(line.rstrip(" ") for line in lines).rstrip(" \n") + "\n"


def _by_default(roster: Roster, options: Options) -> list[dict]:
    return [expected(p, roster.organization, options, **_citizenship_by_default(p, roster, options))
            for p in roster.people]


def _shared(roster: Roster) -> list[str]:
    """The business address at least two persons share (the most common), or none."""
    address = _default_address(roster)
    return address if address and sum(p["address"] == address for p in roster.people) >= 2 else []


def _break_after(rows: list[str], at: int, insert: list[str]) -> list[str]:
    """`insert` after the first `at` rows (at the end where the entry is shorter)."""
    at = min(at, len(rows))
    return rows[:at] + insert + rows[at:]


# ---- 1. Bollore 2005: numbered 'Mr. Name' entries, labelled fields indented nine -------------------------------
def bollore_honorific_mixed_case_entries_exception_citizenship_field(roster: Roster,
                                                                     options: Options) -> tuple[str, str, list[dict]]:
    """After the Bollore group's Exhibit 1 (tests/data/rosters_real/dev/numbered_entities_bollore.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/1107470/000089183605000457/ex-1.txt): the exhibit's name at the margin,
    three blank lines, a two-line centred title, the real preamble 'Except as otherwise indicated below, all persons
    named in this Exhibit A are citizens of <default>.', entries '1.       Mr. Vincent Bollore' (the real's
    honorific, here in mixed case as the real's role lines print it: 'Mr. Marc Bebon'; 'Ms.' for a woman), the fields
    indented nine: 'Principal Business Address:' with every person's own address lines UNDER the label, a blank
    line, 'Principal Occupation:  <titles joined "and"> of <Org>; <outside occupations>.' wrapping under the value
    (the real's 'Principal Occupation: Vice President of Bollore' / 'Investissement') at options.width + 16, and 'Citizenship:  <X>' only
    for a person the preamble's default does not cover; a blank line between entries. Varies: 'EXHIBIT A' and the
    title 'INFORMATION CONCERNING THE EXECUTIVE OFFICERS' / 'AND DIRECTORS OF <ORG>', one entry per natural person.
    Differs from heldout33's (capitals, 'Position(s) Held'), heldout38's ('MR. NAME' in capitals, a default address
    in the preamble, '(a)'), heldout61's (role-first lines under the organisation's entry) and heldout88's (no
    honorific, no default citizenship: 'Citizenship:' for everyone, 'EXHIBIT 3') families. Variants: without
    options.numbered the name at nine like the fields; 'SURNAME, Given' without the honorific; a row of 30 hyphens
    at nine between entries when ruled; a page break (options.page_break_in) after the entry's name line: '<PAGE>'
    (a form feed without markers) and 'EXHIBIT A (continued)' (when the header repeats)."""
    org = roster.organization
    default, country = _most_common_citizenship(roster)
    lines = ["EXHIBIT A", "", "", ""]
    lines += [centre("INFORMATION CONCERNING THE EXECUTIVE OFFICERS", 78)]
    lines += [centre(line, 78) for line in wrap_lines(f"AND DIRECTORS OF {org.upper()}", 70)] + [""]
    if options.citizenship:
        said = _is_citizen(default)
        said = said.replace("a citizen of", "citizens of") if said.startswith("a citizen of") else said[2:] + "s"
        preamble = f"Except as otherwise indicated below, all persons named in this Exhibit A are {said}."
    else:
        preamble = (f"Set forth below are the name, principal business address and principal occupation of each "
                    f"executive officer and director of {org}.")
    lines += wrap_words(preamble, 78) + [""]
    pad = " " * 9
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        name = printed_name(person, options) if options.upper_last_first else (
            f"{_honorific(person)} {person['name']}")
        lead = f"{index + 1}.".ljust(9) if options.numbered else pad
        entry = [lead + name]
        if options.page_break_in == index:
            entry += ["", _page(options)] + (["EXHIBIT A (continued)", ""] if options.repeat_header else [""])
        if person["address"]:
            entry += [pad + "Principal Business Address:"] + [pad + line for line in person["address"]] + [""]
        items = ([f"{_and_titles(person['positions'])} of {org}"] if person["positions"] else [])
        items += person["other_positions"]
        if items:
            label = "Principal Occupation:  "
            body = wrap_words(_full_stop("; ".join(items)), options.width + 16)
            entry += [pad + label + body[0]] + [pad + " " * len(label) + more for more in body[1:]] + [""]
        if options.citizenship and not _covered(person, country, default):
            entry += [pad + f"Citizenship:  {person['citizenship']}", ""]
        lines += entry
        if options.rules and index < count - 1:
            lines += [pad + "-" * 30, ""]
    return ".txt", _done(lines), _by_default(roster, options)


# ---- 2. Castlerigg 2004: one grid of dashed segments, the real four columns --------------------------------------
def castlerigg_single_grid_real_four_columns_title_comma_org(roster: Roster,
                                                             options: Options) -> tuple[str, str, list[dict]]:
    """After Castlerigg Master Investments' Appendix III (tests/data/rosters_real/dev/text_grid4col_citizenship_
    castlerigg.txt, sec.gov https://www.sec.gov/Archives/edgar/data/813781/000089534504000812/jsappendix3.txt):
    'Page 20 of 27 Pages' at the margin, the centred 'APPENDIX A' underlined by dashes, the centred 'INFORMATION
    REGARDING THE DIRECTORS AND EXECUTIVE OFFICERS', the centred '<ORG> DIRECTORS AND EXECUTIVE OFFICERS', the real
    preamble's words widened to officers ('The following table sets forth the name, and mailing address (business or
    residence), of each of the directors and executive officers of <Org>, and the principal occupation and
    citizenship of each of them.'), <TABLE><CAPTION>, a rule of one dashed segment per column, <S>/<C>, the real
    centred captions 'Name' | 'Principal' / 'Occupation' | 'Address' | 'Citizenship' bottom-aligned, the segment
    rule; ONE grid for everyone with the REAL four columns: the name, the occupation cell every title as '<Title>,
    <Org>' then each outside occupation, one a line wrapping with an indent of one, the address lines, the
    citizenship; the segment rule after every person (the real's). Widths 24 | options.width - 4 (at least 22) | 28 |
    16. Differs from heldout26's and heldout88's (two grids, officers' and directors', the seat from the heading) and
    heldout64's (a fifth Title column, 'None', '(1)', '=' segments, widths 26 | 24 | width | 27) families in the one
    grid of the real four columns, the heading words, the widths, the numbering and the rules. Variants: '1.' before
    the name; 'SURNAME, Given'; one unbroken dashed rule across the grid after every person when ruled; no tags
    without markers; a page break (options.page_break_in) after the entry's first line: the segment rule,
    '</TABLE>', '<PAGE>' (a form feed without markers), 'Page 21 of 27 Pages' at the right and the table reopened
    with the captions between their rules if the header repeats."""
    org = roster.organization
    widths = [24, max(22, options.width - 4), 28]
    if options.citizenship:
        widths.append(16)
    segment = " ".join("-" * (w - 1) for w in widths)
    full = "-" * len(segment)

    def cells(*texts: str) -> str:
        return "".join(f"{t:^{w - 1}} " for t, w in zip(texts, widths)).rstrip()

    caption = [cells("", "Principal", "", ""), cells("Name", "Occupation", "Address", "Citizenship")]
    marks = ["".join(f"{'<S>' if i == 0 else '<C>':<{w}}" for i, w in enumerate(widths)).rstrip()]
    head = (["<TABLE>", "<CAPTION>", segment] + marks if options.markers else [segment]) + caption + [segment]
    lines = ["Page 20 of 27 Pages", centre("APPENDIX A", 78), centre("----------", 78), ""]
    lines += [centre("INFORMATION REGARDING THE DIRECTORS AND EXECUTIVE OFFICERS", 78), ""]
    lines += [centre(line, 78) for line in wrap_lines(f"{org.upper()} DIRECTORS AND EXECUTIVE OFFICERS", 70)] + [""]
    what = "the principal occupation and citizenship" if options.citizenship else "the principal occupation"
    lines += wrap_words(f"The following table sets forth the name, and mailing address (business or residence), of "
                        f"each of the directors and executive officers of {org}, and {what} of each of them.", 72,
                        first=" " * 10) + ["", ""] + head
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        col = [wrap_lines(name, widths[0] - 2, " ")]
        items = [f"{title}, {org}" for title in person["positions"]] + person["other_positions"]
        col.append([piece for item in items for piece in wrap_lines(item, widths[1] - 2, " ")] or ["--"])
        col.append([piece for line in person["address"] for piece in wrap_lines(line, widths[2] - 2, " ")])
        if options.citizenship:
            col.append(wrap_lines(person["citizenship"], widths[3] - 2, " "))
        rows = _wrap_rows(col, widths)
        if options.page_break_in == index and len(rows) > 1:
            reopen = head if options.repeat_header else (["<TABLE>"] if options.markers else [])
            rows[1:1] = [segment] + (["</TABLE>"] if options.markers else []) + [
                "", _page(options), f"{'Page 21 of 27 Pages':>80}", ""] + reopen
        lines += rows + [full if options.rules else segment]
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", _done(lines), [expected(p, org, options) for p in roster.people]


# ---- 3. Danaher 2001: dot leader to the real 29, '<titles> of <Term>.', the defaults in the preamble ----------
def danaher_real_caption_col29_titles_of_term_default_preamble(roster: Roster,
                                                          options: Options) -> tuple[str, str, list[dict]]:
    """After Danaher's Exhibit 8 (tests/data/rosters_real/dev/text_dotleader_twocol_history_danaher.txt, sec.gov
    https://www.sec.gov/Archives/edgar/data/822046/000092838501500988/dex8.txt): '<PAGE>', the centred 'Exhibit 99.3'
    and 'DIRECTORS AND EXECUTIVE OFFICERS OF <ORG>', the real preamble indented ten: 'Directors and executive officers
    of <Org> ("<Term>"). The following table sets forth the name and present principal occupation or employment of
    each director and executive officer of <Term>. Unless otherwise indicated, the business address of each such
    person is <shared address>, and each such person is a citizen of <default>.' (the address part only where two
    or more share one); the REAL caption 'Present Principal Occupation and' / 'Five-Year Employment History' over
    the second column at the real 29 with 'Name' and dashes under each caption's words, no table tags; each name
    indented one and run by a dot leader into the column (a long name wrapped above its leader line), a paragraph
    cell: '<titles joined "A and B"> of <Term>.' (one sentence; '; ' where a title holds a comma or 'and'), each
    outside occupation its own sentence (the real's), then the person's own address comma-joined without label (the
    real's 'Caplin & Drysdale, One Thomas Circle NW, ...') where not the default, 'Citizen of <X>.' where not the
    default; a blank line between persons; wraps at options.width + 16. Differs from heldout51's (part headings,
    '(a)', column 33), heldout61's (other caption words, column 31, '<Title> of <Term>' per title with the outside
    occupations '; '-joined in one sentence, '(1)') and heldout88's (no default address or citizenship in the
    preamble, '<titles>, <Org>.', 'Citizen of' for everyone, a break after the first line) families. Variants: '1.'
    before the name; 'SURNAME, Given'; a row of 78 hyphens between persons when ruled; a page break
    (options.page_break_in) after an entry's second line: '<PAGE>' (a form feed without markers), the centred '2' and
    the caption again (when the header repeats)."""
    org = roster.organization
    term = _defined_term(org)
    left = 29
    width = options.width + 16
    shared = _shared(roster)
    default, country = _most_common_citizenship(roster)
    lines = (["<PAGE>", ""] if options.markers else [""]) + [centre("Exhibit 99.3"), ""]
    lines += [centre(line) for line in wrap_lines(f"DIRECTORS AND EXECUTIVE OFFICERS OF {org.upper()}", 70)] + [""]
    preamble = (f"Directors and executive officers of {org} (\"{term}\"). The following table sets forth the name "
                f"and present principal occupation or employment of each director and executive officer of {term}.")
    defaults = []
    if shared:
        defaults.append(f"the business address of each such person is {', '.join(shared)}")
    if options.citizenship:
        defaults.append(f"each such person is {_is_citizen(default)}")
    if defaults:
        preamble += " Unless otherwise indicated, " + ", and ".join(defaults) + "."
    lines += wrap_words(preamble, 80, first=" " * 10) + [""]
    caption = [" " * left + "Present Principal Occupation and", f"{'Name':<{left}}Five-Year Employment History",
               f"{'----':<{left}}----------------------------"]
    lines += caption + [""]
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        name = (f"{index + 1}. " if options.numbered else "") + printed_name(person, options)
        sentences = [f"{_and_titles(person['positions'])} of {term}."] if person["positions"] else []
        sentences += [_full_stop(other) for other in person["other_positions"]]
        if person["address"] and person["address"] != shared:
            sentences.append(_full_stop(", ".join(person["address"])))
        if options.citizenship and not _covered(person, country, default):
            sentences.append(f"Citizen of {_full_stop(person['citizenship'])}")
        cell = wrap_words(" ".join(sentences), width) or ["--"]
        names = wrap_words(name, left - 4)
        lead = [" " + line for line in names[:-1]]
        last = " " + names[-1]
        rows = lead + [f"{(last + '.' * (left - 2 - len(last))).ljust(left - 2)}  {cell[0]}".rstrip()]
        rows += [" " * left + more for more in cell[1:]]
        if options.page_break_in == index:
            rows = _break_after(rows, 2, ["", _page(options), centre("2"), ""] + (
                caption + [""] if options.repeat_header else []))
        lines += rows
        if index < count - 1:
            lines += ["-" * 78] if options.rules else [""]
    expect = [expected(p, org, options, **_citizenship_by_default(p, roster, options)) for p in roster.people]
    return ".txt", _done(lines), expect


# ---- 4. Chittenden 2002: '<Name>.  Mr. <Surname> is ... of <Term>.', the citizenship after the list -------------
def chittenden_term_is_sentences_citizenship_postamble(roster: Roster,
                                                       options: Options) -> tuple[str, str, list[dict]]:
    """After Chittenden Corporation's Exhibit 99.1 (tests/data/rosters_real/dev/prose_chittenden_corporation.txt,
    sec.gov https://www.sec.gov/Archives/edgar/data/792360/000092701602005613/dex991.txt): '<PAGE>', the centred
    'EXHIBIT 2' underlined by dashes, 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>', the REAL preamble defining the
    term ('The business address of each of the following directors and/or executive officers of <Org> ("<Term>") is
    <shared address>.'), one paragraph per person indented five at 78: '<Name>.  Mr. <Surname> is <titles joined
    "A, B and C"> of <Term>.' (the real's 'Mr. Barnes is Executive Vice President of Chittenden.'; 'Ms.' for a
    woman), '<Hon> <Surname> is also <outside occupations joined "; ">.', '<Hon> <Surname>'s business address is
    ....' only where not the shared one; after the list, a closing paragraph 'All of the persons listed above are
    citizens of <default>, except A, who is ....' (not printed without citizenship). Differs from heldout23's
    ('EXHIBIT 99.2', the citizenship in the preamble, 'His business address is', '1.'), heldout64's ('EXHIBIT B',
    the full name of the organisation, the citizenship in the preamble, '(1)') and heldout91's (no default: address
    and citizenship sentences for everyone, 'serves as', 'SCHEDULE I') families in the term in every paragraph, the
    citizenship after the list, the exhibit and the numbering. Variants: '(a) ' before the name; 'SURNAME, Given.'
    as the lead; a short rule of ten hyphens at five between paragraphs when ruled; a page break
    (options.page_break_in) after a paragraph's first line: '<PAGE>' (a form feed without markers) and 'Exhibit 2 -
    Page 2' (when the header repeats)."""
    org = roster.organization
    term = _defined_term(org)
    shared = _shared(roster)
    default, country = _most_common_citizenship(roster)
    lines = (["<PAGE>", ""] if options.markers else [""]) + [centre("EXHIBIT 2"), centre("---------")]
    lines += [centre("DIRECTORS AND EXECUTIVE OFFICERS OF")]
    lines += [centre(line) for line in wrap_lines(org.upper(), 70)] + [""]
    if shared:
        preamble = (f"The business address of each of the following directors and/or executive officers of {org} "
                    f"(\"{term}\") is {', '.join(shared)}, unless otherwise indicated below.")
    else:
        preamble = (f"Set forth below are the name, business address and present principal occupation of each "
                    f"director and executive officer of {org} (\"{term}\").")
    lines += wrap_words(preamble, 78, first=" " * 5) + [""]
    count = len(roster.people)
    for index, person in enumerate(roster.people):
        hon = f"{_honorific(person)} {_surname(person)}"
        lead = ("(" + chr(ord("a") + index % 26) + ") " if options.numbered else "") + printed_name(person, options)
        sentences = [_full_stop(lead)]
        if person["positions"]:
            sentences.append(f"{hon} is {_and_titles(person['positions'])} of {term}.")
        if person["other_positions"]:
            also = "also " if person["positions"] else ""
            sentences.append(_full_stop(f"{hon} is {also}{'; '.join(person['other_positions'])}"))
        if person["address"] and person["address"] != shared:
            sentences.append(_full_stop(f"{hon}'s business address is {', '.join(person['address'])}"))
        para = wrap_words("  ".join(sentences), 78, first=" " * 5)
        if options.page_break_in == index:
            para = _break_after(para, 1, ["", _page(options)] + (["Exhibit 2 - Page 2", ""] if options.repeat_header
                                                                 else [""]))
        lines += para
        if index < count - 1:
            lines += ["", " " * 5 + "-" * 10, ""] if options.rules else [""]
    if options.citizenship:
        others = [p for p in roster.people if not _covered(p, country, default)]
        said = _is_citizen(default)
        said = said.replace("a citizen of", "citizens of") if said.startswith("a citizen of") else said[2:] + "s"
        closing = f"All of the persons listed above are {said}" + (
            f", except {_named_exceptions(others)}." if others else ".")
        lines += [""] + wrap_words(closing, 78, first=" " * 5)
    return ".txt", _done(lines), _by_default(roster, options)


FAMILIES = {
    "bollore_honorific_mixed_case_entries_exception_citizenship_field":
        bollore_honorific_mixed_case_entries_exception_citizenship_field,
    "castlerigg_single_grid_real_four_columns_title_comma_org":
        castlerigg_single_grid_real_four_columns_title_comma_org,
    "danaher_real_caption_col29_titles_of_term_default_preamble": danaher_real_caption_col29_titles_of_term_default_preamble,
    "chittenden_term_is_sentences_citizenship_postamble": chittenden_term_is_sentences_citizenship_postamble,
}

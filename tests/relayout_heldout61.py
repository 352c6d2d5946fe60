"""Held-out re-layout families, sixty-first set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (05:32-05:35 UTC by `date`) by helper session gather61 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close variant of ONE real
development roster (tests/data/rosters_real/dev/), printing the other persons the way that filing prints its own,
with only the small differences two law firms' filings show. The rosters: every dev roster has been used by at
least one earlier close-variant family (heldout23 ... heldout58 counted, siblings included); fourteen were used
once; of those, the four that the whole set of re-layout modules names least (Security Capital U.S. Realty,
Danaher, University Capital Strategies Group, the Bollore group), each family differing from the earlier one on
its roster (heldout29, heldout51, heldout38, heldout38) in at least two choices:

- five_column_company_position_citizenship (Security Capital U.S. Realty's Exhibit 1): an EDGAR <TABLE> whose
  <CAPTION> holds the organisation's name and 'DIRECTORS AND OFFICERS INFORMATION' over a full dashed rule, the
  <S>/<C> row, then the captions NAME | COMPANY | POSITION | BUSINESS ADDRESS | PRINCIPAL / OCCUPATION (plus
  CITIZENSHIP), titles joined by '/', an insider's occupation his titles again, a blank line and a full dashed rule
  after every person.
- dotleader_single_list_citizen_sentence (Danaher's Exhibit 8): a preamble with the defined term, the default
  business address and citizenship, one list under a two-line caption underlined word by word, each name run by a
  dot leader into a paragraph cell ('<Titles> of <Term>; <outside occupations>.', the person's own address where it
  is not the default, '<Name> is a citizen of <country>.' where not the default).
- five_column_ownership_none_table (University Capital Strategies Group's Exhibit 1): the real 'Information
  Concerning the Directors and Officers of' / '<Org>' title, the preamble with the defined term, the five-year
  legal sentence and the citizenship (exceptions named), an EDGAR <TABLE><CAPTION> of five bottom-aligned captions
  each underlined by dashes as long as its last word, the last 'Direct or / Indirect / Beneficial / Ownership in /
  <Term>' printed 'None' for everyone.
- role_first_nested_entries (the Bollore group's Exhibit 1): the organisation as a numbered entity entry with its
  'Principal Business Address:', then 'Directors and Executive Officers of <Org>:' and one role-first line per
  person ('Chairman:  Mr. Vincent Bollore') with 'Principal Business Address:' (only where not the default),
  'Principal Occupation:' (outside occupations) and 'Citizenship:' (only where not the default) indented under it.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; the lead measures them once
and they become development families after that measurement. Expected everywhere: every person's own values
(relayout.expected()), with the preamble's default citizenship as printed on those it covers where the layout gives
the citizenship in a preamble (relayout_heldout19._by_default); None where options.citizenship is False.

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

import re

from relayout import Options, Roster, _default_address, _wrap_rows, expected, printed_name, wrap_words
from relayout_heldout14 import _WOMEN
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered, _named_exceptions


def _slash_wrap(titles: list[str], width: int, indent: str = "") -> list[str]:
    """The titles joined by '/', wrapped between words or after a '/' ('Director/Managing' / '   Director')."""
    return [line.replace("/ ", "/") for line in wrap_words("/ ".join(titles), width, indent)]


def _and_titles(positions: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'; joined by '; ' where a title holds a comma or 'and' (so each stays whole)."""
    if any("," in t or " and " in t for t in positions):
        return "; ".join(positions)
    return positions[0] if len(positions) < 2 else ", ".join(positions[:-1]) + " and " + positions[-1]


def _stop(text: str) -> str:
    return text if text.endswith(".") else text + "."


_FORMS = {"inc", "inc.", "corp", "corp.", "llc", "ltd", "ltd.", "l.p.", "lp", "n.v.", "s.a.", "a/s", "plc", "ag",
          "co.", "the", "of", "and", "&", "se", "n.a.", "l.l.c.", "limited", "company"}


def _term(org: str) -> str:
    """A defined short name of the initials ('University Capital Strategies Group, LLC' -> 'UCSG'); a one-word
    name as it stands."""
    words = [w.strip(",") for w in org.split()]
    caps = [w for w in words if w and w.casefold() not in _FORMS and w[0].isupper()]
    if len(caps) < 2:
        return caps[0] if caps else org
    return "".join(w[0] for w in caps).upper()


_MORE_WOMEN = {"sally", "jenny", "viviane", "susanne", "britt", "carla", "julie", "laura", "lisa", "sarah", "deborah",
               "debra", "janet", "joan", "kathleen", "kathryn", "diane", "sandra", "carol", "christine", "michelle",
               "jennifer", "amy", "rebecca", "andrea", "maria", "emma", "louise", "nicole", "alice", "dorothy"}


def _others(roster: Roster) -> list[dict]:
    default, country = _most_common_citizenship(roster)
    return [p for p in roster.people if not _covered(p, country, default)]


def _are_citizens(citizenship: str) -> str:
    """'citizens of the United States', 'Canadian citizens'."""
    single = _is_citizen(citizenship)
    return "citizens of" + single[len("a citizen of"):] if single.startswith("a citizen of") else single[2:] + "s"


# ---- 1. Security Capital: EDGAR five columns NAME | COMPANY | POSITION | BUSINESS ADDRESS | OCCUPATION -----------
def five_column_company_position_citizenship(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Security Capital U.S. Realty's Exhibit 1 (tests/data/rosters_real/dev/text_fixed5col_multi_entity_
    security_capital.txt, sec.gov .../893577/000089882200000676/0002.txt: 'Exhibit 1', a <TABLE> whose <CAPTION>
    holds the two organisations' names and 'DIRECTORS AND OFFICERS INFORMATION' centred, a full dashed rule, the
    <S>/<C> row, then the captions NAME | COMPANY | POSITION | BUSINESS ADDRESS | 'PRINCIPAL' over 'OCCUPATION' and
    a full dashed rule; per person the name, the company, the titles joined by '/' and wrapping indented, the address
    lines, the occupation ('Retired', or an officer's own title again), a blank line and a full dashed rule).
    Printed the same way here. Differences (and from gather29's `company_position_five_columns` after the same
    roster): 'Exhibit 99.1' at the left and one organisation in the caption with the real 'DIRECTORS AND OFFICERS
    INFORMATION' kept; the real one-word captions kept; a sixth column 'CITIZENSHIP' (Castlerigg's word) where the
    layout prints one; the widths (24 | 26 | 20 | 28 | options.width - 10 | 14); an insider's occupation his titles
    other than 'Director' again ('--' for a director with nothing else); '(1)' numbering, 'SURNAME, Given' and '='
    rules for the dashed ones in the variants; without markers no <TABLE>, <CAPTION> or <S>/<C>; a page break
    after an entry's first line: '</TABLE>', 'Page 2', '<PAGE>' (a form feed without markers), a new table with
    the caption again if it repeats."""
    org = roster.organization
    widths = [24, 26, 20, 28, max(options.width - 10, 16)] + ([14] if options.citizenship else [])
    total = sum(widths)
    rule = ("=" if options.rules else "-") * total
    heads = [["", "NAME"], ["", "COMPANY"], ["", "POSITION"], ["", "BUSINESS ADDRESS"], ["PRINCIPAL", "OCCUPATION"]]
    heads += [["", "CITIZENSHIP"]] if options.citizenship else []
    marks = "".join(f"{'<S>' if i == 0 else '<C>':<{w}}" for i, w in enumerate(widths)).rstrip()
    caption = (["<TABLE>", "<CAPTION>"] if options.markers else []) + [
        "", f"{org.upper():^{total}}".rstrip(), "", f"{'DIRECTORS AND OFFICERS INFORMATION':^{total}}".rstrip(), "",
        rule] + ([marks] if options.markers else []) + [
        (" " * 5 + line).rstrip() for line in _wrap_rows(heads, widths)] + [rule, ""]
    lines = ["Exhibit 99.1", "", ""] + caption
    for index, person in enumerate(roster.people):
        name = f"({index + 1}) " * options.numbered + printed_name(person, options)
        insider = [t for t in person["positions"] if t != "Director"]
        occupation = ([piece for item in person["other_positions"] for piece in wrap_words(item, widths[4] - 2, "  ")]
                      or _slash_wrap(insider, widths[4] - 2, "  ") or ["--"])
        cells = [wrap_words(name, widths[0] - 2, "  "), wrap_words(org, widths[1] - 2, "  "),
                 _slash_wrap(person["positions"], widths[2] - 2, "   ") or ["--"],
                 [piece for line in person["address"] for piece in wrap_words(line, widths[3] - 2, "  ")], occupation]
        if options.citizenship:
            cells.append(wrap_words(person["citizenship"] or "", widths[5] - 1))
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = (["</TABLE>"] if options.markers else []) + [
                "", f"{'Page 2':>{total}}", "<PAGE>" if options.markers else "\f", ""] + (
                caption if options.repeat_header else (["<TABLE>"] if options.markers else []))
        lines += rows + ["", rule]
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. Danaher: one list, dot leaders into a paragraph cell -----------------------------------------------------
def dotleader_single_list_citizen_sentence(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Danaher's Exhibit 8 (tests/data/rosters_real/dev/text_dotleader_twocol_history_danaher.txt, sec.gov
    .../822046/000092838501500988/dex8.txt: '<PAGE>', a centred 'Exhibit 8' and title, a preamble with the run-in
    lead 'Directors and executive officers of Danaher.', the default business address and citizenship ('Unless
    otherwise indicated, the business address of each such person is ..., and each such person is a citizen of
    ...'), part headings '1. Directors of Danaher', a two-line caption 'Name' | 'Present Principal Occupation and'
    / 'Five-Year Employment History' with dashes under the words, each name indented one and run by a dot leader
    to the second column at 29, a paragraph cell ending in the person's own address, a blank line between persons).
    Printed the same way here. Differences (and from gather51's `dotleader_history_numbered_parts` after the same
    roster): 'Exhibit 99.4' and 'DIRECTORS AND EXECUTIVE OFFICERS OF <TERM>'; ONE list for everyone (no part
    headings; the seat in the cell as 'Director of <Term>'), its caption 'Name' | 'Present Principal Occupation or'
    / 'Employment and Business Address'; the second column at 31 wrapping at options.width + 12; the cell
    '<Title> of <Term>' for each title and the outside occupations, '; '-joined, a full stop, the person's own
    address where it is not the preamble's, then '<Name> is a citizen of <country>.' where not the default (no
    exceptions in the preamble); '(1)' before the name in the numbered variant, 'SURNAME, Given' and a hyphen rule
    between persons in the other; a page break after an entry's second line: 'Page 2', '<PAGE>' (a form feed
    without markers) and 'Exhibit 99.4 (continued)' with the caption if it repeats."""
    org = roster.organization
    term = _term(org)
    default_address = _default_address(roster)
    default, country = _most_common_citizenship(roster)
    column = 31
    width = options.width + 12
    caption = [f"{'':<{column}}Present Principal Occupation or", f"{'Name':<{column}}Employment and Business Address",
               f"{'----':<{column}}{'-' * 30}"]
    lines = (["<PAGE>"] if options.markers else []) + ["", f"{'Exhibit 99.4':^80}".rstrip(), "",
                                                       f"{f'DIRECTORS AND EXECUTIVE OFFICERS OF {term.upper()}':^80}"
                                                       .rstrip(), ""]
    defaults = [f"the business address of each such person is {', '.join(default_address)}"]
    if options.citizenship:
        defaults.append(f"each such person is {_is_citizen(default)}")
    preamble = (f"Directors and executive officers of {org} (\"{term}\"). The following table sets forth the name "
                f"and present principal occupation or employment of each director and executive officer of {term}. "
                f"Unless otherwise indicated, {' and '.join(defaults)}.")
    lines += wrap_words(preamble, 79, first=" " * 10) + [""] + caption + [""]
    for index, person in enumerate(roster.people):
        name = f"({index + 1}) " * options.numbered + printed_name(person, options)
        items = [f"{title} of {term}" for title in person["positions"]] + person["other_positions"]
        text = _stop("; ".join(items)) if items else ""
        if person["address"] != default_address:
            text += " " + _stop(", ".join(person["address"]))
        if options.citizenship and not _covered(person, country, default):
            text += f" {person['name']} is {_is_citizen(person['citizenship'])}."
        cell = wrap_words(text.strip(), width)
        head = " " + name
        if len(head) + 3 > column:
            lead = wrap_words(name, column - 4, first=" ", indent=" ")
            head = lead.pop()
            entry = lead
        else:
            entry = []
        entry.append(f"{head}{'.' * (column - len(head) - 2)}  " + (cell[0] if cell else ""))
        entry += [" " * column + line for line in cell[1:]]
        if options.page_break_in == index and len(entry) > 2:
            entry[2:2] = ["", f"{'Page 2':>79}", "<PAGE>" if options.markers else "\f", ""] + (
                [f"{'Exhibit 99.4 (continued)':^80}".rstrip(), ""] + caption + [""] if options.repeat_header else [])
        lines += entry + (["", "-" * 40] if options.rules else []) + [""]
    return ".txt", "\n".join(lines).rstrip() + "\n", _by_default(roster, options)


# ---- 3. UCSG: EDGAR five columns, the ownership column 'None' ----------------------------------------------------
def five_column_ownership_none_table(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After University Capital Strategies Group's Exhibit 1 (tests/data/rosters_real/dev/text_fixed5col_ownership_
    ucsg.txt, sec.gov .../935503/000091205701007385/a2040818zex-1.txt: '<PAGE>', a centred 'EXHIBIT 1', 'Information
    Concerning the Directors and Officers of' / '<Org>', a preamble defining the short name, the five-year legal
    sentence and 'All of the individuals listed below are citizens of the United States.', an EDGAR
    <TABLE><CAPTION> with bottom-aligned captions each underlined by dashes as long as its last line, Name | Position
    with <Term> | Present Principal / Occupation or / Employment | Address | Direct or / Indirect / Beneficial /
    Ownership in / <Term>, the position '<titles> of <Term>' wrapping narrow, an insider's occupation the term
    alone, the address lines stacked, the percentage). Printed the same way here, the ownership column kept and
    'None' for everyone. Differences (and from gather38's `position_with_defined_term_table` after the same
    roster, which drops the ownership column): 'SCHEDULE I' over the real title; the preamble's citizenship sentence
    with the exceptions named ('..., except A, who is a citizen of Canada'); the widths (22 | 22 | options.width -
    6 | 28 | 14); the outside occupations one a line; '(a)' lettering, 'SURNAME, Given' and a hyphen rule between
    rows in the variants (a blank line otherwise); without markers no tags; a page break after an entry's first
    line: '</TABLE>', a centred '2', '<PAGE>' (a form feed without markers), a new table and the caption again if it
    repeats."""
    org = roster.organization
    term = _term(org)
    default, _ = _most_common_citizenship(roster)
    others = _others(roster)
    widths = [22, 22, max(options.width - 6, 18), 28, 14]
    heads = [["", "", "", "", "Name"], ["", "", "", "", f"Position with {term}"],
             ["", "", "Present Principal", "Occupation or", "Employment"], ["", "", "", "", "Address"],
             ["Direct or", "Indirect", "Beneficial", "Ownership in", term]]
    caption = (["<TABLE>", "<CAPTION>"] if options.markers else []) + [""] + _wrap_rows(heads, widths, "  ") + [
        "  " + "".join(f"{'-' * len(h[-1]):<{w}}" for h, w in zip(heads, widths)).rstrip()] + (
        ["".join(f"{'<S>' if i == 0 else '<C>':<{w}}" for i, w in enumerate(widths)).rstrip()]
        if options.markers else [])
    lines = (["<PAGE>"] if options.markers else []) + ["", f"{'SCHEDULE I':^80}".rstrip(), "",
                                                       f"{'Information Concerning the Directors and Officers of':^80}"
                                                       .rstrip(), f"{org:^80}".rstrip(), ""]
    preamble = (f"The names and present principal occupations of the directors and executive officers of {org} "
                f"(\"{term}\") are set forth below. During the last five years, none of these individuals has been "
                f"convicted in any criminal proceeding (excluding traffic violations and similar misdemeanors) or has "
                f"been a party to any civil proceeding of a judicial or administrative body as a result of which such "
                f"person was or is subject to a judgment, decree or final order enjoining future violations of, or "
                f"prohibiting or mandating activities subject to, federal or state securities laws or finding "
                f"violations with respect to such laws.")
    if options.citizenship:
        preamble += f" All of the individuals listed below are {_are_citizens(default)}" + (
            f", except {_named_exceptions(others)}." if others else ".")
    lines += wrap_words(preamble, 80) + [""] + caption
    for index, person in enumerate(roster.people):
        letter = chr(ord("a") + index % 26) * (index // 26 + 1)
        name = f"({letter}) " * options.numbered + printed_name(person, options)
        position = f"{_and_titles(person['positions'])} of {term}" if person["positions"] else "--"
        occupation = person["other_positions"] or [term]
        cells = [wrap_words(name, widths[0] - 2, "  "), wrap_words(position, widths[1] - 2),
                 [piece for item in occupation for piece in wrap_words(item, widths[2] - 2, "  ")],
                 [piece for line in person["address"] for piece in wrap_words(line, widths[3] - 2, "  ")],
                 [f"{'None':>8}"]]
        rows = _wrap_rows(cells, widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = (["</TABLE>"] if options.markers else []) + [
                "", f"{'2':^80}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption if options.repeat_header else (["<TABLE>"] if options.markers else []))
        lines += rows + (["-" * 100] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip() + "\n", _by_default(roster, options)


# ---- 4. Bollore: the organisation's entry, then role-first lines with fields under them -------------------------
def role_first_nested_entries(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After the Bollore group's Exhibit 1 (tests/data/rosters_real/dev/numbered_entities_bollore.txt, sec.gov
    .../1107470/000089183605000457/ex-1.txt: 'EXHIBIT 1' at the margin, a two-line centred title, 'Except as
    otherwise indicated below, all persons named in this Exhibit 1 are French citizens ...', numbered entries
    '3.       BOLLORE INVESTISSEMENT (BI)' with their 'Principal Business Address:' lines stacked, then 'Directors
    and Executive Officers of Bollore Investissement:' and role-first lines indented fifteen ('Chairman:  Mr.
    Vincent Bollore', 'Vice Chairman: Comte Edouard de Ribes'), a person's 'Principal Business Address:' (lines
    stacked) and 'Principal Occupation: <value>' (wrapping under the value) indented seven more). Printed the same
    way here, for the one organisation: its entry '1.' with the default business address, then each person's
    role-first line. Differences (and from gather38's `honorific_caps_numbered_entries` after the same roster,
    whose entries are '1.       MR. NAME' per person): 'EXHIBIT 2' and the title's words; the preamble also giving
    the default business address; the role-first lines (titles joined 'A, B and C'; a person without a title by
    the name alone), the name in mixed case after 'Mr.' or 'Ms.'; 'Principal Business Address:' only where not the
    default, 'Principal Occupation:' for the outside occupations ('; '-joined, wrapping at options.width) and
    'Citizenship:' where not the default; in the variants 'SURNAME, Given' without the honorific, '(a)' lettering
    before the role line and a short hyphen rule between persons; a page break after a person's role line: the page
    number, '<PAGE>' (a form feed without markers) and 'EXHIBIT 2 (continued)' if the header repeats."""
    org = roster.organization
    default_address = _default_address(roster)
    default, country = _most_common_citizenship(roster)
    lines = ["EXHIBIT 2", "", "", f"{'INFORMATION CONCERNING THE REPORTING PERSON AND':^80}".rstrip(),
             f"{'ITS DIRECTORS AND EXECUTIVE OFFICERS':^80}".rstrip(), ""]
    preamble = "Except as otherwise indicated below, all persons named in this Exhibit 2"
    if options.citizenship:
        preamble += f" are {_are_citizens(default)}"
        preamble += f", and the principal business address of each of them is {', '.join(default_address)}."
    else:
        preamble += f" have their principal business address at {', '.join(default_address)}."
    lines += wrap_words(preamble, 79) + ["", f"1.       {org.upper()}", ""]
    lines += ["         Principal Business Address:"] + [f"         {line}" for line in default_address] + [""]
    lines += wrap_words(f"Directors and Executive Officers of {org}:", 70, first=" " * 9, indent=" " * 9) + [""]
    pad, inner = " " * 15, " " * 22
    for index, person in enumerate(roster.people):
        if index and options.rules:
            lines += [pad + "-" * 20, ""]
        honorific = "Ms." if person["name"].split()[0].casefold() in _WOMEN | _MORE_WOMEN else "Mr."
        who = printed_name(person, options) if options.upper_last_first else f"{honorific} {person['name']}"
        role = f"{_and_titles(person['positions'])}:  {who}" if person["positions"] else who
        letter = chr(ord("a") + index % 26) * (index // 26 + 1)
        lines += wrap_words(f"({letter}) " * options.numbered + role, 64, first=pad, indent=pad + "    ")
        if options.page_break_in == index:
            lines += ["", f"{'2':^80}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                ["EXHIBIT 2 (continued)", ""] if options.repeat_header else [])
        lines.append("")
        if person["address"] != default_address:
            lines += [inner + "Principal Business Address:"] + [inner + line for line in person["address"]] + [""]
        if person["other_positions"]:
            label = "Principal Occupation:  "
            body = wrap_words("; ".join(person["other_positions"]), options.width)
            lines += [inner + label + body[0]] + [inner + " " * len(label) + line for line in body[1:]] + [""]
        if options.citizenship and not _covered(person, country, default):
            lines += [inner + f"Citizenship:  {person['citizenship']}", ""]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).rstrip() + "\n"
    return ".txt", text, _by_default(roster, options)


FAMILIES = {
    "five_column_company_position_citizenship": five_column_company_position_citizenship,
    "dotleader_single_list_citizen_sentence": dotleader_single_list_citizen_sentence,
    "five_column_ownership_none_table": five_column_ownership_none_table,
    "role_first_nested_entries": role_first_nested_entries,
}

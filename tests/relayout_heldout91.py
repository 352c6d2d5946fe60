"""Held-out re-layout families, ninety-first set (see tests/relayout.py for render(), Options and expected()).

Written 2026-12-07 (11:37-11:41 UTC by `date`) by helper session gather91 (issue 13), BLIND: without reading the
roster reader's code, without running kg, the benchmark or any reader on these layouts, and without seeing any
extraction output. Kind: CLOSE VARIANTS OF REAL DEVELOPMENT LAYOUTS. Each family is a close variant of ONE real
development roster (tests/data/rosters_real/dev/), printing the other persons the way that filing prints its own,
with only the small differences two law firms' filings show. The rosters: counting the family bullets of heldout23
... heldout88 (close variants) by the first roster they name, siblings together, every roster has been used two or
three times; of those used twice, the three whose latest use is oldest (Chittenden, Lor Finance, Citizens Funds:
heldout64) and then, of those last used in heldout67, Motorola. Each family differs in at least two choices from
every earlier family on its roster:

- name_address_citizenship_stack_titles_joined (Citizens Funds' trustees and officers table): an EDGAR <TABLE>,
  'NAME AND ADDRESS' | 'POSITION(S) HELD / WITH THE COMPANY' | 'PRINCIPAL OCCUPATION(S) / DURING PAST FIVE YEARS',
  a 'Citizenship: <country>' line under the address, titles comma-joined, a blank line (not a rule) between rows.
- star_member_name_address_citizenship_left (Lor Finance's Exhibit 7): no table tags, '*' before each director's
  name with the footnote '* Denotes a Director of <Org>.', the name over its address lines and a
  'Citizenship: <country>' line at the left, '<Title> of <Org>' and the outside occupations at the right.
- prose_name_lead_serves_as_sentences (Chittenden's Exhibit 99.1): no defaults in the preamble, one paragraph per
  person '<Name>.  Mr. <Surname> serves as <titles> of <Org>', 'He/She also serves as ...', and every person's
  business address and citizenship as sentences.
- schedule_a_name_occupation_possessive_overrides (Motorola's Appendix I): 'SCHEDULE A', the real preamble
  defaults, ONE list with the name at the margin and the occupation at 30, the overrides worded '<Hon> <Surname>'s
  business address is ...' and '<Hon> <Surname> is a citizen of ...'.

They are held out: tests/relayout.py adds FAMILIES to HELD_OUT_FAMILIES at its very end; not yet measured.

Expected everywhere: relayout.expected(p, org, options) per person in roster order, or, where a preamble gives a
default citizenship, the default as printed on those it covers (relayout_heldout19._by_default); no citizenship
where options.citizenship is False (none is printed then).

Import `relayout`, not this module, first: relayout imports this module at its bottom.
"""
from __future__ import annotations

from relayout import Options, Roster, _default_address, _wrap_rows, expected, printed_name, wrap_words
from relayout_heldout18 import _is_citizen, _most_common_citizenship
from relayout_heldout19 import _by_default, _covered
from relayout_heldout61 import _and_titles, _stop
from relayout_heldout64 import _honorific


def _name(index: int, person: dict, options: Options, form: str = "{}. ") -> str:
    return form.format(index + 1) * options.numbered + printed_name(person, options)


def _surname(person: dict) -> str:
    words = [w for w in person["name"].replace(",", "").split() if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")]
    return words[-1]


# ---- 1. Citizens Funds: name / address / citizenship stacked | titles joined | occupations ------------------------
def name_address_citizenship_stack_titles_joined(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Citizens Funds' trustees and officers table (dev/text_fixed3col_name_address_age_citizens_funds.txt,
    sec.gov .../711202/000091205700047412/a2029632z497.txt: <TABLE><CAPTION>, a full dashed rule, the two-line
    caption 'NAME, ADDRESS / AND AGE' | 'POSITION(S) HELD WITH / TRUST' | 'PRINCIPAL OCCUPATION(S) / DURING PAST 5
    YEARS', a full rule, <S>/<C>, the left column stacking name, address lines and age, occupations '; '-joined).
    Differs from gather41's name_address_position_held_table and gather64's name_address_citizen_stack_positions_held:
    the caption 'NAME AND ADDRESS' (one line, bottom-aligned) | 'POSITION(S) HELD / WITH THE COMPANY' | 'PRINCIPAL
    OCCUPATION(S) / DURING PAST FIVE YEARS', 'Citizenship: <country>' under the address where the age stands, the
    titles comma-joined ('; ' where a title holds a comma) wrapping in their column, an insider's occupation '<titles>
    of <Org>' joined with the outside ones by '; ', a dashed rule only under the caption and a blank line between
    rows (a row of '=' when ruled), widths 34 | 26 | width + 12, 'ANNEX A' over 'DIRECTORS AND OFFICERS OF <ORG>',
    '1)' numbering, a page break after an entry's first line closing the table with 'A-2' and '<PAGE>' (a form feed
    without markers), the caption again if it repeats."""
    org = roster.organization
    widths = [34, 26, max(options.width + 12, 30)]
    total = sum(widths)
    heads = [["", "NAME AND ADDRESS"], ["POSITION(S) HELD", "WITH THE COMPANY"],
             ["PRINCIPAL OCCUPATION(S)", "DURING PAST FIVE YEARS"]]
    caption = (["<TABLE>", "<CAPTION>"] if options.markers else []) + _wrap_rows(heads, widths) + [
        "".join("-" * (w - 2) + "  " for w in widths).rstrip()] + (
        ["<S>" + " " * (widths[0] - 3) + "<C>" + " " * (widths[1] - 3) + "<C>"] if options.markers else [])
    lines = [f"{'ANNEX A':^{total}}".rstrip(), "", f"{'DIRECTORS AND OFFICERS OF ' + org.upper():^{total}}".rstrip(),
             ""] + wrap_words(f"Set forth below are the name, address, position(s) held with {org} (the \"Company\") "
                              f"and principal occupation(s) during the past five years of each director and officer "
                              f"of the Company.", 76, first=" " * 4) + [""] + caption
    for index, person in enumerate(roster.people):
        stack = wrap_words(_name(index, person, options, "{}) "), widths[0] - 2, "  ")
        stack += [piece for line in person["address"] for piece in wrap_words(line, widths[0] - 2, "  ")]
        if options.citizenship and person["citizenship"]:
            stack += wrap_words(f"Citizenship: {person['citizenship']}", widths[0] - 2, "  ")
        plain = not any("," in t or " and " in t for t in person["positions"])
        titles = wrap_words((", " if plain else "; ").join(person["positions"]), widths[1] - 2, "  ") or ["None"]
        own = [f"{_and_titles([t for t in person['positions'] if t != 'Director'])} of {org}"] if [
            t for t in person["positions"] if t != "Director"] else []
        occupations = wrap_words("; ".join(own + person["other_positions"]) or "None", widths[2] - 1, "  ")
        rows = _wrap_rows([stack, titles, occupations], widths)
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = (["</TABLE>"] if options.markers else []) + [
                "", f"{'A-2':^{total}}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption if options.repeat_header else (["<TABLE>"] if options.markers else []))
        lines += rows + (["=" * total] if options.rules else [""])
    lines += ["</TABLE>"] if options.markers else []
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 2. Lor Finance: '*' before directors, name / address / citizenship | title and occupation ----------------
def star_member_name_address_citizenship_left(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Lor Finance's Exhibit 7 (dev/text_asterisk_member_nameaddr_lor_finance.txt, sec.gov .../888002/
    000091205700045726/a2028396zex-99_7.txt: 'EXHIBIT 7' at the right, a centred title, a preamble with the default
    citizenship, the captions 'NAME, BUSINESS ADDRESS' and 'PRESENT PRINCIPAL OCCUPATION', '*  <Name>' over the
    address lines indented three, the occupation at 39, a blank line between persons, a short rule and '* Member,
    Conseil d'Administration'). Differs from gather32's marked_members_name_address_occupation and gather64's
    asterisk_director_footnote_name_address: no default citizenship in the preamble, a 'Citizenship: <country>'
    line under the address at the left for everyone (when printed), the captions 'NAME AND BUSINESS ADDRESS' over
    dashes | 'PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT' over dashes, the footnote '* Denotes a Director of
    <Org>.', the other titles '<Title> of <Org>' one a line then the outside occupations, the column at
    37 wrapping at width + 10, 'EXHIBIT C' at the right and one centred title line 'DIRECTORS AND EXECUTIVE OFFICERS
    OF <ORG>', '1.' numbering after the star, a row of '.' between persons when ruled, a page break after an entry's
    first line with 'C-2', '<PAGE>' (form feed without markers) and the captions if they repeat."""
    org = roster.organization
    column, width = 37, max(options.width + 10, 32)
    caption = [f"   {'NAME AND BUSINESS ADDRESS':<{column - 3}}PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT",
               f"   {'-' * 25:<{column - 3}}{'-' * 41}", ""]
    lines = [f"{'EXHIBIT C':>80}", "", f"{'DIRECTORS AND EXECUTIVE OFFICERS OF ' + org.upper():^80}".rstrip(), ""]
    preamble = (f"The name, business address and present principal occupation or employment of each of the directors "
                f"and executive officers of {org} are set forth below.")
    lines += wrap_words(preamble, 78, first=" " * 5) + [""] + caption
    for index, person in enumerate(roster.people):
        star = "*  " if "Director" in person["positions"] else "   "
        left = wrap_words(star + _name(index, person, options), column - 2, "   ")
        left += [piece for line in person["address"] for piece in wrap_words(line, column - 5, "   ", "   ")]
        if options.citizenship and person["citizenship"]:
            left += wrap_words(f"Citizenship: {person['citizenship']}", column - 5, "   ", "   ")
        right = [piece for t in person["positions"] if t != "Director"
                 for piece in wrap_words(f"{t} of {org}", width, "  ")]
        right += [piece for o in person["other_positions"] for piece in wrap_words(o, width, "  ")]
        rows = _wrap_rows([left, right or [""]], [column, width])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'C-2':^80}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption if options.repeat_header else [])
        lines += rows + (["   " + "." * 30, ""] if options.rules else [""])
    lines += ["", "----------", f"* Denotes a Director of {_stop(org)}"]
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 3. Chittenden: one paragraph per person, '<Name>.  Mr. <Surname> serves as ...' ----------------------------
def prose_name_lead_serves_as_sentences(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Chittenden Corporation's Exhibit 99.1 (dev/prose_chittenden_corporation.txt: '<PAGE>', a centred
    underlined 'EXHIBIT 99.1', 'DIRECTORS AND EXECUTIVE OFFICERS OF' / '<ORG>', a preamble giving everyone's business
    address, then one indented paragraph per person '<Name>.  Mr. <Surname> is <titles> of <Org>.', outside
    occupations as '... and is Chairman of <other>'). Differs from gather23's prose_honorific_paragraphs and
    gather64's prose_name_lead_honorific_sentences: a preamble with NO default (address and citizenship given in
    each paragraph), 'SCHEDULE I' underlined over '<ORG>' / 'DIRECTORS AND EXECUTIVE OFFICERS' (order swapped), the
    name as the paragraph's lead, 'serves as <titles>
    of <Org>' and 'He/She also serves as <other>.' sentences, '<Hon> <Surname>'s business address is ...' for
    everyone and '<Hon> <Surname> is a citizen of <country>.' for everyone (when printed), the paragraph flush left
    with its first line indented eight, '1.' numbering, a line of '*' centred between paragraphs when
    ruled, a page break after a paragraph's first line with 'I-2' and '<PAGE>'."""
    org = roster.organization
    lines = (["<PAGE>"] if options.markers else []) + ["", f"{'SCHEDULE I':^80}".rstrip(), f"{'----------':^80}".rstrip(),
                                                       "", f"{org.upper():^80}".rstrip(),
                                                       f"{'DIRECTORS AND EXECUTIVE OFFICERS':^80}".rstrip(), ""]
    preamble = (f"Set forth below are the name, present principal occupation or employment, business address "
                f"{'and citizenship ' if options.citizenship else ''}of each director and executive officer of {_stop(org)}")
    lines += wrap_words(preamble, 78, first=" " * 8) + [""]
    for index, person in enumerate(roster.people):
        hon = _honorific(person)
        who = f"{hon} {_surname(person)}"
        pronoun = "She" if hon == "Ms." else "He"
        text = f"{_name(index, person, options)}."
        if person["positions"]:
            text += f"  {who} serves as " + _and_titles(
                ["a director" if t == "Director" else t for t in person["positions"]]) + f" of {_stop(org)}"
        for number, other in enumerate(person["other_positions"]):
            text += f"  {pronoun} {'also ' if person['positions'] or number else ''}serves as {_stop(other)}"
        if person["address"]:
            text += f"  {who}'s business address is {_stop(', '.join(person['address']))}"
        if options.citizenship and person["citizenship"]:
            text += f"  {who} is {_is_citizen(person['citizenship'])}."
        paragraph = wrap_words(text, 78, first=" " * 8)
        if options.page_break_in == index and len(paragraph) > 1:
            paragraph[1:1] = ["", f"{'I-2':^80}".rstrip(), "<PAGE>" if options.markers else "\f", ""]
        lines += paragraph + ([f"{'*     *     *':^80}".rstrip(), ""] if options.rules else [""])
    return ".txt", "\n".join(lines).rstrip() + "\n", [expected(p, org, options) for p in roster.people]


# ---- 4. Motorola: SCHEDULE A, name | occupation at 30, possessive prose overrides -------------------------------
def schedule_a_name_occupation_possessive_overrides(roster: Roster, options: Options) -> tuple[str, str, list[dict]]:
    """After Motorola's Appendix I (dev/text_twocol_prose_overrides_motorola.txt, sec.gov .../824169/
    000006850501000015/0002.txt: 'APPENDIX I' and 'INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF
    <ORG>' flush left, a preamble with the default citizenship and business address, 'DIRECTORS OF <ORG>', the name
    at the margin and the occupation at 23 wrapping: '<titles>, <Org>', an outside director's occupation, then
    'His business address is: ...' and 'Mr. X is a citizen of ...'). Differs from gather35's
    directors_appendix_prose_overrides (APPENDIX A, two sub-headings, column 25, '1.', dashed separators) and
    gather67's name_occupation_single_list_prose_overrides (APPENDIX I, column 27, '(1)', '*' rows): 'SCHEDULE A'
    and 'INFORMATION CONCERNING DIRECTORS AND EXECUTIVE OFFICERS' over '<ORG>', the preamble's two defaults in one
    sentence ('Unless otherwise indicated, each such person is a citizen of ... and each such person's business
    address is ...'), the sub-heading 'NAME' / 'PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT' captions over the
    columns, ONE list, the occupation column at 30 wrapping at width + 18, the titles '<titles> of <Org>', the
    overrides '<Hon> <Surname>'s business address is ...' (no colon) and '<Hon> <Surname> is a citizen of ...';
    variants '1.' numbering, 'SURNAME, Given', a row of '-' under each entry when ruled, a page break after
    an entry's first line with 'A-2' and <PAGE> (form feed without markers) and the captions if they repeat."""
    org = roster.organization
    default_address = _default_address(roster)
    default, country = _most_common_citizenship(roster)
    column, width = 30, max(options.width + 18, 40)
    preamble = (f"The following table sets forth the name and present principal occupation or employment of each "
                f"director and executive officer of {_stop(org)}")
    if options.citizenship:
        preamble += (f" Unless otherwise indicated, each such person is {_is_citizen(default)} and each such "
                     f"person's business address is {_stop(', '.join(default_address))}")
    else:
        preamble += f" Unless otherwise indicated, each such person's business address is {_stop(', '.join(default_address))}"
    caption = [f"{'NAME':<{column}}PRESENT PRINCIPAL OCCUPATION OR EMPLOYMENT", f"{'----':<{column}}{'-' * 41}", ""]
    lines = [f"{'SCHEDULE A':^72}".rstrip(), "", f"{'INFORMATION CONCERNING DIRECTORS AND EXECUTIVE OFFICERS':^72}".rstrip(),
             f"{org.upper():^72}".rstrip(), ""]
    lines += wrap_words(preamble, 72) + ["", ""] + caption
    for index, person in enumerate(roster.people):
        who = f"{_honorific(person)} {_surname(person)}"
        text = ""
        if person["positions"]:
            text = _stop(f"{_and_titles(person['positions'])} of {org}")
        for other in person["other_positions"]:
            text += f"  {_stop(other)}"
        if person["address"] != default_address:
            text += f"  {who}'s business address is {_stop(', '.join(person['address']))}"
        if options.citizenship and person["citizenship"] and not _covered(person, country, default):
            text += f"  {who} is {_is_citizen(person['citizenship'])}."
        right = wrap_words(text.strip(), width) or [""]
        rows = _wrap_rows([wrap_words(_name(index, person, options), column - 2, "  "), right], [column, width])
        if options.page_break_in == index and len(rows) > 1:
            rows[1:1] = ["", f"{'A-2':^72}".rstrip(), "<PAGE>" if options.markers else "\f", ""] + (
                caption if options.repeat_header else [])
        lines += rows + (["-" * (column + width), ""] if options.rules else [""])
    return ".txt", "\n".join(lines).rstrip() + "\n", _by_default(roster, options)


FAMILIES = {
    "name_address_citizenship_stack_titles_joined": name_address_citizenship_stack_titles_joined,
    "star_member_name_address_citizenship_left": star_member_name_address_citizenship_left,
    "prose_name_lead_serves_as_sentences": prose_name_lead_serves_as_sentences,
    "schedule_a_name_occupation_possessive_overrides": schedule_a_name_occupation_possessive_overrides,
}

"""The prose under a roster's title: where it ends, and what it says of every entry (the
organisation, the bodies listed, and the defaults: address, citizenship, occupation)."""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.roster_above_title import defaults_above
from kg.forms.roster_address_excepted import address_exceptions
from kg.forms.roster_block_notes import block_note
from kg.forms.roster_caption_default import wrapped_if_not
from kg.forms.roster_caption_stack import caption_over_column
from kg.forms.roster_cell_below import continues_line
from kg.forms.roster_dash_default import dash_default
from kg.forms.roster_defined import spelt_out, with_legal_form
from kg.forms.roster_entry import Roster
from kg.forms.roster_excepted import excepted
from kg.forms.roster_fields import MAX_FIELD_CHARS
from kg.forms.roster_header_cells import header_cells_within
from kg.forms.roster_held_with import held_with_organization
from kg.forms.roster_ocr import opens_label, undo_digit_misreads
from kg.forms.roster_org import PRINCIPAL_ADDRESS, aliases, listed_organization, names_same
from kg.forms.roster_org_line import organization_line
from kg.forms.roster_pages import PAGE_MARK
from kg.forms.roster_part_body import part_body
from kg.forms.roster_part_heading import names_its_bodies
from kg.forms.roster_rules import rules
from kg.forms.roster_title_list import is_title_list
from kg.forms.roster_title_term import title_term
from kg.forms.roster_title_under import title_organization
from kg.forms.roster_title_wrap import wrapped_organization
from kg.lookups.legal_forms import legal_forms
from kg.read import clean
from kg.read.sections import lines_with_offsets
from kg.records import Filing


def preamble_end(text: str, start: int, end: int) -> int:
    """End of the prose paragraphs (sentences ending in a full stop) that follow the title. A
    paragraph longer than any roster field is debris, no preamble (nor searched for labels)."""
    position, headings, prose = start, 0, False
    paragraphs = list(_PARAGRAPH.finditer(text[start:end]))
    for index, match in enumerate(paragraphs):
        paragraph = match.group(0).strip()
        if re.match(r"\d+\.\s+[A-Z]", paragraph) and "\n" not in paragraph \
                and rt.is_person_name(named := rt.strip_numbering(paragraph)[0].strip()) \
                and named.casefold() not in " ".join(text[max(0, start - 2000):start + match.start()].split()).casefold():
            break  # '1. Howard P. Berkowitz': the first entry, numbered, ends the preamble ('1. Lor Finance', named
            # in the preamble above as the filer, is the heading of the filer's part)
        if all(re.fullmatch(r"<[^<>]*>", line.strip()) for line in paragraph.splitlines()) \
                or re.match(r"\d+\.\s+[A-Z]", paragraph) and len(paragraph) < 80 and " | " not in paragraph \
                and not any(opens_label(line.strip()) for line in paragraph.splitlines()) \
                and not _heads_labels(paragraph, paragraphs[index + 1:], text[max(0, start - 2000):start + match.start()]):  # (a row; '1.  Name: ...' is the first
            # entry, and so is '1. Chia, Pei-yuan' / 'Principal Occupation:', its value below)
            position = start + match.end()
            continue
        if not _prose(paragraph):
            if head := _prose_above_table(paragraph, start + match.start() - text.rfind("\n", 0, start + match.start()) - 1):
                position = start + match.start() + len(match.group(0)) - len(match.group(0).lstrip()) + len(head)
                prose = True
                break
            following = paragraphs[index + 1].group(0).strip() if index + 1 < len(paragraphs) else ""
            if headings < 3 and _heading_line(paragraph, following) and (not prose or following and _prose(
                    following)):  # a title above the preamble ('Identity and
                headings += 1  # Background of ...'), or a heading between two of its paragraphs ('Partners of X')
                continue
            break
        position, prose = start + match.end(), True
    return position


def _prose_above_table(paragraph: str, indent: int = 0) -> str | None:
    """Preamble sentences run straight into the table's header, no blank line between them (a conversion that
    dropped blank lines): the lines up to the last one ending a sentence, when they are prose and the next line
    is a table's (columns three spaces apart, or a rule); else None."""
    lines = paragraph.splitlines()
    for index in range(len(lines) - 1, 0, -1):
        if not lines[index - 1].rstrip().endswith(".") or not _TABULAR.search(lines[index]):
            continue
        head = "\n".join(lines[:index])
        if _prose(head) and not _TABULAR.search(head) and not _prose("\n".join(lines[index:])) \
                and not caption_over_column(lines[:index], indent, lines[index]):  # (a caption's 'ST.': no sentence)
            return head
    return None


def _heads_labels(paragraph: str, after: list[re.Match], above: str) -> bool:
    """'1. Parker, Kevin E.' / 'Director; President', then a page break ('<PAGE>', '-2-'), then a label line
    ('Residence or Business Address:'): a numbered name heading set apart above the first entry's labels (not one
    named above, the filer heading its part: '1. Dorval Finance')."""
    named = rt.strip_numbering(paragraph.splitlines()[0])[0].strip()
    if not rt.is_person_name(named) or named.casefold() in " ".join(above.split()).casefold():
        return False
    for match in after:
        lines = [line.strip() for line in match.group(0).splitlines() if line.strip()]
        if not all(PAGE_MARK.match(line) for line in lines):
            return bool(lines) and opens_label(lines[0])
    return False


# A paragraph: lines up to a blank line; a long line that ends a sentence is one of its own
# (HTML saved as text prints each paragraph on one line, with no blank line between them).
_PARAGRAPH = re.compile(r"\S[^\n]{198,}\.[ \t]*(?=\n|$)|\S[^\n]*(?:\n(?!\s*\n)(?![^\n]{200,}\.[ \t]*(?:\n|$))[^\n]*)*")


def _prose(paragraph: str) -> bool:
    """A paragraph of preamble prose: sentences, no table, no label, not an entry."""
    return not (len(paragraph) < 100 and not _default_sentence(paragraph) or len(paragraph) > MAX_FIELD_CHARS or not paragraph.endswith((".", ":"))
                or _tabular(paragraph) or any(label.search(paragraph) for label in rules().labels.values())
                or _name_line_first(paragraph) or header_cells_within(paragraph)
                or _keyed_entry(paragraph.lstrip().splitlines()[0]))  # ('(1) Tarek F. Abdel-Meguid, a ...': entries)


def _default_sentence(paragraph: str) -> bool:
    """A short paragraph that is one sentence stating what every entry holds ('Except as otherwise indicated below,
    all persons named in this Exhibit 2 are citizens of Sweden.'): preamble prose, however short."""
    flat = " ".join(paragraph.split())
    return flat[:1].isupper() and flat.endswith(".") and flat.count(". ") == 0 and not re.search(r"\S {3,}\S", paragraph) \
        and bool(rules().default_citizenship.search(flat) or rules().default_address.search(flat))


def _name_line_first(paragraph: str) -> bool:
    """A paragraph whose first line is a person's name alone: an entry, not preamble prose."""
    first, _, rest = paragraph.partition("\n")
    return bool(rest) and len(first.split()) <= 6 and rt.is_person_name(first.strip())


_TABULAR = re.compile(r"\S {3,}\S|^[ \t]*-{3,}|<(?:table|s|c)>|^\||\S \| \S", re.I | re.M)  # columns, rules, '|' cells: a table
# (in long prose, a short underline alone on a line, '---' under a word, is no table rule either)
_JUSTIFIED_GAP = re.compile(r"\S {5,}\S|^[ \t]*-{10,}|<(?:table|s|c)>|^\||\S \| \S", re.I | re.M)


def _tabular(paragraph: str) -> bool:
    """Columns or rules: a table, not prose. A long paragraph of sentences may be justified
    (two or three spaces between words): only a wider gap makes it a table."""
    long_prose = len(paragraph) >= 200 and len(re.findall(r"[a-z]{2}\.(?:\s|$)", paragraph)) >= 2
    return bool((_JUSTIFIED_GAP if long_prose else _TABULAR).search(paragraph)) or _hanging(paragraph)


def _hanging(paragraph: str) -> bool:
    """'Name  Occupation ...' / (indented under the occupation) '... continued': two columns whose
    second wraps with a hanging indent, however narrow the gap between them."""
    lines = paragraph.splitlines()
    gap = re.search(r"\S( {2,})(?=\S)", lines[0])
    rest = [line for line in lines[1:] if line.strip()]
    return bool(gap and rest) and all(len(line) - len(line.lstrip(" ")) == gap.end(1) for line in rest)


def _heading_line(paragraph: str, following: str = "") -> bool:
    """A short line that can stand above a preamble: no table gap, no HTML table's cells (' | ': a table of a
    header and two rows is no heading, whatever prose follows it), no label, no person's name (but for a line in
    capitals that the paragraph under it names as the organisation: 'LOR FINANCE' / '... officers of (position(s)
    with) Lor Finance')."""
    lines = paragraph.splitlines()
    return (len(lines) <= 3 and all(len(line) < 120 for line in lines) and not re.search(r"\S {3,}\S", paragraph)
            and " | " not in paragraph and (not rt.is_person_name(paragraph) or _organisation_named(paragraph, following))
            and block_note(following, lines[0].strip()) is None)  # (a name block, its person's note under it)


def _organisation_named(line: str, following: str) -> bool:
    flat, said = " ".join(line.split()), " ".join(following.split())
    if flat.upper() != flat:  # ('Lor Finance' / 'The following are the directors and executive officers of Lor
        return bool(re.search(_LISTED_BY + re.escape(flat) + r"(?=[.,;:(]|$)", said))  # Finance.': the list's)
    return bool(re.search(r"\b(?:of|with)\s+(?:the\s+)?" + re.escape(flat) + r"\b", said, re.I))


_LISTED_BY = r"\b(?i:directors|officers|partners|trustees|managers)\s+(?:of|with)\s+(?:the\s+)?"


_RULE_WORD = re.compile(r"[-_=]{3,}")  # an underline printed inside a preamble
_THAT_OF_AT = re.compile(r"^(.{2,120}?)\s+at\s+(\d.*)$", re.S)
# 'Unless otherwise indicated (below), ...': the entries themselves may indicate another (not the notes, not above)
_OTHERWISE_IN_ENTRIES = re.compile(r"(?:unless|except\s+as)\s+otherwise\s+\w+(?:\s+below)?,?\s+(?!in\b|above\b)", re.I)


def _key(name: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (name or "").casefold())


def _labelled(line: str) -> bool:
    """A line that holds a roster label ('Title:  Directors; Chairman'): one entry's value, never
    a heading naming the bodies every entry belongs to."""
    return any(label.search(line) for label in rules().labels.values())


_ENTRY_KEY = re.compile(r"\(?(?:\d{1,3}|[ivxlc]{1,7}|[a-z])[.)]\s+(?P<name>[^,;:]{3,60}?),(?P<given>\s+[^,;:]{2,40}?,)?", re.I)


def _keyed_entry(line: str) -> bool:
    """'(1) Tarek F. Abdel-Meguid, a Directors and the Chairman of': a list key, then a person's name and a
    comma: one entry's line (its titles that person's), never a heading naming the bodies every entry belongs to.
    ('(i) ABDEL-MEGUID, Tarek F., a ...': the name surname first.)"""
    found = _ENTRY_KEY.match(line)
    return bool(found) and (rt.is_person_name(found.group("name")) or bool(found.group("given")) and rt.is_person_name(
        found.group("name") + "," + found.group("given").rstrip(",")))


_ORG_COLON = re.compile(r"[^:\n]{2,120}:[ \t]*((?:the[ \t]+)?[a-z][a-z ,&]{4,80})$", re.I)


def _org_colon_bodies(line: str) -> bool:
    """'Ariel Capital Management, Inc.: directors and executive officers': a heading naming the bodies
    listed, however long the organisation's name."""
    found = _ORG_COLON.fullmatch(line.strip())
    return bool(found) and all(rules().roster_heading.search(w) or w.casefold() in ("and", "the", "of")
                               for w in re.split(r"[\s,&]+", found.group(1).strip(" ,")) if w)


def _heading_below(text: str, front_end: int, end: int) -> str:
    """The first line under the title when it is a heading of the roster in mixed case, however long ('SCHEDULE
    I' / 'Information with Respect to Directors and Executive Officers of X'): no table, no label, no markup."""
    line = next((line.strip() for _s, _e, line in lines_with_offsets(text, front_end, end) if line.strip()), "")
    if len(line) > 200 or line.startswith("<") or line.endswith(":") or re.search(r"\S {3,}\S", line) \
            or _labelled(line):
        return ""  # ('Names ... of the officers of the Service Company:': a lead-in to a list, no heading)
    named = r"\b(?:directors|executive\s+officers|general\s+partners|managing\s+members|trustees)\s+of\s+[A-Z]"
    return line if re.search(named, line, re.I) else ""


def read_preamble(ctx: Context, filing: Filing, title: str, front_end: int, end: int) -> tuple[Roster, int]:
    stop = preamble_end(ctx.text, front_end, end)
    preamble = " ".join(w for w in ctx.text[front_end:stop].split() if not _RULE_WORD.fullmatch(w))
    after = ctx.text[front_end:min(end, front_end + 3000)]
    mentions = f"{title} {preamble} " + " ".join(  # short lines; headings ('EXECUTIVE OFFICERS AND DIRECTORS OF X')
        line for start, _e, line in lines_with_offsets(ctx.text, front_end, end) if not continues_line(
        ctx.text, start) and ((len(line) < 60 or len(line) < 120
        and re.match(r"(?:[A-Z]{2,}\s+){1,6}OF\s", line)) and not re.search(r"\S {3,}\S", line) or _org_colon_bodies(line))
        and not _labelled(line) and not _keyed_entry(line) and not is_title_list(line)) + " " + _heading_below(
        ctx.text, front_end, end)  # (a person's cell of titles, 'Directors; Chairman of the Board', lists no body)
    mentioned = undo_digit_misreads(mentions)  # (once: not again for each heading's pattern)
    roster = Roster(organization=title_organization(title, after, filing, ctx.text[max(0, front_end - 6000):front_end], ctx.markup or ctx.raw or ctx.text),
                    listed_bodies={b for p, b in rules().body_headings  # (the one part heading's: '1. Directors of X')
                                   if p.search(title if names_its_bodies(title) else mentioned)})
    if wrapped := wrapped_organization(roster.organization, title, after):
        roster.organization = wrapped  # ('... OFFICERS OF SOUTHWESTERN ENERGY' / 'COMPANY')
    if (listed := listed_organization(preamble)) and _key(listed) != _key(roster.organization):
        roster.organization = listed  # 'The following are the general partners of X': the list is X's
    roster.organization = organization_line(preamble, ctx.text[stop:end]) or roster.organization  # (its own line)
    if roster.organization is None and (held := held_with_organization(preamble)):
        roster.organization = held  # ('... the name, title with X, present principal occupation ...': the list is X's)
    if full := spelt_out(roster.organization, preamble) or with_legal_form(roster.organization, preamble):
        roster.organization = full  # '... OFFICERS OF AIG' over 'American International Group, Inc. ("AIG")'
    roster.organization, term = title_term(roster.organization)  # 'Officers of X, Inc. ("X")': X, Inc. is the name
    roster.aliases = aliases(roster.organization, ctx.text[max(0, front_end - 300):front_end] + after) \
        + ([term] if term else [])  # (a name ending the line above the preamble's, defined at its start:
    # '... of Power Corporation of Canada' / '("PCC").')
    roster.part_body = part_body(ctx.text, front_end, end, roster.own_names)  # ('1. Directors of MOI': their seat)
    if address := rules().default_address.search(preamble):
        roster.default_address = address.group(1)  # 'Unless otherwise indicated, ... is X': a cell may indicate another
        roster.default_unless_shown = bool(_OTHERWISE_IN_ENTRIES.match(address.group(0)))
    elif address := rules().default_address_given.search(preamble):
        roster.default_address = _THAT_OF_AT.sub(r"\1, \2", address.group(1))  # 'X at 1585 Broadway, ...' -> 'X, 1585 ...'
        roster.default_unless_shown = True
    elif address := dash_default(preamble):  # ('Where the Business Address column shows "-", ... is X'): the dash's
        roster.default_address, roster.default_on_dash = address, True
    if roster.default_address and (split := address_exceptions(roster.default_address, preamble)) is not None:
        roster.default_address, roster.address_exceptions = split  # ('..., except that the business address of X is')
    if occupation := rules().default_occupation.search(preamble):
        roster.default_occupation = occupation.group(1).strip()
    elif occupation := rules().default_occupation_all.search(preamble):  # 'All of the following are general
        each = re.sub(r"^((?:[\w-]+\s+){0,3}?[\w-]+?)s(?=\s+(?:of|at|with)\s)", r"\1", clean.squash(occupation.group(1)))
        roster.default_occupation = each[:1].upper() + each[1:]  # partners of X': each is a 'General partner of X'
    if roster.default_address and not re.search(r"\d", roster.default_address) and (
            place := PRINCIPAL_ADDRESS.search(preamble)) and names_same(roster.default_address, place.group(1)):
        roster.default_address = f"{roster.default_address.rstrip(' ,')}, {place.group(2)}"  # 'c/o MetLife, Inc.' + where
    if (employer := re.search(r"principal\s+employer\s+and\s+business\s+address\s+of\s+each[^.]*?\bis\s+(.+?)"
                              r"\.(?:\s(?!" + legal_forms("after_stop") + r"\b|\d)|$)",  # ('& Co. Incorporated')
                              preamble, re.I)):
        roster.default_address = employer.group(1)
        roster.occupations_are_positions = True
    if (citizens := rules().default_citizenship.search(preamble)) or (
            citizens := rules().citizenship_if_not.search(after) or wrapped_if_not(after)):
        stated = next(g for g in citizens.groups() if g).strip()
        if citizens.lastindex == 1 or rt.is_nationality(stated):  # '<word> citizens': a nationality word only
            roster.default_citizenship = stated
    if (named := excepted(preamble)) is not None:  # '... a citizen of Canada (except X, who is a citizen of France)'
        roster.default_citizenship, roster.citizenship_exceptions = named or (None, {})
    roster.occupations_are_positions |= bool(rules().occupations_refer.search(preamble))
    roster.elsewhere_in_parentheses = bool(rules().elsewhere_in_parentheses.search(preamble))
    return roster, stop


def inherit_defaults(roster: Roster, above: Roster | None, preamble: str, over_title: str = "") -> None:
    """The defaults of the roster above for a roster of the same organisation under a title of its own with no
    preamble ('DIRECTORS OF X' under the preamble, then 'EXECUTIVE OFFICERS OF X' and its list): the preamble at the
    top speaks for both lists. Not where this roster says anything of its own (a sentence, a default). First, the
    defaults of a paragraph over the title that speaks of the list below (kg.forms.roster_above_title)."""
    defaults_above(roster, over_title)
    if above is None or not roster.organization or _key(roster.organization) not in {_key(n) for n in above.own_names}\
            or re.search(r"[a-z]{2}[.:;]", preamble) or roster.default_address or roster.default_citizenship:
        return
    roster.organization = above.organization  # ('2. Executive Officers of NH': the short name the preamble above
    roster.aliases = list(dict.fromkeys([*above.aliases, *roster.aliases]))  # defined, and those it defined)
    roster.default_address, roster.default_unless_shown = above.default_address, above.default_unless_shown
    roster.default_on_dash = above.default_on_dash
    roster.default_citizenship = above.default_citizenship
    roster.citizenship_exceptions = dict(above.citizenship_exceptions)
    roster.address_exceptions = dict(above.address_exceptions)

"""Rosters of directors, officers and board members: one entry, `read_rosters`.

Finds each roster (an annex/schedule/exhibit whose heading or title mentions directors, officers, boards, partners
or members; several organisations' rosters in one exhibit are read one by one), reads its title (the organisation
and the bodies it lists) and preamble (default address, citizenship, employer), then reads the entries with the
layout reader that fits: itemised markers, labelled blocks, HTML table, fixed-width table.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.context import Context
from kg.errors import StructureError
from kg.forms.roster_acronyms import acronym_legend
from kg.forms.roster_address_keys import key_list, resolve_keys
from kg.forms.roster_addrgroups import address_groups, apply_citizenship_groups, apply_groups
from kg.forms.roster_after_excepted import default_after_excepted
from kg.forms.roster_bios import read_biographies
from kg.forms.roster_bodies import read_bodies
from kg.forms.roster_braces import apply_braces, brace_groups
from kg.forms.roster_bullets import read_bullet_outline
from kg.forms.roster_caption_labelled import read_caption_labelled
from kg.forms.roster_centred_lists import read_centred_lists
from kg.forms.roster_clauses import read_clauses
from kg.forms.roster_colblocks import read_column_blocks
from kg.forms.roster_contacts import raw_without_contacts, without_contact_lines
from kg.forms.roster_contents import front_kept
from kg.forms.roster_dash import read_dash
from kg.forms.roster_ditto import resolve_dittos
from kg.forms.roster_employer_first import read_employer_first
from kg.forms.roster_entities import read_entities
from kg.forms.roster_entry import Roster, to_person
from kg.forms.roster_excepted import warn_surnames_excepted
from kg.forms.roster_group_paragraphs import read_group_paragraphs
from kg.forms.roster_guard import check_overrun, check_people, check_provenance, leaders_misread, warn_doubts
from kg.forms.roster_headed import read_headed
from kg.forms.roster_held_at import titles_held_at_address
from kg.forms.roster_implied_seat import listed_people
from kg.forms.roster_item2 import read_item2_lists
from kg.forms.roster_junk import refuse_junk
from kg.forms.roster_keyed_fields import read_keyed_fields
from kg.forms.roster_label_leaders import without_label_leaders, without_underlined_marks
from kg.forms.roster_label_rows import label_rows_unread
from kg.forms.roster_label_runs import sentence_labels
from kg.forms.roster_last_resort import read_unrecognised
from kg.forms.roster_layouts import read_entries
from kg.forms.roster_leaders import read_leaders
from kg.forms.roster_left_out import warn_left_out
from kg.forms.roster_legend import decode_capacities, legend
from kg.forms.roster_letters import unletter_names
from kg.forms.roster_marks import Marks, apply_marks, footnote_marks, marked_seats, without_glued_signs
from kg.forms.roster_matrix import read_matrix
from kg.forms.roster_merge import apart, merge_listings, printed_over_default
from kg.forms.roster_name_guard import unlisted
from kg.forms.roster_name_leaders import without_name_leaders
from kg.forms.roster_nameblocks import read_name_blocks
from kg.forms.roster_named_own import bare_occupations_elsewhere, bare_titles_elsewhere
from kg.forms.roster_namelist import read_name_list
from kg.forms.roster_notes import apply_notes, numbered_notes
from kg.forms.roster_numbered import read_numbered_bodies, record_numbered
from kg.forms.roster_org import common_employer, opens_part, part_title
from kg.forms.roster_orphan_rows import warn_orphans
from kg.forms.roster_pages import without_page_debris
from kg.forms.roster_paired_labels import paired_labels
from kg.forms.roster_paragraphs import read_paragraphs
from kg.forms.roster_paren_layout import parentheses_hold_elsewhere
from kg.forms.roster_paren_titles import read_paren_titles
from kg.forms.roster_postamble import default_address_after, read_postamble
from kg.forms.roster_preamble import inherit_defaults, preamble_end, read_preamble
from kg.forms.roster_prose import read_prose
from kg.forms.roster_recase import recase_names
from kg.forms.roster_refused_above import refuse_defaults_above, refuse_defaults_stated
from kg.forms.roster_respectively import read_respectively
from kg.forms.roster_ruled_labels import ruled_label_rows
from kg.forms.roster_rules import rules
from kg.forms.roster_signs import apply_sign_notes, sign_notes
from kg.forms.roster_sole_stacked import settle_stacked_sole_titles
from kg.forms.roster_sole_titles import refuse_shared_sole_titles
from kg.forms.roster_stacked import read_stacked
from kg.forms.roster_surname_notes import read_indexed_notes
from kg.forms.roster_swallowed import check_swallowed
from kg.forms.roster_table_close import rows_end
from kg.forms.roster_tabs import read_displayed, tab_view
from kg.forms.roster_title import roster_title
from kg.forms.roster_title_lines import read_title_lines
from kg.forms.roster_titlegroups import read_title_groups
from kg.forms.roster_versions import english_parts
from kg.forms.roster_wrapped_labels import wrapped_labels
from kg.read.sections import find_sections, lines_with_offsets
from kg.records import Filing


def read_rosters(ctx: Context, filing: Filing, signature_end: int | None, *, exhibit: bool = False) -> None:
    first, heard = len(filing.people), len(ctx.warnings)
    if (view := tab_view(ctx)) is None:
        _read_rosters(ctx, filing, signature_end, exhibit)
        regions = roster_regions(ctx, filing, signature_end, exhibit=exhibit) if len(filing.people) == first else []
        if regions or len(filing.people) == first and exhibit and is_roster_exhibit(ctx.text):  # (no person read:
            read_paragraphs(ctx, filing, min((s for s, _e in regions), default=0), heard,  # with blank lines put back)
                            lambda end: lambda shown, copy: _read_rosters(shown, copy, end, exhibit), signature_end)
    else:
        end = None if signature_end is None else view.from_source(signature_end)  # columns aligned with tabs: read
        read_displayed(ctx, filing, view, lambda shown, copy: _read_rosters(shown, copy, end, exhibit))  # as displayed
    if len(filing.people) == first:  # (no reader read a person: the names that are certain, a value or two each)
        read_unrecognised(ctx, filing, roster_regions(ctx, filing, signature_end, exhibit=exhibit), exhibit, heard)


def _read_rosters(ctx: Context, filing: Filing, signature_end: int | None, exhibit: bool) -> None:
    first = len(filing.people)
    regions = roster_regions(ctx, filing, signature_end, exhibit=exhibit)
    if not regions and (exhibit and is_roster_exhibit(ctx.text) or read_group_paragraphs(ctx.text, 0, len(ctx.text))):
        regions = [(0, len(ctx.text))]  # a text whose heading is no roster heading ('Director of'), but which is a roster
    for start, end in (part for region in regions for part in english_parts(ctx, *region)):  # (no French version)
        above = None  # (the roster of the title above: 'DIRECTORS OF X', then 'EXECUTIVE OFFICERS OF X')
        for sub_start, sub_end in _split_by_title(ctx.text, start, end):
            above = _read_part(ctx, filing, sub_start, sub_end, above=above)
    read_item2_lists(ctx, filing, lambda s, e, settle: _read_part(ctx, filing, s, e, settle))  # ('... set forth below')
    unletter_names(filing.people[first:], ctx.text)  # 'A. ATKINSON, James W.' / 'II. Peter K. Barnes': row numbers
    recase_names(filing.people[first:], ctx.text)  # 'MACDONALD, Gavin L.' where 'MacDonald' is printed too
    filing.people[first:] = unlisted(ctx, filing.people[first:]) or []  # ('Hong Kong', 'Jean- Saillard': no name)
    read = filing.people[first:]
    filing.people[first:] = refuse_junk(ctx, read)  # ('| United States |', 'Globaltech Financial')
    refuse_defaults_above(ctx, read, filing.people[first:])  # (the lines refused may be the rest of the entry above)
    refuse_defaults_stated(ctx, filing.people[first:])  # ('Citizen of Belgium' printed in the entry, no field read it)
    if leaders_misread(ctx, filing.people[first:]) or label_rows_unread(ctx, filing.people[first:]):
        del filing.people[first:]
    check_people(ctx, filing.people[first:])
    check_provenance(ctx, filing.people[first:])
    check_overrun(ctx, filing.people[first:])


def _read_part(ctx: Context, filing: Filing, start: int, end: int, settle=None, above: Roster | None = None) -> Roster:
    marks = footnote_marks(ctx.text, start, end)  # '*  Name' ... '* Member, Board'
    signs = sign_notes(ctx.text, start, end)  # 'Name*' ... '*  A citizen of Canada.'
    text = without_page_debris(ctx.text if marks is None else marks.text, ctx.raw or ctx.text, start, end)  # 'Page 4'
    text = without_contact_lines(text, start, end)  # 'Tel.: (212) 555-0143'
    notes = numbered_notes(text, start, end)  # 'Name(1)' ... '(1) Citizen of Canada. ...'
    text = without_glued_signs(text if notes is None else notes.text, start, end)  # 'Name(a)'
    text = without_underlined_marks(without_label_leaders(ruled_label_rows(text, start, end), start, end), start, end)  # 'Citizenship .... X'
    text = without_name_leaders(text, ctx.raw or ctx.text, start, end)  # '<S>' ... 'Pei-yuan Chia .........   Director': no column
    text = wrapped_labels(text, start, end) or text  # 'Present Principal  X' / 'Occupation:  Y': the label first
    text = paired_labels(text, start, end) or text  # 'Name: X   Citizenship: Y': a side at a time
    text = sentence_labels(ctx, text, start, end) or text  # 'Name. Position: X. Business address: Y.': a line per field
    text = (groups := address_groups(text, start, end)).text  # 'Persons whose business address is X:'
    text = (braces := brace_groups(text, start, end)).text  # 'Name  ...  }  70 Pine Street': shared, beside a brace
    before = len(filing.people)
    roster = _read_region(ctx if text is ctx.text else replace(ctx, text=text, raw=raw_without_contacts(
        ctx.raw, text, start, end), memo={}), filing, start, end, settle, above, marks)  # (the source's lines the text's)
    apply_groups(filing.people[before:], groups)  # (over a group of entries: the address of each)
    apply_citizenship_groups(filing.people[before:], groups)  # ('The following persons are citizens of X:')
    apply_braces(ctx, filing.people[before:], braces)  # (each person the brace spans: the values beside it)
    if marks is not None:
        apply_marks(filing.people[before:], marks)
    if notes is not None:
        apply_notes(ctx, filing.people[before:], notes, roster.default_address, roster.default_citizenship)
    if signs is not None:
        apply_sign_notes(ctx, filing.people[before:], signs, roster.default_citizenship)
    return roster


def is_roster_exhibit(text: str) -> bool:
    """Text that reads as a roster by its content: the words of roster headings near its start."""
    return bool(rules().roster_heading.search(text[:3000]))


def roster_regions(ctx: Context, filing: Filing, signature_end: int | None, *,
                   exhibit: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each roster; one that directly follows the signature starts where the
    signature's last block ended, so that names displaced above the heading are kept (in an
    exhibit that is only a roster, the text above the first heading is kept likewise)."""
    regions: list[tuple[int, int]] = []
    for index, section in enumerate(filing.sections):
        head = ctx.text[section.start:min(section.end, section.start + 600)]
        if section.name != "annex" or not rules().roster_heading.search(head):
            continue
        if regions and section.start < regions[-1][1]:
            continue  # 'SCHEDULE I (continued)': read once, as the rest of the roster above, never as one of its own
        start = section.start
        previous = filing.sections[index - 1] if index else None
        if previous is not None and previous.name == "signature" and signature_end:
            start = max(signature_end, previous.start)
        elif exhibit and front_kept(ctx.text, previous):  # (an offer's table of contents: none of the roster)
            start = previous.start
        end = section.end
        for following in filing.sections[index + 1:]:  # 'SCHEDULE I (continued)' after a page break: more of it
            if following.name != "annex" or not _CONTINUED.search(ctx.text[following.start:following.start + 200]):
                break
            end = following.end
        regions.append((start, end))
    return regions


_CONTINUED = re.compile(r"\A\s*(?:ANNEX|SCHEDULE|EXHIBIT|APPENDIX)\b[^\n]{0,40}\(continued\)", re.I)


def _split_by_title(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """One region per organisation title ('DIRECTORS AND EXECUTIVE OFFICERS OF X', '2. Officers of Y')."""
    cuts = [line_start for line_start, _e, line in lines_with_offsets(text, start, end) if opens_part(line)]
    if len(cuts) <= 1:
        return [(start, end)]
    bounds = [start] + cuts[1:] + [end]
    regions = list(zip(bounds[:-1], bounds[1:]))
    # a title with only its preamble under it ('INFORMATION CONCERNING THE DIRECTORS ... OF X', then
    # 'DIRECTORS OF X' over the list): the list is the same roster's, under its preamble
    merged: list[tuple[int, int]] = []
    for region in regions:
        if merged and not text[preamble_end(text, roster_title(text, *merged[-1])[1], merged[-1][1]):merged[-1][1]].strip():
            merged[-1] = (merged[-1][0], region[1])
        else:
            merged.append(region)
    return merged


def _read_region(ctx: Context, filing: Filing, start: int, end: int, settle=None, above: Roster | None = None,
                 marks: Marks | None = None) -> Roster:
    title_start, title_end, title = roster_title(ctx.text, start, end)
    roster, body_start = read_preamble(ctx, filing, part_title(ctx.text, title, title_end, end), title_end, end)
    inherit_defaults(roster, above, ctx.text[title_end:body_start], ctx.text[start:title_start or start])  # (no preamble)
    if settle is not None:
        settle(roster)  # (whose roster it is, told by the text around it)
    before = len(filing.people)
    _read_body(ctx, filing, roster, (start, end), (title_start, title_end, body_start), settle, marks)
    warn_surnames_excepted(ctx, filing.people[before:], roster.citizenship_exceptions)
    return roster


def _read_body(ctx: Context, filing: Filing, roster: Roster, region: tuple[int, int],
               heads: tuple[int | None, int, int], settle=None, marks: Marks | None = None) -> None:
    (start, end), (title_start, title_end, body_start) = region, heads
    if matrix := read_matrix(ctx.text, ctx.raw or ctx.text, start, end):  # company rows by legend-letter columns
        filing.people.extend(matrix.people)
        for cell, span, why in matrix.unassigned:
            ctx.warn("unassigned-name", f"{cell!r} stands in the roster but is left out: {why}", span=span, name=cell)
        return
    entities = read_entities(ctx.text, title_end, end, roster)  # (a short numbered heading ends no preamble)
    if entities:
        filing.people.extend(to_person(entry, own) for entry, own in entities)
        return
    if (blocks := read_column_blocks(ctx.text, title_end, end)) is not None:  # a table printed column by column
        if blocks.refusal:
            ctx.warn("roster-ambiguous", f"{blocks.refusal}; no person is recorded from it", span=blocks.span,
                     readings=["by position", None])
        filing.people.extend(to_person(entry, roster) for entry in blocks.entries)
        return
    if (numbered := read_numbered_bodies(ctx.text, start, end)) is not None:  # numbered clauses per body paragraph
        filing.people.extend(record_numbered(ctx, numbered, roster))
        return
    if grouped := read_group_paragraphs(ctx.text, start, end):
        roster.listed_bodies = set()  # (each group's heading names its titles: no body a heading lists is everyone's)
    prose = grouped or read_centred_lists(ctx.text, start, end) or read_bullet_outline(ctx.text, title_end, end, roster) or read_employer_first(ctx.text, title_end, end, roster) or read_indexed_notes(ctx.text, title_end, end) or read_leaders(ctx.text, title_end, end) or read_bodies(ctx.text, title_end, end) or read_keyed_fields(ctx.text, start, end, roster) or read_clauses(ctx.text, title_end, end) or read_prose(ctx.text, title_end, end, roster, ctx.raw) or read_stacked(ctx.text, body_start, end, (start, end), ctx.raw) \
        or read_title_lines(ctx.text, title_end, end) or read_headed(ctx.text, body_start, end) or read_name_list(ctx.text, body_start, end) \
        or read_paren_titles(ctx.text, title_end, end) or read_name_blocks(ctx.text, body_start, end) or read_title_groups(ctx.text, title_end, end) \
        or read_dash(ctx.text, title_end, end, roster.own_names) or read_respectively(ctx, title_end, end, roster) \
        or read_caption_labelled(ctx.text, title_end, end)
    if prose:
        warn_doubts(ctx, prose)
        bare_titles_elsewhere(prose, roster)  # ('Chief Executive.' where the list names X after its titles)
        listed = (min(e.evidence[0] for e in prose), max(e.evidence[1] for e in prose))
        given = default_address_after(ctx.text, listed[1], end, roster)  # ('Unless otherwise noted below, ... above')
        people = [to_person(entry, roster) for entry in prose]
        refuse_shared_sole_titles(ctx, people)  # ('Chief Executive' read for two of one list's organisation: neither's)
        read_postamble(ctx, roster, people, listed, end, ctx.text[title_end:body_start], True, given)
        filing.people.extend(people)
        return
    keys = key_list(ctx.text, body_start, end)  # addresses listed by key letter under the table: no entry's lines
    after = default_after_excepted(ctx.text, body_start, end, roster)  # ('..., the business address ... is X.')
    below = acronym_legend(ctx.text, body_start, end)  # ('D = Director; EVP = ...' under the table: no row's lines)
    entries, orphans = read_entries(ctx, start, rows_end(ctx.text, ctx.raw or ctx.text, body_start, end, keys and keys.start,  # (a
                                                         after and after[0], below and below.start),  # note under </TABLE>)
                                (title_start or start, body_start), ctx.text[title_end:body_start], roster.own_names)
    if not entries:
        if settle is not None:
            return  # (an Item 2 list, told by a sentence only: no roster read is no finding)
        ctx.warn("unparsed-section", "a roster was found but its layout was not understood", span=(start, end))
        return
    check_swallowed(ctx, entries, orphans)
    marked_seats(entries, marks)  # ('*  Name' ... '* Director of X': a board member, whose occupation is his own)
    decode_capacities(ctx, entries, legend(ctx.text, title_end, end, body_start) or (below.codes if below else {}))
    resolve_dittos(ctx, entries)
    if roster.organization is None:
        roster.organization = common_employer(entries)
    roster.elsewhere_in_parentheses |= parentheses_hold_elsewhere(entries)  # ('Director (Chief Economist of X)')
    titles_held_at_address(entries, roster, ctx.text[title_end:body_start])  # ('... His business address is: X, ...')
    bare_occupations_elsewhere(entries, roster)  # ('Chairman, President and CEO' where the others name X)
    people = merge_listings(printed_over_default(apart(ctx, listed_people(ctx, entries, roster)), roster.default_address))
    warn_left_out(ctx, entries, roster)  # (titles read both ways; a default address withheld)
    if roster.occupations_are_positions or not any(entry.title_column for entry in entries):  # (titles read from
        refuse_shared_sole_titles(ctx, people)  # cells that hold occupations too: 'Chief Executive' for two is neither's)
    else:  # ('Director' / 'Chief Executive' beside one name, 'Chief Executive' first beside another: an occupation)
        settle_stacked_sole_titles(ctx, people)
    resolve_keys(ctx, people, keys)
    after = max(entry.evidence[1] for entry in entries)
    read_postamble(ctx, roster, people, (min(e.evidence[0] for e in entries), after), end, ctx.text[title_end:body_start])
    read_biographies(ctx, ctx.text, after, end, people, roster.default_address)  # 'X's present principal ...'
    filing.people.extend(people)
    warn_orphans(ctx, people, orphans, roster.default_address)  # (under an entry: its default is withheld)


def extract(doc, ctx: Context, parent: Filing | None = None) -> Filing:
    """A document that is only a roster (an exhibit listing directors and officers); with the
    `parent` filing it belongs to, organisations are named as the parent names them."""
    filing = Filing(source=doc.source, sections=find_sections(doc.text))
    if parent is not None:
        filing.reporting_persons, filing.issuer = parent.reporting_persons, parent.issuer
    read_rosters(ctx, filing, None, exhibit=True)
    if not filing.people:
        raise StructureError(doc.source, "not a Schedule 13D or 13G, and no roster of directors or officers found")
    return filing

"""The entries of a roster laid out as a table or as labelled blocks (one entry, `read_entries`; kg/forms/annex.py
calls it when no prose reader took the roster).
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.roster_address_cells import read_address_cells
from kg.forms.roster_after import prose_after_table
from kg.forms.roster_cell_labelled import address_lines_apart
from kg.forms.roster_cells import read_cell_lines
from kg.forms.roster_entry import Entry
from kg.forms.roster_flagcells import read_flag_cells
from kg.forms.roster_grid import read_grid
from kg.forms.roster_guard import warn_doubts
from kg.forms.roster_halves import two_halves
from kg.forms.roster_issuer import issuer_is_listed
from kg.forms.roster_item_opens import cell_column
from kg.forms.roster_labels import address_by_line, items_by_line
from kg.forms.roster_lead_items import lead_addresses, lead_titles
from kg.forms.roster_lead_titles import lead_names_own
from kg.forms.roster_marked import read_marked
from kg.forms.roster_nameparts import read_part_table
from kg.forms.roster_pipecells import read_pipe_cells
from kg.forms.roster_rowcells import ROW_MARK
from kg.forms.roster_sides import read_labelled
from kg.forms.roster_table import read_pipe_table
from kg.forms.roster_tiers import read_two_tiers
from kg.forms.roster_title import heading_goes_on
from kg.forms.roster_transposed import read_transposed
from kg.read import clean


def read_entries(ctx: Context, start: int, end: int, front: tuple[int, int], preamble: str,
                 own_names: list[str] = ()):
    """The entries of a roster's body and the name spans no entry took, by the first reader that fits: itemised
    marks, labelled blocks, one column per person, cell tables, a fixed-width grid; a reader's doubts become
    `roster-ambiguous` findings (`own_names`: the listed organisation's names, kg.forms.roster_lead_titles)."""
    marked = read_marked(ctx.text, front[1], end, preamble)
    if marked:
        return marked, []
    blocks, orphans, refusal = read_labelled(ctx.text, start, end, front, ctx.cell_breaks,
                                              ctx.cell_columns)
    if refusal:
        ctx.warn("roster-ambiguous", f"{refusal.refusal}; no person is recorded from it", span=refusal.span,
                 readings=["left block", "right block"])
        return [], []  # (no other reader either: each would take the line as one)
    if blocks:
        issuer_is_listed(blocks, own_names)  # ('Position(s) with the Issuer:' where the Issuer is the listed organisation)
        entries, titles = [], lead_titles(blocks)  # (title lines under the name, unlabelled: items, mixed)
        addresses = lead_addresses(blocks)  # (the address lines closing them)
        for index, block in enumerate(blocks):
            if block.name is None and block.doubt:
                readings = [ctx.text[s:e] for s, e in block.doubt]
                ctx.warn("roster-ambiguous", f"a roster entry could be {' or '.join(map(repr, readings))}'s "
                         "(a name before or after its labels); no person is recorded for it",
                         span=(block.label_start, block.end), readings=readings)
                continue
            if block.name is None:
                ctx.warn("unparsed-section", "a roster entry has no name; no person is recorded for it",
                         span=(block.label_start, block.end))
                continue
            name = block.name_text or ctx.text[block.name[0]:block.name[1]]
            entries.append(Entry(name=name, name_span=block.name,
                                 evidence=(min(block.name[0], block.label_start), max(block.end, block.name[1])),
                                 body=block.body, fields=(fields := _clean_fields(ctx, name, block)),
                                 refused=set(block.values) - set(fields),
                                 title_column=bool(block.value("position") and block.value("occupation")),
                                 mixed_titles=index in titles or lead_names_own(block, own_names)))
            if index in titles and "position" in fields:  # (title lines under the name, items apart)
                if not titles[index]:  # (kg.forms.roster_lead_items._read_lines: what is left names no organisation)
                    ctx.warn("roster-ambiguous", f"the titles under {name!r} are not certain (a line that is no "
                             "title nor wraps the line above it); left out", span=block.name, readings=[
                                 fields["position"], None])
                fields["position"] = titles[index]
                if index in addresses and "address" not in block.values:
                    fields["address"] = addresses[index]
        return entries, orphans
    if (transposed := read_transposed(ctx.text, front[1], end, ctx.cell_breaks, ctx.filled_columns,
                                      ctx.cell_columns)) is not None:  # one column per person
        for why, span in transposed.refusals:
            ctx.warn("roster-ambiguous", f"{why}; no person is recorded from it", span=span, readings=["by column", None])
        return transposed.entries, []
    cells = (ctx.text, front[1], end, ctx.cell_breaks, ctx.cell_columns, ctx.filled_columns)
    piped = read_two_tiers(*cells) or read_address_cells(*cells) \
        or read_flag_cells(ctx.text, front[1], end) or read_pipe_cells(ctx.text, front[1], end) \
        or read_part_table(ctx.text, front[1], end, ctx.cell_breaks, ctx.filled_columns) \
        or read_pipe_table(ctx.text, front[1], end, ctx.cell_breaks, ctx.cell_columns,
                                                          ctx.filled_columns)
    if piped and piped[0]:
        warn_doubts(ctx, piped[0], "in the row of {name!r} could be read more than one way (standing in more than "
                    "one of its empty columns, or as one item or two)")
        return piped
    table_end = prose_after_table(ctx.text, front[1], end)
    halves = two_halves(ctx.text, ctx.raw or ctx.text, front[1], end, table_end)
    if halves is not None:
        return _read_halves(ctx, halves, front, end, table_end)
    grid = read_cell_lines(ctx.text, front[1], end) or read_grid(ctx.text, ctx.raw or ctx.text, front[1], table_end)
    return _grid_entries(ctx, grid, front, end)


def _read_halves(ctx: Context, halves, front: tuple[int, int], end: int, table_end: int):
    """The entries of a list set in two halves side by side (kg.forms.roster_halves): each half read as a table of
    its own, the left half's first; none where the halves cannot be told apart or either half reads no one."""
    if halves.refusal:
        ctx.warn("roster-ambiguous", f"{halves.refusal}; no person is recorded from it", span=halves.span,
                 readings=["left half", "right half"])
        return [], []
    entries, orphans = [], []
    for side, raw in zip(halves.texts, halves.raws):
        grid = read_cell_lines(side, front[1], end) or read_grid(side, raw, front[1], table_end)
        side_entries, side_orphans = _grid_entries(ctx, grid, front, end)
        if not side_entries:
            ctx.warn("roster-ambiguous", "a half of a list set in two halves side by side reads no one; no person "
                     "is recorded from it", span=halves.span, readings=["left half", "right half"])
            return [], []
        entries += side_entries
        orphans += side_orphans
    return entries, orphans


def _grid_entries(ctx: Context, grid, front: tuple[int, int], end: int):
    """The entries and orphans of a fixed-width table read, its doubts as `roster-ambiguous` findings."""
    if grid is None or not grid.entries:
        return [], []
    if len([s for s, e in grid.orphans if ROW_MARK.fullmatch(ctx.text[s:e])]) > 1:  # ('C.', 'D.' left over: the
        ctx.warn("roster-ambiguous", "the rows of a roster do not start at its row marks; no person is recorded "
                 "from it", span=(front[1], end), readings=["by row mark", "by column"])  # rows were not cut at them)
        return [], []
    if (heading := _preamble_heading(ctx.text[front[0]:front[1]])) is not None:
        for entry in (e for e in grid.entries if e.body is None):
            entry.body = heading  # ('Directors' over the sentence that opens the table: the body of its rows)
    for doubt in grid.ambiguous:
        ctx.warn("roster-ambiguous", f"{doubt.text!r} could belong to {doubt.before!r} or to {doubt.after!r}; "
                 "it is left out", span=doubt.span, readings=[doubt.before, doubt.after])
    address_lines_apart(grid.entries)  # ('Business Address: ...' in the occupation's cell: kg.forms.roster_cell_labelled)
    return grid.entries, grid.orphans


def _preamble_heading(front: str) -> str | None:
    """The body a sub-heading names, alone on its line over the sentence that opens the table ('Directors', then
    'The name and present principal occupation of each director ... are set forth below.'): the first short line
    above that sentence, where it names one body in three words or fewer; else None."""
    lines = [line.strip() for line in front.splitlines() if line.strip()]
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if len(line.split()) > 6 or line.endswith((".", ":", ",")) or line[:1].islower():
            continue  # (the sentence's lines)
        if index and heading_goes_on(lines[index - 1]):
            return None  # ('... of X Directors and' / 'Executive Officers': the title's words, no sub-heading)
        return rt.body_of(line) if len(line.split()) <= 3 else None
    return None




# Text that no value of a labelled block holds: a label kg does not know ('Chief Executive Officer:',
# 'Ordinary Shares beneficially owned:') or the numbered or lettered heading of the next entity ('2.  BOLLORE ...',
# 'E. FULLER, H. Laurance'), or any marked line after a blank line ('...H2Y 2J3' / '' / 'E. Paul Desmarais, Jr.', '(2)
# Mignon, Daniel': a value never resumes after a blank line at an entry's mark).
_NEXT_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}|[A-Z])\.\s+[A-Z]{2,}|\s\d{1,2}\.\s{2,}[A-Z]"
                        r"|\n[ \t]*\n[ \t]*\(?(?:\d{1,3}|[A-Z])[.)][ \t]+[A-Z]")
_FOREIGN = re.compile(r"(?:^|\s)(?:[A-Z][\w'-]*\s+){0,5}[A-Za-z][\w'-]*:(?:\s|$)|" + _NEXT_HEAD.pattern)  # (a heading
# ending the value: '... Montreal QC H2Y 2J3' / 'The following persons are citizens of France:')


def _clean_fields(ctx: Context, name: str, block) -> dict[str, str]:
    """A block's values; one that runs into foreign labels or another entity's heading could hold
    text of another entry: it is left out, with both readings in a `roster-ambiguous` finding."""
    fields, overrun = {}, False
    for field in block.values:  # (in the order printed)
        value = block.value(field)
        if overrun and value:  # (after a value that runs into the next entry's heading: that entry's labels)
            ctx.warn("roster-ambiguous", f"the {field} of {name!r} follows a value that runs into another entry's "
                     "heading; it is left out", span=(block.label_start, block.end), readings=[name, None], field=field)
            continue
        overrun = bool(value and _NEXT_HEAD.search(value))
        if value and _FOREIGN.search(value):
            ctx.warn("roster-ambiguous", f"the {field} of {name!r} runs into text of another kind "
                     f"({clean.squash(value)[:120]!r}); it is left out", span=(block.label_start, block.end),
                     readings=[name, None], field=field)
            continue
        fields[field] = items_by_line(value, block.columns.get(field), cell_column(block.columns, field)) \
            if field in ("position", "occupation") else \
            address_by_line(value, block.columns.get(field)) if field == "address" else value
    return fields

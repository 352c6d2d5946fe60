"""Fixed-width roster tables whose cells are not set at the top of their row: every cell of a row centred
vertically against the row's tallest cell (or set at its foot), so the name stands on the row's middle line and
the first lines of the taller cells (an address's first line, the first words of a wrapped title) are printed
ABOVE the name line. Read as a top-aligned table (kg.forms.roster_grid), those lines would be the wrap of the row
above: values on the wrong person.

The text shows it: blocks with lines above their name (the name column empty on them), and pairs of names with no
break between them where a cell starts below the first name's line after a gap in its column and runs on into the
second name's line, outnumber the blocks that leave such room unused (the name on the first line of a block three
lines tall or more). In such a table:
- the block between two breaks (blank lines, rules, a section row) is the row, every line of it the one name's in
  it; a block with no name (or text in the name column above its name, or a name glued to its title) could be part
  of a row or more than one: refused whole (`roster-ambiguous`, both readings), never merged, and the rows on
  either side lose their cells in the columns it prints in;
- a page break (its number, its running header, the caption repeated, the blank lines about it) shows no row's end:
  the lines on both sides of it are one block, read the same way;
- a block with two names (rows with no break between them): the lines between the names could belong to either
  row: refused with both readings; only a name whose rows are bounded for certain is read, never guessed.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.forms import roster_geometry as geo
from kg.forms import roster_types as rt
from kg.forms.roster_grid_result import Ambiguity, GridResult
from kg.forms.roster_gridentry import grid_entry, per_organization
from kg.forms.roster_name_wrap import NAME_START
from kg.forms.roster_pages import PAGE_MARK, running_header
from kg.forms.roster_rowcells import section_row, unglue

if TYPE_CHECKING:
    from kg.forms.roster_grid import _Builder, _Row


@dataclass
class _Block:
    rows: list[_Row] = field(default_factory=list)
    body: str | None = None
    glued: set[int] = field(default_factory=set)  # rows whose name runs into the next cell, cut nowhere for certain


@dataclass
class _Name:
    start: int  # the block's row where the name starts
    stop: int   # the row after its last line (a name wrapped in its column takes two)


def read_centred(body: list[geo.Line], builder: _Builder) -> GridResult | None:
    """The table read block by block when its rows show names set below their rows' first lines; None for any
    other table (kg.forms.roster_grid reads it)."""
    named = [(block, _names(block, builder)) for block in _blocks(body, builder)]
    rising = sum(1 for block, names in named if names and names[0].start > 0 and not _above_name(block, names[0], builder)) \
        + sum(_rises_between(block, names, builder) for block, names in named)  # (lines above a name, its column empty)
    unused = sum(1 for block, names in named if len(names) == 1 and names[0].start == 0
                 and len(block.rows) >= _name_height(block, builder) + 2)
    if not rising or rising <= unused:
        return None
    result = GridResult(entries=[])
    whole = [_refused_whole(block, names, builder) for block, names in named]
    for index, (block, names) in enumerate(named):
        before = next((_name_text(b, n[-1], builder) for b, n in reversed(named[:index]) if n), None)
        after = next((_name_text(b, n[0], builder) for b, n in named[index + 1:] if n), None)
        if whole[index]:
            _ambiguous(block, 0, len(block.rows), (before, after), result)
            result.orphans += [_name_span(block, name, builder) for name in names] or _stray_names(block, builder)
            continue
        _read_block(block, names, builder, result, (
            _filled(named[index - 1][0], builder) if index and whole[index - 1] else set(),
            _filled(named[index + 1][0], builder) if index + 1 < len(named) and whole[index + 1] else set()))
    return result


def _refused_whole(block: _Block, names: list[_Name], builder: _Builder) -> bool:
    """A block no line of which is known to be one name's: it has no name, text in the name column above its
    first name, or a name glued to the next cell."""
    return not names or _above_name(block, names[0], builder) or any(name.start in block.glued for name in names)


def _filled(block: _Block, builder: _Builder) -> set[int]:
    """The columns a block refused whole prints in (other than the name's): the cells of the rows on either side
    of it in those columns could go on in it, so they are not known whole."""
    return {column for row in block.rows for column in row.cells} - {builder.name_column}


def _read_block(block: _Block, names: list[_Name], builder: _Builder, result: GridResult,
                unsure: tuple[set[int], set[int]]) -> None:
    """Each name of the block with the rows that are its for certain: all of them when it is the block's one
    name; where a block holds several, the rows between two names are either's, and a name they touch is
    left out with them (its cells could be cut short), never read from its name line alone. `unsure`: the
    columns a block refused whole just above (just below) prints in: the first (last) name's cells there are
    left out."""
    for number, name in enumerate(names):
        first = 0 if number == 0 else name.start
        last = len(block.rows) if number + 1 == len(names) else names[number + 1].start
        if number + 1 < len(names) and name.stop < last:
            _ambiguous(block, name.stop, last, (_name_text(block, name, builder),
                                                 _name_text(block, names[number + 1], builder)), result)
        certain = (number == 0 or names[number - 1].stop == name.start) and last == (
            len(block.rows) if number + 1 == len(names) else name.stop)
        if not certain:
            result.orphans.append(_name_span(block, name, builder))
            continue
        left_out = (unsure[0] if number == 0 else set()) | (unsure[1] if number + 1 == len(names) else set())
        rows = [replace(row, cells={c: cells for c, cells in row.cells.items() if c not in left_out})
                for row in block.rows[first:last]]
        entry = grid_entry(rows, builder.roles, builder.name_column, block.body, builder.widths, builder.longest,
                           name.stop - name.start > 1)
        entry.refused |= {role for column in left_out for role in builder.roles[column]}
        result.entries += per_organization(entry, rows, builder.roles, builder.widths)


def _ambiguous(block: _Block, first: int, last: int, readings: tuple[str | None, str | None],
               result: GridResult) -> None:
    top, bottom = block.rows[first].line, block.rows[last - 1].line
    result.ambiguous.append(Ambiguity((top.start, bottom.start + len(bottom.text)),
                                      " / ".join(r.line.text.strip() for r in block.rows[first:last])[:200], *readings))


def _rises_between(block: _Block, names: list[_Name], builder: _Builder) -> int:
    """Between two names with no break between them: rows where a cell starts below the first name's line, after
    a line its column leaves empty, and runs on unbroken into the second name's line (the second row's cell,
    set above its name); one for each pair of names that shows such a row."""
    found = 0
    for name, following in zip(names, names[1:]):
        rows = block.rows[name.stop - 1:following.start + 1]  # (the first name's last line to the second's)
        for column in set(rows[-1].cells) - {builder.name_column}:
            filled = [column in row.cells for row in rows]
            if len(filled) >= 3 and filled[-2] and False in filled[:-2]:
                found += 1
                break
    return found


def _blocks(body: list[geo.Line], builder: _Builder) -> list[_Block]:
    """The body's rows between breaks (blank lines, rules, a section row); page furniture and the blank lines
    about it break nothing."""
    blocks: list[_Block] = []
    current, pending, furniture = _Block(body=builder.body), False, False  # pending: a break not yet known to
    # be one (a blank line or a rule that a page break may follow)
    section = builder.body
    for line in body:
        stripped = line.text.strip()
        chunks = line.chunks() if stripped else []
        if furniture and (not stripped or geo.RULE.match(line.text) or running_header(stripped, chunks)):
            continue
        paged, furniture = furniture, False
        if line.start in builder.pages or PAGE_MARK.match(line.text) or running_header(stripped, chunks, True):
            pending, furniture = False, True  # (the blank lines before a page break were the page's)
            continue
        if geo.MARKUP.match(line.text) or _caption(stripped, chunks, builder) or paged and stripped in builder.caption:
            pending, furniture = False, True  # ('<S> <C>', the caption again: its rule and the blank lines under it)
            continue
        if not stripped or geo.RULE.match(line.text):
            pending = True
            continue
        if (named := section_row(stripped, chunks, builder.starts)) is not None:
            if current.rows:  # (a sub-heading ends the row above it, whatever markup or caption follows it:
                blocks.append(current)  # 'ACM's Executive Officers', then '<TABLE>' and the caption again)
                current = _Block(body=named)
            section, pending = named, True
            continue
        if pending and current.rows:
            blocks.append(current)
            current = _Block(body=section)
        elif not current.rows:
            current.body = section
        pending = False
        row = builder.row(line)
        cells = row.cells.get(builder.name_column)
        indent = 4 if cells and rt.strip_numbering(cells[0][1])[1] else 2
        if unglue(row.cells, line.start, builder.starts, builder.name_column, builder.title_column, indent) == "refuse":
            current.glued.add(len(current.rows))
        current.rows.append(row)
    if current.rows:
        blocks.append(current)
    return blocks


def _caption(stripped: str, chunks: list[tuple[int, str]], builder: _Builder) -> bool:
    """A line of the table's own header, printed again (after a page break)."""
    return len(chunks) > 1 and stripped in builder.caption or bool(chunks) and all(rt.is_header(c) for _, c in chunks) \
        and (len(chunks) > 1 or stripped in builder.caption)


def _name_cell(row: _Row, builder: _Builder) -> str:
    cells = row.cells.get(builder.name_column)
    return rt.strip_numbering(cells[0][1])[0].strip() if cells else ""


def _names(block: _Block, builder: _Builder) -> list[_Name]:
    """The names that start in a block's rows (a name wrapped over two lines starts once)."""
    out: list[_Name] = []
    for index, row in enumerate(block.rows):
        cell = _name_cell(row, builder)
        if not cell or row.line.start in builder.name_tails:
            if cell and out and out[-1].stop == index:
                out[-1].stop = index + 1  # ('The Hon. Leslie B.' / 'Disharoon')
            continue
        if out and out[-1].stop == index and _wraps(block.rows[index - 1].cells[builder.name_column][0][1], cell,
                                                    builder):
            out[-1].stop = index + 1  # (the name's first line could not hold the next word: one name, wrapped)
            continue
        if index in block.glued or rt.is_person_name(cell) or row.line.start in builder.name_wraps \
                or NAME_START.fullmatch(cell):
            out.append(_Name(index, index + 1))
    return out


def _wraps(first: str, second: str, builder: _Builder) -> bool:
    """A name cell's second line that goes on with the name above it: its first word would not have fitted
    after the first line in the column, and the two lines together are one person's name."""
    word, column = second.split()[0], builder.name_column
    width = max(builder.widths[column], builder.longest[column][0] if builder.longest else 0)
    return len(first.rstrip()) + 1 + len(word) > width and len(second.split()) <= 2 \
        and rt.is_person_name(f"{rt.strip_numbering(first)[0].strip()} {second}")


def _above_name(block: _Block, name: _Name, builder: _Builder) -> bool:
    """Text in the name column above the block's first name: no line of it is known to be the name's."""
    return any(_name_cell(row, builder) for row in block.rows[:name.start])


def _name_height(block: _Block, builder: _Builder) -> int:
    return sum(1 for row in block.rows if _name_cell(row, builder))


def _name_text(block: _Block, name: _Name, builder: _Builder) -> str:
    return " ".join(_name_cell(row, builder) for row in block.rows[name.start:name.stop])


def _name_span(block: _Block, name: _Name, builder: _Builder) -> tuple[int, int]:
    offset, printed = block.rows[name.start].cells[builder.name_column][0]
    text, cut = rt.strip_numbering(printed)
    return offset + cut, offset + cut + len(text.rstrip())


def _stray_names(block: _Block, builder: _Builder) -> list[tuple[int, int]]:
    """Person names in the name column of a block that has none kg reads as a name (reported, left out)."""
    from kg.forms.nlp import person_names
    found = []
    for row in block.rows:
        for offset, chunk in row.cells.get(builder.name_column, []):
            if not rt.is_header(chunk) and not rt.body_of(chunk):
                found += [(offset + s, offset + e) for s, e in person_names(chunk)]
    return found

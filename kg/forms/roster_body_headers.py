"""Headers inside a fixed-width roster table's body (kg.forms.roster_grid).

A second table set under the first one's rulers with a header of its own ('Name  Title  Business Address' over the
officers, then 'Name  Principal Occupation  Business Address' over the directors) is read under ITS header, never the
first's: its captions give the columns their roles from its first line on. Where its columns are not the first
table's (its own rules or <S>/<C> markers start elsewhere, or its name caption stands in another column), the reader
cannot tell which column holds what: its rows are refused, with a finding. A header of other captions naming no name
column after a page break (the same rows' details on the facing page) refuses the rows under it too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.forms import roster_column_roles as cr
from kg.forms import roster_geometry as geo
from kg.forms import roster_types as rt
from kg.forms.roster_grid_result import Ambiguity
from kg.forms.roster_rules import rules
from kg.forms.roster_table import names_column

_SHIFT = 3  # a column's rule and its <S>/<C> marker may start this many places apart (Castlerigg's Appendix III)
_SEGMENT = re.compile(r"-{2,}|={2,}")
_MARKER = re.compile(r"<[SC]>", re.I)


@dataclass
class BodyHeader:
    lines: set[int]                  # the starts of its lines (a caption wrapped over two lines: 'Principal' /
    texts: set[str]                  # 'Occupation'), and those lines as printed (repeated after a page break)
    roles: list[list[str]] | None    # the roles its captions give the columns; None: its rows are refused


def body_headers(body: list[geo.Line], starts: list[int], roles: list[list[str]], caption: set[str]) -> dict[int, BodyHeader]:
    """The headers of their own in a table's body, by the start of their first line: a block of caption lines, one
    of them of several captions with the name's among them, after a row of cells, and not the table's own header
    repeated (`caption`)."""
    found: dict[int, BodyHeader] = {}
    seen_row, index, known = False, 0, set(caption)
    while index < len(body):
        if not _caption_line(body[index]):
            seen_row = seen_row or _row(body[index], starts, cr.name_column(roles))
            index += 1
            continue
        block = [body[index]]
        while index + len(block) < len(body) and _caption_line(body[index + len(block)]):
            block.append(body[index + len(block)])
        texts = {line.text.strip() for line in block}
        if seen_row and any(_names_captions(line) for line in block) and not texts <= known:
            found[block[0].start] = BodyHeader({line.start for line in block}, texts,
                                               _own_roles(body, index, block, starts, roles))
            known |= texts if found[block[0].start].roles is not None else set()  # (repeated on a later page)
        index += len(block)
    return found


def header_leads(body: list[geo.Line], headers: dict[int, BodyHeader]) -> set[int]:
    """The lines between the rows above and a header of its own (its table's heading, 'HARROW MILLS, INC.
    DIRECTORS', and the sentence that opens it): of that table, never a cell of the row above, whose wrapped lines
    (right under it, no break between) stay with it."""
    leads: set[int] = set()
    index_of = {line.start: at for at, line in enumerate(body)}
    for start in headers:
        run: list[geo.Line] = []
        for line in reversed(body[:index_of[start]]):
            if len(line.chunks()) > 1 and not _furniture(line) and not _caption_line(line):
                break  # (a row of cells)
            run.append(line)
        nearest = next((line for line in run if not _caption_line(line)), None)
        while run and not _furniture(run[-1]):
            run.pop()  # (the wrapped lines of the row above)
        leads |= {line.start for line in run if not _furniture(line) and not _caption_line(line)}
        if nearest is not None and _capitals_heading(nearest):
            leads.add(nearest.start)  # (no blank line between: the heading right over the header is still its own)
    return leads


def heading_over_header(builder) -> None:
    """The table's header printed again under an open entry whose last line is a heading in capitals naming a body
    ('EXECUTIVE OFFICERS' with no blank line about it): that line is the next section's heading, no line of the
    entry; the entry closes there and the rows under the header are that body's."""
    if len(builder.rows) > 1 and _capitals_heading(builder.rows[-1].line):
        heading = builder.rows.pop().line.text.strip()
        builder.close()
        builder.body = rt.body_of(heading) or builder.body


def _capitals_heading(line: geo.Line) -> bool:
    """A line in capitals naming a body alone ('EXECUTIVE OFFICERS'): a section's heading, no wrapped cell."""
    text = line.text.strip()
    return len(line.chunks()) == 1 and text.isupper() and len(text.split()) <= 8 and not re.search(r"[,.;:]", text) \
        and rt.body_of(text) is not None


def _row(line: geo.Line, starts: list[int], name_column: int) -> bool:
    """A row of the table above: cells, or one short cell in the name column ('NONE', a name)."""
    chunks = line.chunks()
    return not _furniture(line) and (len(chunks) > 1 or len(chunks) == 1 and len(chunks[0][1].split()) <= 3
                                     and geo.column_at(starts, chunks[0][0]) == name_column)


def _furniture(line: geo.Line) -> bool:
    return not line.text.strip() or bool(geo.RULE.match(line.text) or geo.MARKUP.match(line.text))


def _caption_line(line: geo.Line) -> bool:
    return not _furniture(line) and (all(rt.is_header(chunk) for _, chunk in line.chunks()) or _grouped(line))


def _names_captions(line: geo.Line) -> bool:
    chunks = line.chunks()
    return len(chunks) > 1 and any(rules().column_roles["name"].match(chunk) for _, chunk in chunks) or _grouped(line)


def _grouped(line: geo.Line) -> bool:
    """Captions whose first names the group of the names under it ('OFFICERS   POSITION' after the directors' rows)."""
    chunks = line.chunks()
    return len(chunks) > 1 and bool(rules().group_caption.match(chunks[0][1])) and all(
        rt.is_header(chunk) for _, chunk in chunks[1:])


def _own_roles(body: list[geo.Line], at: int, block: list[geo.Line], starts: list[int],
               roles: list[list[str]]) -> list[list[str]] | None:
    """The roles the header's captions give the table's columns; None where its own rules or markers start
    elsewhere, or its name caption is not over the name column."""
    grouped = int(any(_grouped(line) for line in block))  # (the group's caption and its rule are set in over the
    for line in _around(body, at, len(block)):  # names: the name column starts left of them)
        pattern = _MARKER if geo.MARKUP.match(line.text) else _SEGMENT
        own = [m.start() for m in pattern.finditer(line.text)]
        if len(own) > 1 and (len(own) != len(starts) or any(abs(a - b) > _SHIFT for a, b in zip(
                own[grouped:], starts[grouped:]))):
            return None
    heads = geo._header_text(block, starts)
    if len([h for h in heads if h]) < 2:
        return None
    own_roles = cr.column_roles(heads, cr.columns_of(body, starts), starts)
    return own_roles if cr.name_column(own_roles) == cr.name_column(roles) else None


def _around(body: list[geo.Line], at: int, size: int) -> list[geo.Line]:
    """The rules and markup lines right above and right below a header block (up to the text around it)."""
    above, below = [], []
    for line in reversed(body[:at]):
        if not _furniture(line):
            break
        above.append(line)
    for line in body[at + size:]:
        if not _furniture(line):
            break
        below.append(line)
    return [line for line in above + below if line.text.strip()]


def other_header(builder, stripped: str, chunks: list[tuple[int, str]]) -> bool:
    """A line of captions after a page break that is not the table's own header and names no name column
    ('or Employment   Business Address   Citizenship'): the header of another table, or of the same rows'
    details set on the facing page."""
    return builder.paged and bool(builder.rows) and len(chunks) > 1 and bool(builder.caption) \
        and stripped not in builder.caption and all(rt.is_header(c) for _, c in chunks) \
        and not any(names_column(c) for _, c in chunks)


def read_header(builder, line: geo.Line, stripped: str, chunks: list[tuple[int, str]]) -> bool:
    """Whether the line is a header inside the body that `builder` has now taken (kg.forms.roster_grid._Builder):
    a header of its own switches the roles of the columns, or refuses the rows under it; a line of its block
    after the first is passed over."""
    if stripped in builder.caption:
        heading_over_header(builder)  # (the table's own header again, a section's heading right over it)
        if builder.paged and len(chunks) == 1:
            return True  # (a line of its caption after a page break: 'of any Corporation or Other Organization in')
    if line.start in builder.leads:
        builder.cut |= bool(builder.rows) and builder.rows[-1].line.start < builder.last_page  # (lines after a page
        builder.close()  # break, before the next table's header: the broken entry's rest, or that table's heading);
        # (a heading over the next table: its body; any other line there is no cell of a row)
        body = rt.body_of(stripped) if len(chunks) == 1 and len(stripped.split()) <= 8 else None
        builder.body = body or builder.body
        return True
    header = builder.headers.get(line.start)
    if header is None and any(line.start in h.lines for h in builder.headers.values()):
        builder.paged = True
        return True
    if header is not None:
        builder.close()
        if header.roles is None:
            builder.facing = line
            builder.result.ambiguous.append(Ambiguity((line.start, line.start + len(line.text)), stripped,
                                                      "the table's rows above", "columns of its own"))
        else:  # (titles printed in a column of their own above: the occupations under this header are held
            builder.titles_apart |= any("position" in r for r in builder.roles)  # elsewhere unless they say so)
            builder.set_roles(header.roles)
            builder.caption |= header.texts
            builder.body = geo.heading_body([line]) or builder.body  # ('OFFICERS   POSITION': the officers' rows)
        builder.paged = True
        return True
    if other_header(builder, stripped, chunks):
        builder.close()  # after a page break, a header of other captions naming no name column: the rows under it
        builder.facing = line  # (a table set over facing pages, tied to the names only by line position) are
        builder.result.ambiguous.append(Ambiguity(  # no row of any entry for certain: refused, with a finding
            (line.start, line.start + len(line.text)), stripped, "the table's rows above", "no row named"))
        return True
    return False


def table_caption(header: list) -> set[str]:
    """The lines of a table's header as printed (each stripped): its captions, or a line of cells; and the lines of one
    cell between two of those in one unbroken block, a caption's words wrapped ('of any Corporation or Other
    Organization in' between 'and the Name, Principal Business and Address' and 'Name ... which such Employment is
    Conducted   Citizenship'; 'with Smith' / 'Barney' / 'Corporate' between 'Position(s)' and 'Name and
    Citizenship   Business Address   Trust Company')."""
    lines = [line for line in header if not geo.RULE.match(line.text) or not line.text.strip()]
    captions = [bool(line.text.strip()) and (all(rt.is_header(c) for _, c in line.chunks()) or len(line.chunks()) > 1)
                for line in lines]
    kept = {line.text.strip() for line, caption in zip(lines, captions) if caption}
    printed = [at for at, line in enumerate(lines) if line.text.strip()]  # (blank lines aside: the older rule)
    kept |= {lines[at].text.strip() for before, at, after in zip(printed, printed[1:], printed[2:])
             if captions[before] and captions[after] and len(lines[at].chunks()) == 1}
    for index, line in enumerate(lines):
        if not captions[index] and len(line.chunks()) == 1 and _between_captions(lines, captions, index):
            kept.add(line.text.strip())
    return kept


def _between_captions(lines: list, captions: list[bool], index: int) -> bool:
    """Line `index` stands in an unbroken run of one-cell lines with a caption line right above and right below it."""
    def caption_towards(step: int) -> bool:
        at = index + step
        while 0 <= at < len(lines) and lines[at].text.strip() and not captions[at] and len(lines[at].chunks()) == 1:
            at += step
        return 0 <= at < len(lines) and captions[at]
    return caption_towards(-1) and caption_towards(1)

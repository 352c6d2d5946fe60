"""Geometry of a fixed-width roster table: lines, column starts, header words (column roles: kg.forms.roster_column_roles).

Column starts come from EDGAR's <S>/<C> markers, dashed rules, the header's words, or the vertical gutters that every
multi-cell line leaves blank; each chunk of text (a run with single spaces) goes to the column it starts in.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kg.forms import roster_types as rt
from kg.forms.roster_caption_gutters import caption_gutters
from kg.forms.roster_caption_joins import joined_captions
from kg.forms.roster_caption_row import caption_row_offsets
from kg.forms.roster_cut_captions import cut_caption_line, uncut_caption
from kg.forms.roster_held_captions import under_held_caption
from kg.forms.roster_leader_stop import keeps_stop
from kg.forms.roster_name_caption import name_caption_beside, number_caption_first
from kg.forms.roster_overflow_gutter import overflow_gutters
from kg.forms.roster_rule_gutters import gutter_starts, set_in_starts
from kg.forms.roster_ruled_caption import ruled_caption, ruled_header
from kg.forms.roster_rules import rules

RULE = re.compile(r"^(?:[\s\-=_+|]+|[ \t]*(?:\*{3,}|\.{10,})[ \t]*)$")  # (a row of asterisks or of dots between entries too)
_MARKERS = re.compile(r"<[SC]>", re.I)
MARKUP = re.compile(r"^\s*</?(?:table|caption|page|s|c|fn|r)\b[^>]*>\s*$|^\s*page\s+\d+(?:\s+of\s+\d+)?(?:\s+pages?)?\s*$|^\s*-\s*\d+\s*-\s*$",
                     re.I)
_CHUNK = re.compile(r"\S+(?: \S+)*")
# A dot leader ('James A. Courter ........  Director', 'Director . . . . John Smith'): a run of dots (or dot-spaces)
# set off by a space, or of five dots or more after a word (two to four where they close the chunk), is a column gap,
# never text of either cell; where it runs straight on from a name's last initial, its first dot is that initial's stop
_LEADER = re.compile(r"(?<= )\.(?: ?\.){3,}(?= |$)|(?<=[^\W\d_)])(?:\.{5,}(?= |$)|\.{2,4}$)")


@dataclass
class Line:
    start: int   # offset of the line's first character in the text
    text: str    # the whole line (indentation kept), without its newline
    _chunks: tuple[tuple[int, str], ...] | None = field(default=None, init=False, repr=False, compare=False)

    def chunks(self) -> list[tuple[int, str]]:
        """The line's chunks (read once: every reader of a table asks for them, line by line)."""
        if self._chunks is None:
            self._chunks = tuple(piece for m in _CHUNK.finditer(self.text) for piece in _without_leaders(m.start(), m.group(0)))
        return list(self._chunks)


def _without_leaders(offset: int, chunk: str) -> list[tuple[int, str]]:
    """A chunk's text on either side of a dot leader inside it (the chunk itself when it has none, or is all leader)."""
    def gap(dots: re.Match) -> str:
        stop = dots.group(0)[:2] != ". " and keeps_stop(chunk[:dots.start()])  # ('Bruce C.......': 'Bruce C.')
        return "." * stop + " " * (len(dots.group(0)) - stop)
    pieces = [(offset + m.start(), m.group(0)) for m in _CHUNK.finditer(_LEADER.sub(gap, chunk))]
    return pieces or [(offset, chunk)]


def physical_lines(text: str, start: int, end: int) -> list[Line]:
    lines, position = [], start
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop < 0 else stop
        lines.append(Line(position, text[position:stop].rstrip()))
        position = stop + 1
    return lines


_SENTENCE_GOES_ON = re.compile(r"[a-z]\S*(?:\s+\S+){5,}[\w,]$")  # (a line of running prose, six words or more, no stop)


def heading_body(above: list[Line]) -> str | None:
    """The body a section heading just above the table names ('DIRECTORS'); never a sentence's last line ('officers
    of X.', or 'Officers of X.' under the line it goes on from)."""
    for index in range(len(above) - 1, -1, -1):
        line = above[index]
        stripped, chunks = line.text.strip(), line.chunks()
        if len(chunks) > 1 and rules().group_caption.match(chunks[0][1]):
            stripped = chunks[0][1].strip()  # ('DIRECTORS   POSITION': the names' caption names their body)
        if stripped[:1].isupper() and (len(chunks) == 1 or stripped != line.text.strip()) and len(stripped.split()) \
                <= 6 and not (stripped.endswith(".") and index and _SENTENCE_GOES_ON.search(above[index - 1].text)) \
                and (body := rt.body_of(stripped)):
            return body
    return None


def geometry(lines: list[Line], raw_lines: list[Line]) -> tuple[list[int], int, list[str]] | None:
    """Column starts, the index of the first body line, and the header text of each column."""
    for index, line in enumerate(raw_lines):
        if len(_MARKERS.findall(line.text)) >= 2:
            starts = [m.start() for m in _MARKERS.finditer(line.text)]
            heads = _header_text(lines[:index], starts)
            if not any(heads) and (below := _header_below(lines, index + 1, starts)) is not None:
                return starts, below[0], below[1]  # the caption printed under the <S>/<C> row
            return starts, index + 1, heads
    for index, line in enumerate(lines):
        if RULE.match(line.text) and len(re.findall(r"-{2,}|={2,}", line.text)) >= 2:
            dashes = [(m.start(), len(m.group())) for m in re.finditer(r"-{2,}|={2,}", line.text)]
            starts = gutter_starts(lines[index + 1:], dashes, _gutters, shares_gaps, _header_column) or [
                offset for offset, _ in dashes]  # (dashes centred under their captions: the body's gutters)
            heads = _header_text(lines[:index], starts)
            if not any(heads) and (below := _header_below(lines, index + 1, starts)) is not None:
                return starts, below[0], below[1]  # the header between the table's first two rules
            if rules().group_caption.match(heads[0]):
                starts[0] = 0  # ('DIRECTORS' ruled off, set in over names printed left of its rule)
            return starts, index + 1, heads
    if (wrapped := _wrapped_header(lines)) is not None:
        return wrapped
    for index, line in enumerate(lines):
        chunks = joined_captions(line.chunks(), line.text)  # ('Occupation and  Business Address': one caption)
        grouped = len(chunks) >= 2 and bool(rules().group_caption.match(chunks[0][1]))  # ('DIRECTORS   POSITION')
        if len(chunks) >= 2 and (rules().column_roles["name"].match(chunks[0][1]) or grouped or name_caption_beside(
                lines, index, chunks)) and all(rt.is_header(c) for _, c in chunks[grouped or number_caption_first(chunks):]):
            starts = [0 if grouped and at == 0 else s for at, (s, _) in enumerate(chunks)]  # (a group's caption
            if not rules().column_roles["name"].match(chunks[0][1]) and not grouped and any(  # is set over the names)
                    line.text[:starts[0]].strip() for line in lines[index + 1:]):
                starts.insert(0, 0)  # (the rows' numbers, left of the captions: '(1)   Audrin, Marc')
            below = index + 1 + _caption_below(lines, index + 1, chunks)
            if (not shares_gaps(lines[below:], starts) or below < len(lines) and lines[below].text.strip()
                    and not RULE.match(lines[below].text)) and (centred := _centred_captions(lines, index, chunks)):
                return centred  # captions centred over their columns, ruled off: the body's gutters are the starts
            if (starts := set_in_starts(lines[below:], starts, _gutters, shares_gaps)) is None:  # (captions set in
                return None  # over their columns: the body's gutters) rows one per line, cells anywhere: no columns
            return starts, below, _header_text(lines[:below], starts)
    starts = overflow_gutters(lines, _gutters)  # (a caption between two rules, its last line over every column: its starts)
    return ruled_header(lines, RULE, shares_gaps, _header_column, raw_lines) or ((starts, 0, [""] * len(starts)) if len(starts) >= 2 else None)


_NUMBER_CAPTION = re.compile(r"no\.?|number|#", re.I)


def _wrapped_header(lines: list[Line]) -> tuple[list[int], int, list[str]] | None:
    """A header printed over two lines or more, a blank line under it (captions wrapped from the top or from the
    bottom: 'Name and Business' over 'Address', 'Present Principal' / 'Occupation or' / 'Employment'): the starts
    of its last line's captions, when every caption above starts where one of them does and the captions joined
    column by column are all caption words, one of them the name's. Row numbers left of the first caption make
    a column of their own."""
    for index, line in enumerate(lines[:-1]):
        chunks = line.chunks()
        if len(chunks) < 2 or lines[index + 1].text.strip():
            continue
        starts = [offset for offset, _ in chunks]
        block = [index]
        while block[0] > 0 and lines[block[0] - 1].text.strip() and len(block) < 24:  # (a long caption wrapped narrow)
            block.insert(0, block[0] - 1)
        if len(block) < 2 or any(offset not in starts for at in block for offset, _ in lines[at].chunks()):
            continue
        heads = [" ".join(chunk for at in block for offset, chunk in lines[at].chunks() if offset == start)
                 for start in starts]
        if not any(rules().column_roles["name"].match(head) for head in heads) or not all(
                rt.is_header(head) or _NUMBER_CAPTION.fullmatch(head) for head in heads):
            continue
        if any(below.text[:starts[0]].strip() for below in lines[index + 1:]):
            starts, heads = [0, *starts], ["", *heads]  # ('(1)   Audrin, Marc' under 'Name and Business Address')
        return starts, index + 1, heads
    return None


def _centred_captions(lines: list[Line], at: int, chunks: list[tuple[int, str]]) -> tuple[list[int], int, list[str]] | None:
    """A header of captions centred over their columns, one to three lines of caption words ruled off from the body
    ('NAME, BUSINESS ADDRESS' / 'AND CITIZENSHIP' between two dashed rules): the column starts are the gutters the
    body's lines of cells leave, where there are as many as captions and each caption line's chunks fall one to a
    column, in order; else None."""
    end = at + 1
    while end < len(lines) and end - at <= 3 and lines[end].text.strip() and not RULE.match(lines[end].text):
        if not all(rt.is_header(c) or _defined_term(c) for _, c in lines[end].chunks()):
            return None
        end += 1
    if end >= len(lines) or not RULE.match(lines[end].text) or not lines[end].text.strip():
        return None
    starts = caption_gutters(lines[end + 1:], _gutters(lines[end + 1:]), chunks)  # (one space wide: a caption's)
    if len(starts) != len(chunks) or not shares_gaps(lines[end + 1:], starts):
        return None
    for line in lines[at:end]:
        placed = [_header_column(starts, offset, len(chunk)) for offset, chunk in line.chunks()]
        if placed != sorted(set(placed)):
            return None
    return starts, end + 1, _header_text(lines[:end + 1], starts)


def _caption_below(lines: list[Line], at: int, caption: list[tuple[int, str]]) -> int:
    """1 where line `at` goes on with the captions of the line above ('Position with' over 'Harrow & Pell
    Industries, Inc.', 'Present Principal' over 'Occupation'), else 0: nothing under the name's caption, each
    chunk starting where a caption starts, and each a caption word or the organisation a caption ending in
    'with' or 'of' names."""
    if at >= len(lines) or not (chunks := lines[at].chunks()):
        return 0
    above = dict(caption)
    for offset, chunk in chunks:
        if offset not in above or offset == caption[0][0]:
            return 0
        if not rt.is_header(chunk) and not (_HELD_WITH.search(above[offset]) and rt.is_organization(chunk)):
            return 0
    return 1


_HELD_WITH = re.compile(r"\b(?:positions?|titles?|offices?)\s+(?:with|of|at|in)$", re.I)


def _header_below(lines: list[Line], first: int, starts: list[int]) -> tuple[int, list[str]] | None:
    """(first body line, header words) when the lines right under the markers, up to a rule, are
    column headers only ('NAME   COMPANY   POSITION   BUSINESS ADDRESS'); else None."""
    block: list[Line] = []
    for index in range(first, min(len(lines), first + 8)):
        line = lines[index]
        if RULE.match(line.text) and line.text.strip():
            if not block:
                continue
            heads = _header_text(block, starts)
            return (index + 1, heads) if any(heads) else None
        if not line.text.strip():
            continue
        if not all(rt.is_header(chunk) for _, chunk in line.chunks()):
            return None
        block.append(line)
    return None


def _header_text(above: list[Line], starts: list[int]) -> list[str]:
    """The words of the header lines just above the body, column by column."""
    from kg.forms.roster_rowcells import split_at_columns
    block: list[Line] = []
    for at in range(len(above) - 1, -1, -1):
        line = above[at]
        if not line.text.strip():
            if block:
                break
            continue
        if RULE.match(line.text) or MARKUP.match(line.text):
            continue
        chunks = line.chunks()  # (a line that opens with 'NAME' then captions: its 'EFFECTIVE TIME' is no name)
        held = {offset for offset, chunk in (above[at - 1].chunks() if at else []) if _HELD_WITH.search(chunk)} | caption_row_offsets(chunks)
        if under_held_caption(above, at, chunks) or under_held_caption(above, at, split_at_columns(chunks, starts)):
            block.insert(0, line)  # ('Barney Corporate Trust' under 'Position(s) with Smith': the caption goes on; cut
            # at the columns' starts, 'QUESTIONNAIRE PAUL TRAVELERS' under 'D&O  POSITION WITH THE ST.', one space apart)
            continue
        if not any(rt.is_header(c) for _, c in chunks) and not rt.wrapped_captions([c for _, c in chunks]) and not cut_caption_line(chunks, starts) or any(len(c) > 60 and not rt.is_header(c) or rt.is_person_name(c, False)
                                                              and not _defined_term(c) and offset not in held
                                                              for offset, c in chunks):
            break  # (a caption over 60 characters only where its words are all a caption's: 'TITLE AND PRINCIPAL OCCUPATION (AND
            # CITIZENSHIP, IF NOT UNITED STATES)'; 'Reporting Person' under 'Position with the', 'Southwestern Energy' under 'Present Position with': no names)
        block.insert(0, line)
    heads = [""] * len(starts)
    for line in ruled_caption(above, block, starts, RULE, MARKUP, rt.is_header):  # (up to the rule; 'A B': two captions
        for offset, chunk in split_at_columns(line.chunks(), starts):
            index = _header_column(starts, offset, len(chunk))
            heads[index] = f"{heads[index]} {chunk}".strip()
    return [uncut_caption(head) for head in heads]  # ('PRIN- CIPAL OCCUPA- TION': kg.forms.roster_cut_captions)


def _defined_term(chunk: str) -> bool:
    """'Reporting Person', 'the Company': a term the filing defines for a party, never a person's name."""
    return bool(found := rules().generic_referent.match(chunk.strip())) and found.end() == len(chunk.strip())


def shares_gaps(body: list[Line], starts: list[int]) -> bool:
    """Whether the body's lines of cells keep to the header's columns: no chunk after a line's first runs across
    a column's start (a row collapsed onto one line, its cells two spaces apart wherever they fell, does; a name
    glued to its title, the rest of the row in its columns, is cut or refused by the row reader)."""
    for line in body:
        if RULE.match(line.text) or MARKUP.match(line.text):
            continue
        for offset, chunk in line.chunks()[1:]:
            if any(offset + 2 < start < offset + len(chunk) - 1 for start in starts[1:]):
                return False
    return True


def _gutters(lines: list[Line]) -> list[int]:
    """Column starts where every line with two or more chunks leaves a gap of two spaces."""
    multi = [line for line in lines if len(line.chunks()) >= 2 and not MARKUP.match(line.text)]
    if len(multi) < 2 and not (multi and _one_row(lines, multi[0])):
        return []
    width = max(len(line.text) for line in multi)
    filled = [False] * (width + 1)
    for line in multi:
        for offset, chunk in line.chunks():
            for position in range(offset, offset + len(chunk)):
                filled[position] = True
    starts = [0] if filled[0] else []
    for position in range(1, width + 1):
        if filled[position] and not filled[position - 1] and position >= 2 and not filled[position - 2]:
            starts.append(position)
    first = min(offset for line in multi for offset, _ in line.chunks()[:1])
    return [first] + [s for s in starts if s > first + 1]


def _one_row(lines: list[Line], row: Line) -> bool:
    """A part with one row ('Daniel Friedberg      Executive Officer and Vice-President, Power' / its wrap under the
    second cell): two cells three spaces apart or more, every other line one cell at the margin (a heading) or under
    the second cell (its wrap)."""
    chunks = row.chunks()
    if len(chunks) != 2 or chunks[1][0] - chunks[0][0] - len(chunks[0][1]) < 3:
        return False
    return all(len(cells := line.chunks()) == 1 and cells[0][0] in (0, chunks[1][0]) for line in lines
               if line is not row and line.text.strip())


def _header_column(starts: list[int], offset: int, length: int) -> int:
    """The column holding most of a header chunk's characters (a header centred over its column
    may start left of it: 'POSITION(S) HELD WITH' over a column that starts three places on)."""
    bounds = [*starts[1:], 10**9]
    overlap = [min(offset + length, stop) - max(offset, first) for first, stop in zip(starts, bounds)]
    return max(range(len(starts)), key=lambda i: (overlap[i], -i))


def column_at(starts: list[int], offset: int, length: int = 1) -> int:
    """The column a chunk starting at `offset` belongs to (a cell may start a little early)."""
    return max(0, bisect.bisect_right(starts, offset + 2) - 1)  # starts ascend

"""Labels kg does not know, wrapped over several lines in a label column, with their value
alongside ('Name, principal business / and address of corporation / ... / conducted:').

In a labelled layout whose values stand in one column, text left of that column is label
text. A run of such lines that is no known label and ends in a colon is a label of its own:
its lines (label and value alike) are blanked, so that neither can be read into the value of
the known label above. Blanking keeps every offset, so spans still point into the document.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.forms.roster_rules import rules
from kg.forms.roster_window import blanked

_LINE = re.compile(r"^[^\n]*", re.M)
MAX_SET_IN = 4  # columns a hanging indent's wrapped line stands in from its item's first
_ITEM_LETTER = re.compile(r"[ \t]*\([a-h]\)[ \t]+(?=[A-Z])")  # an item's letter opening a label ('(d) Criminal ...:')
_LABEL_END = re.compile(r"^[ \t]*[a-z][a-z ,]{0,40}:", re.M)  # the last line of a wrapped label ('conducted:')


def value_column(text: str, start: int, end: int) -> int | None:
    """The column where values of known labels start, when at least two labels agree."""
    starts: Counter[int] = Counter()
    for match in _LINE.finditer(text, start, end):
        line = match.group(0)
        label = _known_label(line)
        if label is not None:
            rest = line[label:]
            if rest.strip():
                starts[label + len(rest) - len(rest.lstrip())] += 1
    column, count = starts.most_common(1)[0] if starts else (None, 0)
    return column if count >= 2 else None


def _known_label(line: str) -> int | None:
    """End of a known label that opens the line (after its indentation)."""
    stripped = line.lstrip()
    lettered = _ITEM_LETTER.match(stripped)  # ('(c) Present principal occupation:': Item 2's letter before it)
    stripped = stripped[lettered.end():] if lettered else stripped
    for pattern in rules().labels.values():
        found = pattern.match(stripped)
        if found:
            return len(line) - len(stripped) + found.end()
    return None


def blank_unknown_labels(text: str, start: int, end: int) -> str:
    """`text` with each wrapped unknown label of text[start:end] and its value blanked."""
    if not _LABEL_END.search(text, start, end):
        return text  # no line whose label text ends in a colon with its value beside or below
    column = value_column(text, start, end)
    if column is None:
        return text
    blank: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for match in _LINE.finditer(text, start, end):
        line = match.group(0)
        left = line[:column]
        if left.strip() and _known_label(line) is None:
            run.append(match.span())
            if left.rstrip().endswith(":"):
                if len(run) >= 2 or _ITEM_LETTER.match(text, run[0][0]):  # (a lettered item's label: one line too)
                    blank += run
                run = []
        else:
            run = []
    return blanked(text, start, end, blank)


# a line ending so runs on ('Executive Vice' / 'President'): a joining word, or a word no title ends with
_CONNECTOR_END = re.compile(r"(?:,|&|\b(?:and|of|for|the|to|at|in|with)|\b(?:Vice|Senior|Assistant|Deputy|Managing|Chief|Operating|Financial|Accounting))\s*$", re.I)


def items_by_line(value: str, columns: tuple[int, ...] | None = None, cell_column: int | None = None) -> str:
    """A labelled value printed one item a line under its label ('Director' / 'Chairman of the
    Board'): a line that reads as a title of its own, after a line that does not run on, starts
    a new item (joined by '; '); any other line continues the item above (a wrapped line). So does a
    line that `_wraps` (its first word would not have fitted on the line above), and every line of a
    value whose items are separated by ';' ('Director;' / 'President'). Where the value's lines wrap with a hanging
    indent (a line set in one to four columns past the value's column), a line at the column opens an item and a
    line set in continues the one above. `cell_column`: the column the block's other values start at, where this
    label ran past it ('Position(s) with IDT Corporation:Chairman of the Board' / 'Treasurer' under the values):
    a line there is at the value's column too (kg/forms/roster_item_opens.py for the other items the width cannot
    tell; kg/forms/roster_lower_role.py for a line in lower case that opens a role of its own)."""
    from kg.forms import roster_types as rt
    from kg.forms.roster_cell_items import after_legal_form
    from kg.forms.roster_item_opens import opens_item
    from kg.forms.roster_lower_role import lower_role_apart
    from kg.forms.roster_phrases import is_sentence
    from kg.forms.roster_stacked_titles import stacked_title
    lines = [line for line in value.split("\n") if line.strip()]
    if len(lines) < 2:
        return value
    if ";" in value or is_sentence(lines[0].strip()):  # (running text about the person wraps: 'Mr. Rohde is
        return " ".join(line.strip() for line in lines)  # Chairman of the Board, Chief' / 'Executive Officer of X.')
    wraps = _wraps(value, columns)
    depths = [len(line) - len(line.lstrip(" ")) for line in lines]
    hangs = columns is not None and any(columns[1] < d <= columns[1] + MAX_SET_IN for d in depths[1:])
    items, whole_line = [lines[0].strip()], True  # (the first line starts at the column, after the label)
    for index, (above, line, wrap, depth) in enumerate(zip(lines, lines[1:], wraps[1:], depths[1:]), 1):
        line = line.strip()
        if hangs and columns is not None:  # (a hanging indent: a line at the column opens an item, one set in wraps)
            opens = depth <= columns[1]
        else:  # (two whole titles, each at the column, each on its own line: no wrap, whatever the width)
            at_column = columns is not None and depth in (columns[1], cell_column)
            stacked = at_column and whole_line and stacked_title(items[-1], line)
            opens = (not wrap or stacked) and rt.is_title(line.split(",")[0]) and line[:1].isupper() \
                and not _CONNECTOR_END.search(items[-1]) or at_column and opens_item(items[-1], line, whole_line) \
                or not wrap and columns is not None and depth == columns[1] and after_legal_form(above, line) \
                or lower_role_apart(lines, index, columns, items[-1])
        if opens:
            items.append(line)
        else:
            items[-1] = f"{items[-1]} {line}"
        whole_line = opens and (columns is None or depth in (columns[1], cell_column))  # (the item is the line, at the
        # column)
    return "; ".join(items)


def _wraps(value: str, columns: tuple[int, ...] | None) -> list[bool]:
    """For each printed line of a labelled value, whether it is a wrap of the line above: a hanging indent
    (deeper than the label's line, short of the value's column) and a first word that would not have fitted
    on the line above within the roster's width. `columns`: roster_blocks._value_columns; a fourth item True where
    the width is the block's own (blocks side by side: kg/forms/roster_sides.py), so that a line at the value's
    column that would not have fitted above is a wrap too."""
    lines = [line for line in value.split("\n") if line.strip()]
    if columns is None:
        return [False] * len(lines)
    indent, column, width = columns[:3]
    deepest = column if columns[3:] == (True,) else column - 1  # (a block's own width: a wrap may keep to the column)
    out, printed = [], 0  # (the printed length of the line above)
    for index, line in enumerate(lines):
        depth = len(line) - len(line.lstrip(" \t"))
        out.append(index > 0 and indent < depth <= deepest and printed + 1 + len(line.split()[0]) > width)
        printed = column + len(line.strip()) if index == 0 else len(line.rstrip())
    return out


def address_by_line(value: str, columns: tuple[int, ...] | None) -> str:
    """A labelled address: printed one part a line ('Bombardier Aerospace' / '400, chemin ...'), its lines are its
    parts; a line that `_wraps` ('(a) Business address: ..., New' / '    York, NY 10019') or is set in past the value's
    column (`_set_in`) is joined to the one above; an address filled to its column's width is one line
    (kg/forms/roster_filled_address.py)."""
    from kg.forms.roster_filled_address import filled_address, run_in_address
    if (filled := filled_address(value, columns)) is not None or (filled := run_in_address(value, columns)) is not None:
        return _POSTAL_STOP.sub("", filled)
    if len([x for x in value.split("\n") if x.strip()]) == 1:
        return _POSTAL_STOP.sub("", value)  # (one printed line: '... New York 10270.' the sentence's stop is no part of it)
    lines: list[str] = []
    wraps = [wrap or _set_in(line, columns) for line, wrap in
             zip((x for x in value.split("\n") if x.strip()), _wraps(value, columns))]
    for line, wrap in zip((x for x in value.split("\n") if x.strip()), wraps):
        if wrap and lines:
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return "\n".join(lines) if any(wraps[1:]) else value


_POSTAL_STOP = re.compile(r"(?<=\d)\.(?=\s*$)")  # a full stop after the postal code that closes a run-in address


def _set_in(line: str, columns: tuple[int, ...] | None) -> bool:
    """A line set in one to four columns past the value's column: a hanging indent's wrapped line ('National Bureau
    of Economic' / '  Research, Inc.')."""
    return columns is not None and columns[1] < len(line) - len(line.lstrip(" ")) <= columns[1] + MAX_SET_IN


def under_themselves(text: str, start: int, end: int, blocks: list) -> None:
    """Where labelled values start at one column (each such column apart) and their lines wrap under themselves at that
    column ('Principal occupation ..... Chairman and Chief Executive' / '      Officer of Lam Research'), the values'
    width is that of the column's longest line, not the page's: a line at the column whose first word would have
    fitted on the line above starts a new item, one whose first word would not is a wrap (`_wraps`). Not where the
    values at that column wrap with a hanging indent ('President and CEO, National Bureau of' / '  Economic
    Research'): a line at the column then opens an item, whatever its length."""
    from kg.forms.roster_filled_address import fill_width
    found = [c for block in blocks for c in block.columns.values()]
    if any(c[3:] == (True,) for c in found if c):
        return
    lines = text[start:end].split("\n")
    for column in sorted({c[1] for c in found if c}):  # (a value printed under its label has no column: None)
        at_column = [line.rstrip() for line in lines
                     if len(line) > column and line[column] != " " and line[column - 1] == " "]
        under = [line for line in at_column if not line[:column].strip()]  # (the lines a value wraps onto)
        if len(under) < 2 or _hangs_from(lines, column):
            continue
        width = max(len(line) for line in at_column)
        filled = fill_width(lines, column)  # (an address: a part a line, unless filled to the width: False)
        for block in blocks:
            block.columns = {field: ((c[0], c[1], width, True) if field != "address" else (c[0], c[1], filled, False))
                             if c and c[1] == column else c for field, c in block.columns.items()}


def _hangs_from(lines: list[str], column: int) -> bool:
    """The values at `column` wrap with a hanging indent: a line blank up to one to four columns past `column`
    follows a line with text at `column` (its wrap, set in)."""
    for above, line in zip(lines, lines[1:]):
        depth = len(line) - len(line.lstrip(" "))
        if line.strip() and column < depth <= column + MAX_SET_IN and len(above) > column and above[column] != " " \
                and above[column - 1] == " ":
            return True
    return False

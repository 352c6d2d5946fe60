"""The lines of a labelled block's lead (the lines under the name before its first label) typed with a hanging
indent: each item's first line at the lead's margin, the words it wraps onto set in under it by a few spaces
(issue 13, round 56a; ConAgra Foods' indented entries):

    Andre Desmarais
        Co-Chief Executive Officer, Power Corporation of
          Canada
        Chairman, Power Tech
        751 Victoria Square

Read line by line, 'Canada' is an item of its own (or the address's first line) and the line above ends inside an
organisation's name. Where the lead itself shows the hang - its first line at the margin, every other line at the
margin or set in by one same indent of 1-4 spaces, and a line at the margin again after a set-in line - a set-in
line goes on with the line above it. Otherwise the lines are the lead's lines as printed (stripped)."""
from __future__ import annotations

MAX_INDENT = 4  # spaces a wrapped line stands in from its item's first


def printed_lines(lead: list[str]) -> list[str]:
    """The lead's lines as printed, stripped."""
    return [line.strip() for part in lead for line in part.split("\n") if line.strip()]


def lead_hangs(lead: list[str]) -> bool:
    """The lead shows a hanging indent: each line at its margin opens an item."""
    return (indented := _indented(lead)) is not None and _hangs(indented)


def lead_lines(lead: list[str]) -> list[str]:
    """The lead's lines, stripped; a hanging-indented wrap joined to the line it goes on from."""
    if not lead_hangs(lead):
        return printed_lines(lead)
    indented = _indented(lead)
    margin, items = indented[0][0], []
    for indent, text in indented:
        if indent == margin or not items:
            items.append(text)
        else:
            items[-1] = f"{items[-1]} {text}"
    return items


def _indented(lead: list[str]) -> list[tuple[int, str]] | None:
    """(indent, text) of each line of the lead; None where a part's first line is not a whole line (it goes on
    from the name's line or a label's: its indent is not printed)."""
    lines = []
    for part in lead:
        pieces = part.expandtabs(8).split("\n")
        if pieces[0].strip():
            return None
        lines += [(len(piece) - len(piece.lstrip()), piece.strip()) for piece in pieces[1:] if piece.strip()]
    return lines or None


def _hangs(lines: list[tuple[int, str]]) -> bool:
    """The first line at the margin (the least indent), every other line there or set in by one same indent of
    1-4 spaces, and a line at the margin after a set-in line."""
    margin = lines[0][0]
    depths = {indent - margin for indent, _ in lines} - {0}
    if len(depths) != 1 or not 1 <= min(depths) <= MAX_INDENT or min(indent for indent, _ in lines) != margin:
        return False
    return any(a > margin and b == margin for (a, _x), (b, _y) in zip(lines, lines[1:]))

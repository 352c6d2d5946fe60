"""A table of person cards, each cell ONE person's whole entry, shown one card after another.

A designer's HTML may set a list of directors as a grid of cards: each table cell holds one person's entry (the
name on its first line, the titles, labelled values and address lines under it, apart by `<br>` or paragraphs)
and each row two or three cards side by side, with no header row. kg.read.html joins a row's cells by ' | '
on one line, so the table readers would take the first card for a name column and the others for its values,
on the wrong person. A card is an entry of its own: read as a stacked block, never across cells.

A run of table rows (lines joined by ' | ', next to each other) is shown as cards only when every row of it
has two cards or more and every printed cell of every row is a card: more than one line, the first a person's
name (a row number before it allowed: '1. Laurent Dassault'). A header row, a cell opening with a title or an
address, or a one-line cell leaves the whole run as it is. Each card's lines are shown one a line, a blank line
after each card, in reading order (left to right, then down), without the characters no one sees (a zero-width
space, a soft hyphen); every character shown maps back to the document.
"""
from __future__ import annotations

import bisect
from array import array

from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.roster_marks import without_glued_signs
from kg.forms.roster_name_label_rows import Piece, name_label_card
from kg.forms.roster_view import MappedView
from kg.read.clean import INVISIBLE
from kg.read.html_stream import DELIMITER


def _cells(line_start: int, line: str, breaks: list[int]) -> list[list[Piece]]:
    """A row's cells, each as its lines with their text indexes (empty lines and cells left out)."""
    cells, position = [], line_start
    for part in line.split(DELIMITER):
        cuts = breaks[bisect.bisect_left(breaks, position):bisect.bisect_left(breaks, position + len(part))]
        pieces, last = [], 0
        for cut in [b - position for b in cuts] + [len(part)]:
            piece = part[last:cut]
            if piece.strip():
                pieces.append((position + last + len(piece) - len(piece.lstrip()), piece.strip()))
            last = cut + 1
        if pieces:
            cells.append(pieces)
        position += len(part) + len(DELIMITER)
    return cells


def _card(cell: list[Piece]) -> bool:
    """A cell holding one person's entry: more than one line, the first a person's name (read without the
    characters no one sees and a footnote sign glued to it: 'Ja\u200bmes W. Bagley', 'Lars Green(1)')."""
    first = "".join(c for c in cell[0][1] if c not in INVISIBLE) if len(cell) > 1 else ""
    return bool(first) and rt.is_person_name(without_glued_signs(rt.strip_numbering(first)[0], 0, len(first)).strip())


def _card_rows(text: str, breaks: list[int]) -> list[tuple[int, int, list[list[Piece]]]]:
    """(start, end, cards) of the rows of every run of table rows that is all cards (above), and of each other row
    that is a name beside its labelled lines (kg.forms.roster_name_label_rows), one card."""
    found, run, start = [], [], 0
    for line in text.split("\n") + [""]:
        if DELIMITER in line:
            run.append((start, start + len(line), _cells(start, line, breaks)))
        else:
            if run and all(len(cells) > 1 and all(_card(cell) for cell in cells) for _s, _e, cells in run):
                found += run
            else:
                found += [(s, e, [card]) for s, e, cells in run if (card := name_label_card(cells)) is not None]
            run = []
        start += len(line) + 1
    return found


class CardView(MappedView):
    """The document's text with each row of cards shown as its cards, one after another (above)."""

    def __init__(self, ctx: Context, rows: list[tuple[int, int, list[list[Piece]]]]) -> None:
        text, pieces, back = ctx.text, [], array("q")
        self.rows = [(start, end) for start, end, _cells in rows]
        at = 0
        for start, end, cards in rows:
            pieces.append(text[at:start])
            back.extend(range(at, start))
            if len(cards) == 1 and start > 1 and text[start - 2:start] != "\n\n":  # (a name beside its labelled lines
                pieces.append("\n")  # set apart above, as a labelled block is: a section row over it is no preamble's
                back.append(start)
            for number, card in enumerate(cards):
                for index, (source, line) in enumerate(card):
                    if number or index:
                        pieces.append("\n\n" if index == 0 else "\n")
                        back.extend([source] * (2 if index == 0 else 1))
                    shown = [(at, c) for at, c in enumerate(line, source) if c not in INVISIBLE]  # (not displayed)
                    pieces.append("".join(c for _at, c in shown))
                    back.extend(at for at, _c in shown)
            pieces.append("\n")  # (a blank line after the row's last card too)
            back.append(end)
            at = end
        pieces.append(text[at:])
        back.extend(range(at, len(text)))
        self.raw, self.back = "".join(pieces), back
        self.ahead = array("q", [-1] * (len(text) + 1))
        for view_at, source in enumerate(back):
            if self.ahead[source] < 0 or text[source] != "\n":  # (a row's end: the view's line end after its cards)
                self.ahead[source] = view_at
        for start, end in self.rows:  # (the row's delimiters, breaks and unseen characters: the next place shown)
            for source in range(end - 1, start - 1, -1):
                if self.ahead[source] < 0 or text[source] in " |":
                    self.ahead[source] = self.ahead[source + 1]
        self.ahead[len(text)] = len(back)

    def notes(self, ctx: Context) -> dict:
        return self.notes_outside(ctx, self.rows)


def card_view(ctx: Context) -> CardView | None:
    """The view showing the document's grids of cards card by card; None when it has none."""
    if not ctx.cell_breaks or len(ctx.raw) != len(ctx.text):
        return None
    rows = _card_rows(ctx.text, sorted(ctx.cell_breaks))
    return CardView(ctx, rows) if rows else None

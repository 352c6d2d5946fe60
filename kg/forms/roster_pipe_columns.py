"""Columns of an HTML table saved as text one cell a line between '|' lines (kg/forms/roster_pipecells.py) that the
cells' lines show:

- a number column ('No.' over '(1)', '(2)' ...) before the name column is no column of the roster: its caption and
  its marks (each right before a person's name) are passed over;
- a saved border between two rows (a line of underscores alone) is no cell;
- an address cell's lines are the address's lines where the cell shows a whole address (a city's line, or a country
  last), else one line as before ('The St. Paul' / 'Travelers': a cell cut short); a US postal code alone goes on the
  line above (the saved cell wrapped 'Chicago, Illinois 60601');
- a titles cell's lines are its titles where the column shows it: a line that could not have gone on the line above
  (a greedy wrap at the column's longest line would have put its first word there) opens a title of its own
  (kg.forms.roster_pipe_items, with the column's width, not the cell's), and so does a whole title after a line
  ending whole, in a cell of whole titles only ('Chairman of the Board' / 'Treasurer'); any other cell that cannot be
  told is refused ('Member' / 'Emeritus').
"""
from __future__ import annotations

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_pipe_items import cell_items
from kg.forms.roster_rules import rules
from kg.forms.roster_wrap import ends_whole

Cell = tuple[str, tuple[int, int], list[tuple[str, tuple[int, int]]]]


def is_border(line: str) -> bool:
    """A saved border between two rows ('______________________________')."""
    return bool(rules().pipe_border.fullmatch(line.strip()))


def without_numbers(cells: list[Cell]) -> list[Cell]:
    """The cells without a number column: where the first caption is a number's ('No.') and the next a name's,
    that caption (and each time the captions are printed again) and every number mark right before a person's
    name ('(1)') go; other tables are as they were."""
    if len(cells) < 2 or not _number_caption(cells, 0):
        return cells
    kept = []
    for index, cell in enumerate(cells):
        if _number_caption(cells, index) or _number_mark(cells, index):
            continue
        kept.append(cell)
    return kept


def _number_caption(cells: list[Cell], index: int) -> bool:
    return index + 1 < len(cells) and bool(rules().pipe_number_caption.fullmatch(cells[index][0])) \
        and bool(rules().column_roles["name"].match(cells[index + 1][0]))


def _number_mark(cells: list[Cell], index: int) -> bool:
    return index + 1 < len(cells) and bool(rules().pipe_number_mark.fullmatch(cells[index][0])) \
        and rt.is_person_name(cells[index + 1][0])


def address_value(lines: list[str], width: int = 0) -> str:
    """An address cell's lines: where the cell shows a whole address (a city's line, 'Chicago, Illinois 60601', or a
    country alone last, 'MONACO'), each line is one of its lines ('\\n' between them; a postal code alone goes on the
    line above: 'Chicago, Illinois' / '60601'); a cell cut short ('The St. Paul' / 'Travelers') is one line, as
    before; so is a cell that prints the address's own breaks as commas and breaks its lines only where the column,
    `width` wide (its longest line), wrapped them ('767 Fifth Avenue, New' / 'York, NY 10153')."""
    if _wrapped_at_commas([line.strip() for line in lines if line.strip()], width):
        return " ".join(line.strip() for line in lines if line.strip())
    pieces: list[str] = []
    for line in (line.strip() for line in lines):
        if pieces and rules().address_goes_on.fullmatch(line):
            pieces[-1] = f"{pieces[-1]} {line}"
        elif line:
            pieces.append(line)
    whole = any(rt.is_city_line(piece) for piece in pieces) or bool(pieces) and _country_alone(pieces[-1])
    return ("\n" if whole else " ").join(pieces)


def _wrapped_at_commas(texts: list[str], width: int) -> bool:
    """Lines that show the address's breaks as commas (one ending on a comma before the last, or a comma inside a line
    before what no address line keeps after one: not 'Inc.', 'Suite 500', nor a city's 'Boise, ID 83716') and break
    nowhere a greedy wrap at the column's `width` would not have (the next line's first word would not fit)."""
    if len(texts) < 2 or not width:
        return False
    commas = any(text.endswith(",") for text in texts[:-1]) or any(_comma_inside(text) for text in texts)
    return commas and all(len(above) + 1 + len(below.split()[0]) > width for above, below in zip(texts, texts[1:]))


def _comma_inside(text: str) -> bool:
    kept = rules().address_kept_after_comma
    return not rt.is_city_line(text) and any(part.strip() and not kept.fullmatch(part.strip())
                                             for part in text.split(", ")[1:])


def _country_alone(piece: str) -> bool:
    """A line that is a country's name alone ('United Kingdom', 'MONACO' in capitals)."""
    piece = piece.title() if piece.isupper() else piece
    country = rf.find_country(piece)
    return bool(country and country.group(0) == piece)


def title_items(lines: list[str], width: int) -> str | None:
    """A titles cell's titles joined by '; ' (a wrapped title's lines by a space), telling a break from a wrap at the
    column's `width` (its longest line); where the width does not show it, a cell every line of which is a whole
    title of its own, opening with a capital after a line that ends whole ('Executive Vice President' / 'Chief
    Financial Officer'), is one title a line; None where a break cannot be told."""
    items = cell_items(lines, False, width)
    if items is not None:
        return items
    texts = [line.strip() for line in lines if line.strip()]
    if all(rt.is_title(text) and ends_whole(text) and text[:1].isupper() for text in texts) \
            and not any(rules().item_unfinished.search(text) for text in texts):
        return "; ".join(texts)
    return None

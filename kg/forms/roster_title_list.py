"""A person's cell of titles is no heading (kg.forms.roster_preamble).

The preamble's reader takes the bodies a roster lists from its short lines too ('DIRECTORS', 'EXECUTIVE OFFICERS
OF X'). A line of titles joined by ';' where one of them names no body ('Directors; Chairman of the Board', one
person's Position cell of an HTML table saved as text, a cell a line) is that person's cell: its 'Directors' lists
no body of the roster, or every officer under it would be read as sitting on the board. Items that all name bodies
('DIRECTORS; OFFICERS') stay a heading.
"""
from __future__ import annotations

from kg.forms import roster_types as rt


def is_title_list(line: str) -> bool:
    """True for a ';'-joined list of titles of which at least one names no body."""
    items = [item.strip() for item in line.split(";") if item.strip()]
    return len(items) > 1 and all(rt.is_title(item) for item in items) \
        and any(rt.body_of(item) is None for item in items)

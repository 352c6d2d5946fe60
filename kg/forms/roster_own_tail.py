"""A cell of titles closed by the listed organisation's name after a comma ('President, Chief Executive Officer and
Director, Southwestern Energy Company.'), or of such sentences one after another ('Director, Power Corporation of
Canada. President and Co-Chief Executive Officer, Power Corporation of Canada.'): each title is held there. Where every
title before the name is a whole title (kg.forms.roster_positions), the cell is read as one item per title, each with
the name ('President, Southwestern Energy Company; Chief Executive Officer, Southwestern Energy Company; ...')."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_positions import split_positions

_KEYS = ("title", "position")


def own_tail_off(fields: dict[str, str], names: list[str]) -> None:
    """Give each title the listed organisation's name (one of `names`) that closes the title or position cell, or
    each of its sentences, after a comma, where what stands before it is titles only, two or more in all; the fields
    are changed in place."""
    for key in (k for k in _KEYS if fields.get(k) and ";" not in fields[k] and "\n" not in fields[k]):
        for name in (n.strip(" .") for n in names if n and len(n.strip(" .")) >= 3):
            if (items := _items(fields[key], name)) is not None:
                fields[key] = "; ".join(items)
                break


def _items(cell: str, name: str) -> list[str] | None:
    """'<title>, <name>' for each title of each sentence of `cell`, or None where a sentence is not titles and the
    name, or where one title only stands in all."""
    named = r",\s+(?:the\s+)?(?P<name>" + r"\s+".join(map(re.escape, name.split())) + r")\.?"
    sentences = re.split(r"(?<=" + re.escape(name.split()[-1]) + r")\.\s+(?=[A-Z])", cell.strip())
    items = []
    for sentence in sentences:
        found = re.fullmatch(r"(?P<titles>.+?)" + named + r"\s*", sentence, re.I)
        titles = split_positions(found.group("titles")) if found else []
        if not titles or not all(rt.is_title(title) for title in titles):
            return None
        items += [f"{title}, {found.group('name')}" for title in titles]
    return items if len(items) > 1 else None

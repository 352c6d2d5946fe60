"""Whose roster a heading names on a line of its own right over the line of the bodies it lists, with no 'of'
between ('American International Group, Inc.' / 'Directors and Executive Officers', a heading block of those two
lines alone): that line, when it names an organisation (kg.forms.roster_types.is_organization), no title and no
label ('Position with X, Inc.:' over 'Directors' is a field's). Read before the heading's lines are joined:
'Power Corporation of Canada' over the bodies names no roster 'of Canada'."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt

_BODY = r"(?:(?:executive|senior|principal)\s+)?(?:officers|directors|trustees|managers|general\s+partners|managing\s+members)"
_BODIES_LINE = re.compile(rf"(?:the\s+)?{_BODY}(?:\s*(?:,|,?\s*and|&)\s*{_BODY})*", re.I)
_HEADING_BLOCKS = 3  # (the heading's blocks, over the table)
_NAME_WORD = re.compile(r"(?:of|and|the|for|de|du|des|la|le|von|van|&)$|[^a-z]")  # (a lower-case word in a name)


def _is_owner(line: str) -> bool:
    """The line names an organisation only: no label colon, no title, no lower-case word but a name's own."""
    return (not line.endswith(":") and rt.is_organization(line) and not rt.is_title(line)
            and all(_NAME_WORD.match(word) for word in line.split()))


def owner_over_bodies(text_after: str) -> str | None:
    """The first line of a heading block of two lines whose second holds the bodies alone, in the blocks above the
    first table row (a ' | ' cell separator or a column gap ends the search); None where there is none."""
    for block in re.split(r"\n\s*\n", text_after.strip())[:_HEADING_BLOCKS]:
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if any(" | " in line or re.search(r"\S {2,}\S", line) for line in lines):
            return None  # (a table's rows: other organisations)
        if len(lines) == 2 and _BODIES_LINE.fullmatch(lines[1]) and _is_owner(lines[0].rstrip(" ,")):
            return lines[0].rstrip(" ,")
    return None

"""Lines of a stacked lead that are no item of the titles list and not certain what they are (issue 13, precision
first). In a lead printed one item a line ('Howard P. Berkowitz' / 'Director, The St. Paul Travelers Companies, Inc.'
/ 'Chief Executive' / 'HPB/Blackrock' / 'Citizenship: United States'), a line whose first word would have fitted on
the line above was set on a line of its own by choice, so it does not wrap that line; where it opens with no title it
is no item of the list either: an employer's name, an address's first line ('2715 Farmington Heights'), the words of
a firm ('Skadden' / 'Arps' / 'Slate'). Joined to the occupation above it would make a wrong value ('Chief Executive
HPB/Blackrock'); it is left out, with the lines under it that open no title. A line opening in lower case, or under
a line ending in a connector ('Chairman of the Board of' / 'Trustees'), goes on from the line above as before."""
from __future__ import annotations

import re

from kg.forms.roster_hanging import _opens_title
from kg.forms.roster_own import LEGAL

_GOES_ON = re.compile(r"(?:[,&/-]|\b(?:and|of|for|the|to|at|in|with|&))\s*$", re.I)


def without_unread(lines: list[str], width: int) -> list[str]:
    """`lines` (a lead's, stripped; the first the titles in the listed organisation) less each line past the first
    that neither opens a title nor may wrap the line above it within `width` (the widest lead line of the roster),
    and the lines after it up to the next that opens a title."""
    kept, leaving = lines[:1], False
    for above, line in zip(lines, lines[1:]):
        if _opens_title(line) or line[:1].islower():
            leaving = leaving and not _opens_title(line)
        elif not leaving and not _GOES_ON.search(above) \
                and (len(above) + 1 + len(line.split()[0]) <= width or LEGAL.search(above)):
            leaving = True
        if not leaving:
            kept.append(line)
    return kept

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
from kg.forms.roster_types import is_organization

_GOES_ON = re.compile(r"(?:[,&/-]|\b(?:and|of|for|the|to|at|in|with|&))\s*$", re.I)


def without_unread(lines: list[str], width: int) -> list[str]:
    """`lines` (a lead's, stripped; the first the titles in the listed organisation) less each line past the first
    that neither opens a title nor may wrap the line above it within `width` (the widest lead line of the roster),
    and the lines after it up to the next that opens a title."""
    kept, leaving = lines[:1], False
    for at, (above, line) in enumerate(zip(lines, lines[1:]), start=1):
        opens = _opens_item(line, lines[at + 1] if at + 1 < len(lines) else "")
        if opens or line[:1].islower():
            leaving = leaving and not opens
        elif not leaving and not _GOES_ON.search(above) \
                and (len(above) + 1 + len(line.split()[0]) <= width or LEGAL.search(above)):
            leaving = True
        if not leaving:
            kept.append(line)
    return kept


def _opens_item(line: str, below: str) -> bool:
    """A line that opens an item of the titles list: a title ('Chief Executive'), or an occupation that names a
    person by their work and no organisation ('Self Employed Businessman'; never 'Smith Barney Consulting Group', nor
    the first line of one the line `below` closes: 'The Economist Newspaper' over 'LTD')."""
    from kg.forms.roster_junk import junk_rules  # (roster_junk imports the guard that imports the readers)
    patterns = junk_rules()
    return _opens_title(line) or bool(patterns["occupation_nouns"].search(line)) \
        and not patterns["name_organization_words"].search(line) and not is_organization(line) \
        and not (below and is_organization(f"{line} {below}"))

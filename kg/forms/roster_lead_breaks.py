"""Where a labelled block's lead (the lines under the name before its first label, read as items by
kg/forms/roster_lead_items.lead_titles) breaks on purpose: a line whose first word would have fitted on the line
above, within the widest lead line of the roster, is no wrap of it ('Chief Executive' / 'HPB/Blackrock',
'Director of Fairchild Corporation' / 'Caplin & Drysdale': an employer's or an address's line under an occupation,
each line of an HTML paragraph ended by <br>). Such a line starts a piece of its own, never words run onto the
item above; the line above running on (',', 'of', 'and' ... at its end) or the line opening with a word that
goes on ('and', 'of', 'for' ... in small letters) or with '(' is a wrap whatever the width, as before. What each piece is, an item or a line of another field, is the
entry's checks' to say (kg/forms/roster_junk.py leaves out a line with no word of a title or an occupation); lines
that hold no such word, one after another, stay one piece; lines that run into a street or postal line (an
address no reader took) are cut only where each piece above it opens with a title ('Retired Chairman' / '2715
Farmington Heights'; never 'The Economist Newspaper' / 'LTD' / '25 St. James's Street')."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt

_RUNS_ON = re.compile(r"(?:[,&(/-]|\b(?:and|or|of|for|the|to|at|in|with|on|a|an))\s*$", re.I)
_GOES_ON = re.compile(r"[(&,;:.)/-]|(?:and|or|of|for|the|to|at|in|with|on|a|an|as|by|from|since|until)\b")  # (in small
# letters: 'and Chief Executive Officer', 'of the Board'; a line opening in small letters with any other word,
# 'formerly Co-Chairman of ...', 'main board member of ...', is an item of its own)


def on_purpose(lines: list[str], width: int) -> list[list[str]]:
    """`lines` cut into pieces at each line that cannot be the end of the line above, wrapped."""
    from kg.forms.roster_junk import holds_occupation
    pieces: list[list[str]] = []
    for index, line in enumerate(lines):
        if pieces and (may_wrap(lines[index - 1], line, width) or not any(
                holds_occupation(piece_line) for piece_line in pieces[-1] + [line])):
            pieces[-1].append(line)  # (lines of another field one after another stay one piece: 'The Economist
        else:  # Newspaper' / 'LTD' / '25 St. James's Street', an address the entry's checks leave out whole)
            pieces.append([line])
    street = next((i for i, piece in enumerate(pieces) if any(rt.is_address_line(line) for line in piece)), None)
    if street and not all(rt.is_title(piece[0].split(",")[0]) for piece in pieces[:street]):
        return [lines]  # (an address no reader took under lines that open with no title, 'The Economist Newspaper' /
    return pieces  # 'LTD' / '25 St. James's Street': one piece, as before, that the entry's checks leave out whole)


def may_wrap(above: str, line: str, width: int) -> bool:
    words = line.split()
    return not words or len(above) + 1 + len(words[0]) > width or bool(_RUNS_ON.search(above)) \
        or bool(_GOES_ON.match(line))

"""An officer's role-first line wrapped over several lines in a numbered entity roster (see roster_entities):

    (c) Director, Executive Officer, President and
        Co-Chief Executive Officer:  Mr. Paul
        Desmarais, Jr.

The role's first line is at the entry's margin, its continuation lines indented under it, with no blank line
between them; the 'Title:  Name' match falls on a continuation line. The whole role is the lines from the first
to the colon, the whole name the value and the continuation lines right under it (no label). A match whose line
continues text above that does not make a title with it is refused (None): 'President:  Mr. Marianne Quinn'
under 'Director, Executive Officer and Senior Vice' is no 'President'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.forms import roster_types as rt
from kg.forms.roster_bullets import bullet_rules
from kg.forms.roster_rules import rules
from kg.read import clean


@dataclass
class Officer:
    title: str  # the whole role, white space folded
    value: str  # the printed value as in the source (line breaks kept)
    value_start: int  # the value's offset in the source
    first: int  # index of the role's first line in the body
    last: int  # index of the value's last line in the body
    indent: int  # the role's first line's indent (the entry's margin)


def officer_at(text: str, body: list, index: int) -> Officer | None:
    """The officer whose 'Title:  Name' match is on body[index] (object with .start, .text, .indent), or None
    where that line is no officer line or its reading is not certain."""
    line = body[index]
    officer, under = rules().entity_officer.match(line.text), None
    if officer is None and line.text.rstrip().endswith(":") and index + 1 < len(body) \
            and _continues(body[index + 1], line.indent) and ":" not in body[index + 1].text:
        under = body[index + 1]  # ('Director and Chairman of the Board:' with the name wholly on the line under it)
        officer = rules().entity_officer.match(line.text.rstrip() + " " + under.text.strip())
    if officer is None and line.text.lstrip()[:1].islower():  # ('and President:  Mr. X', 'the Board:  Mr. Y': a
        shown = line.text[:line.indent] + line.text[line.indent].upper() + line.text[line.indent + 1:]  # wrap only)
        officer = rules().entity_officer.match(shown) if (_wrap_start(body, index) or index) < index else None
    if not officer or _is_label(officer.group("title")):
        return None
    first = _wrap_start(body, index)
    if first is None:
        return None
    printed = line.text[officer.start("title"):officer.end("title")]  # (as printed: 'and President', not 'And')
    title = clean.squash(" ".join(body[i].text for i in range(first, index)) + " " + printed) or ""
    if first < index:
        title = re.sub(r"^\((?:\d{1,3}|[a-z]{1,3})\)\s+", "", title)  # (the entry letter of the first line)
    if not rt.is_title(title):
        return None
    last, margin = index + (under is not None), body[first].indent
    while last + 1 < len(body) and _continues(body[last + 1], margin):
        last += 1
    value_start = under.start + under.indent if under is not None else line.start + officer.start("value")
    value_end = body[last].start + len(body[last].text.rstrip()) if last > index else line.start + officer.end("value")
    return Officer(title, text[value_start:value_end], value_start, first, last, margin)


def _wrap_start(body: list, index: int) -> int | None:
    """The index of the role's first line: `index` where the line above is blank or another kind of line;
    where the line above is printed text and this line is indented deeper, the line above (a wrap) if that line
    is no label, no heading and no officer line itself; None where that cannot be told."""
    depth, first = body[index].indent, index
    while first > 0 and body[first - 1].text.strip() and body[first - 1].indent == depth \
            and not body[first - 1].text.rstrip().endswith(":") and ":" not in body[first - 1].text:
        first -= 1  # (a continuation line above at the same depth)
    above = body[first - 1] if first > 0 else None
    if above is not None and bullet_rules()["rule"].fullmatch(above.text):
        above = None  # (a rule of dashes between two persons stands as a blank line does)
    if above is None or not above.text.strip() or above.indent > depth or ":" in above.text:
        return index if first == index else None  # (a blank, a field of the entry above, a label or heading above)
    if above.text.rstrip().endswith(".") or first - 1 > 0 and body[first - 2].text.strip():
        return None  # (a sentence above, or a line that opens no entry: not certain)
    if re.search(r"\bof\b", above.text) and any(pattern.search(above.text) for pattern, _b in rules().body_headings):
        return None  # ('Directors and Executive Officers of X' over the list with no colon: a heading, maybe)
    return first - 1


def _continues(line, margin: int) -> bool:
    """A line right under a role line that carries on its value: printed, indented past the role's margin, and
    no label of a field."""
    stripped = line.text.strip()
    return bool(stripped) and line.indent > margin and not rules().entity_label.match(stripped)


def _is_label(title: str) -> bool:
    return any(pattern.search(title + ":") for pattern in rules().labels.values())

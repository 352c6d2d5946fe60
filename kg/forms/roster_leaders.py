"""Dot-leader rosters: each entry opens with one line joining a title and a name by a row of dots
('President and Chief Executive Officer ........ John A. Smith', or the name first and the title on the
right), the rest of the entry in an indented paragraph below it ('Present principal occupation: ...;
business address: ...; citizenship: ...').

The leader line is the entry's start: the side that is a person's name (and only that side) is the
entry's anchor, the other side its title (left out, with a finding, when it reads as no title); a title
too long for its line wraps onto the lines right above the leader line, printed at the leader line's margin.
The paragraph below belongs to that entry up to the next entry's first line. The paragraph is read only as labelled statements kg knows
(kg/patterns/roster.yml `labels`), each opening the paragraph or following a ';' or '.'; a paragraph
that says anything else is left out, named in the entry's doubts (a `roster-ambiguous` finding).
A leader line whose sides are both names, or neither, starts no entry: the roster is not read this way.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_rules import rules
from kg.read import clean

_LEADER = re.compile(r"^(?P<indent>[ \t]*)(?P<left>\S[^\n]*?)(?:[ \t]+\.{3,}|\.{4,})[ \t]+(?P<right>\S[^\n]*?)[ \t]*$")
_RULE = re.compile(r"[-_=*. \t]*|<PAGE>|[ \t]*-?\s*\d{1,3}\s*-?[ \t]*")  # a rule, a page marker, a page number
_ABBREVIATION = re.compile(r"(?:(?<![\w.])(?:[A-Za-z]{1,3}\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|St|Ave)\.)$")
_STATEMENT_START = re.compile(r"(?:^|[;.])\s*$")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")
_HYPHEN_WRAP = re.compile(r"(?<=[^\W\d_]-)[ \t]*\n[ \t]*(?=[^\W\d_])")  # 'Monte-' / 'Carlo': one word
_INITIAL = re.compile(r"(?:\b[A-Z]|(?<![\w.])(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|St|Ave|No))$")


def read_leaders(text: str, start: int, end: int) -> list[Entry] | None:
    """Entries of a dot-leader roster in text[start:end], or None when it is not one (fewer than two leader
    lines that start an entry, a leader line that could be read two ways, or much text outside entries)."""
    if len(re.findall(r"\.{4,}[ \t]+\S", text[start:end])) < 2:
        return None  # (a cheap test first)
    lines = _lines(text, start, end)
    heads = {}
    for index, (s, _e, line) in enumerate(lines):
        if _RULE.fullmatch(line.strip()) or not (match := _LEADER.match(line)):
            continue
        head = _head(match, s)
        if head is None:
            return None  # a leader line that names two people or none: not read this way
        head["line"] = index
        heads[index] = head
    if len(heads) < 2:
        return None
    starts = {_title_start(lines, index): index for index in heads}
    entries, others, current = [], 0, None
    for index, (s, e, line) in enumerate(lines):
        if index in starts:
            if current:
                entries.append(_entry(text, *current))
            current = [heads[starts[index]], [], s, e]
        if current and index <= current[0]["line"]:
            current[0]["title_lines"].append(line)
            current[3] = e
            continue
        if not line.strip() or _RULE.fullmatch(line.strip()):
            continue
        if current and _wraps_title(current, line):
            current[0]["title_more"].append(line.strip())  # a title on the right wrapping under itself
            current[3] = e
            continue
        if current and len(line) - len(line.lstrip()) > current[0]["indent"]:
            current[1].append((s, e))  # the paragraph under the leader line
            current[3] = e
            continue
        if current:
            entries.append(_entry(text, *current))
            current = None
        others += bool(entries)
    if current:
        entries.append(_entry(text, *current))
    if len(entries) < 2 or others > 0.4 * len(entries):
        return None
    return entries


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, line) of every line of text[start:end], indentation kept."""
    out, at = [], start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        out.append((at, stop, text[at:stop].rstrip()))
        at = stop + 1
    return out


def _head(match: re.Match, line_start: int) -> dict | None:
    """The name's side and span of a leader line; None when both sides or neither read as a person's name."""
    left, right = match.group("left"), match.group("right")
    left_name = rt.is_person_name(rt.strip_numbering(left)[0])
    right_name = rt.is_person_name(right)
    if left_name == right_name:
        return None
    side, other = ("right", "left") if right_name else ("left", "right")
    name, title = match.group(side), match.group(other)
    cut = rt.strip_numbering(name)[1] if side == "left" else 0
    return {"name": name[cut:], "name_span": (line_start + match.start(side) + cut, line_start + match.end(side)),
            "title": title, "side": side, "indent": len(match.group("indent")), "title_lines": [],
            "line": None, "title_column": match.start("right"), "title_more": []}


def _wraps_title(current: list, line: str) -> bool:
    """A line right under a leader line whose title is on the right, printed at that title's column and
    holding no label: the title wrapping under itself ('Chairman of the Board; Chief' / 'Executive Officer')."""
    head, body = current[0], current[1]
    return (head["side"] == "left" and not body and len(line) - len(line.lstrip()) == head["title_column"]
            and not any(pattern.search(line) for pattern in rules().labels.values()))


def _title_start(lines: list, index: int) -> int:
    """The first line of the title that ends on leader line `index`: the lines right above it, at its margin,
    when the name is on the right (a title on the left wraps above its leader line)."""
    head = lines[index][2]
    indent = len(head) - len(head.lstrip())
    first = index
    while first > 0:
        above = lines[first - 1][2]
        if (not above.strip() or _RULE.fullmatch(above.strip()) or _LEADER.match(above)
                or len(above) - len(above.lstrip()) != indent):
            break
        first -= 1
    return first


def _entry(text: str, head: dict, body: list[tuple[int, int]], start: int, end: int) -> Entry:
    lines = head["title_lines"]
    if head["side"] == "right":
        title = " ".join([*(line.strip() for line in lines[:-1]), head["title"]])
    else:
        title = _HYPHEN_WRAP.sub("", "\n".join([head["title"], *head["title_more"]]))
    title = rt.strip_numbering(clean.squash(title) or "")[0]
    entry = Entry(name=head["name"], name_span=head["name_span"], evidence=(start, end), title_column=True,
                  fields={"position": title} if title and rt.is_title(title) else {})
    if title and not rt.is_title(title):
        entry.doubts.append(title)  # the leader joins the name to something that reads as no title: left out
    if body:
        values = _statements(text, body[0][0], body[-1][1])
        if values is None:
            entry.doubts.append(clean.squash(text[body[0][0]:body[-1][1]])[:120])
        else:
            entry.fields.update(values)
    return entry


def _runs_on(value: str) -> bool:
    """A value with a sentence after its full stop ('Canada. He also serves ...'): more than a label's value."""
    return any(not _INITIAL.search(value, 0, m.start()) for m in _SENTENCE_END.finditer(value))


def _statements(text: str, start: int, end: int) -> dict[str, str] | None:
    """field -> value of a paragraph made only of labelled statements; None when any of it is not."""
    labels = sorted((m.start(), m.end(), field) for field, pattern in rules().labels.items()
                    for m in pattern.finditer(text, start, end))
    if not labels or text[start:labels[0][0]].strip():
        return None
    values: dict[str, str] = {}
    for index, (label_start, label_end, field) in enumerate(labels):
        if field in values or field == "name" or not _STATEMENT_START.search(text[start:label_start]):
            return None
        value_end = labels[index + 1][0] if index + 1 < len(labels) else end
        value = clean.squash(_HYPHEN_WRAP.sub("", text[label_end:value_end])) or ""
        value = value.rstrip(" ;")
        if value.endswith(".") and not _ABBREVIATION.search(value):
            value = value[:-1].rstrip()
        if not value or _runs_on(value):
            return None
        values[field] = value
    return values

"""Name headings over indented title lines and nothing else: the person's name alone on its line (in capitals or
not, lettered 'A.' or numbered '(1)' or not), then one title held in the organisation a line, each indented deeper
than the name; blank lines or rules between people.

    LARS GREEN                          A. Catherine A. Kehr
        Chair of the Board                      Director
    ----------------------------
    KASIM KUTAY                         I. Bill Way
        Chief Executive Officer                 President
                                                Chief Executive Officer

Every block of the list must fit (after the first entry, a block of another kind is read only where no entry
follows it: the text after the list); a title line that names another company ('Managing Director, Dassault
Investissements'), holds a number or a table's gap, or a line holding no title word is another layout: nothing is
read. A line indented deeper than the title line above it is that title's wrap.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_joined_titles import names_company as _names_company
from kg.forms.roster_rules import rules
from kg.forms.roster_title_lines import _DEBRIS

FEWEST = 2
_MARK = re.compile(r"(?:\((?P<p>[A-Z]|\d{1,3})\)|(?P<d>[A-Z]|\d{1,3})\.)\s+")
_SEPARATOR = re.compile(r"[ \t]*(?:[-=_*][ \t]*){3,}|[ \t]*")


def read_headed_titles(text: str, start: int, end: int) -> list[Entry] | None:
    """The entries of a list of name headings over title lines, or None unless every block in it fits."""
    blocks = _blocks(text, start, end)
    marks = [_MARK.match(block[0][1].strip()) for block in blocks]
    entries: list[Entry | None] = []
    for block, mark in zip(blocks, marks):
        entries.append(_entry(block, mark if _run_in_order(marks, blocks) else None))
    first = next((i for i, entry in enumerate(entries) if entry is not None), None)
    if first is None:
        return None
    last = max(i for i, entry in enumerate(entries) if entry is not None)
    read = entries[first:last + 1]
    if len(read) < FEWEST or any(entry is None for entry in read):
        return None
    return read


def _blocks(text: str, start: int, end: int) -> list[list[tuple[int, str]]]:
    """The runs of lines between blank lines and rules (page furniture left out), each line with its offset."""
    blocks: list[list[tuple[int, str]]] = [[]]
    at = start
    for line in text[start:end].split("\n"):
        if _SEPARATOR.fullmatch(line):
            blocks.append([])
        elif not _DEBRIS.fullmatch(line.strip()):
            blocks[-1].append((at, line))
        at += len(line) + 1
    return [block for block in blocks if block]


def _run_in_order(marks: list, blocks: list) -> bool:
    """The name lines of the blocks read as names are marked 'A.', 'B.', ... or '(1)', '(2)', ... in order."""
    named = [mark for mark, block in zip(marks, blocks) if len(block) > 1 and mark]
    if len(named) < FEWEST:
        return False
    values = [mark.group("p") or mark.group("d") for mark in named]
    firsts = "A" if values[0] == "A" else "1"
    expected = [chr(ord("A") + i) if firsts == "A" else str(i + 1) for i in range(len(values))]
    return values == expected and all(bool(m.group("p")) == bool(named[0].group("p")) for m in named)


def _entry(block: list[tuple[int, str]], mark) -> Entry | None:
    (at, head), rest = block[0], block[1:]
    indent = len(head) - len(head.lstrip())
    name = head.strip()[mark.end():] if mark else head.strip()
    if not rest or not rt.is_person_name(name) or re.search(r"\S {3,}\S", head):
        return None
    titles: list[str] = []
    title_indent = len(rest[0][1]) - len(rest[0][1].lstrip())
    for _at, line in rest:
        deeper = len(line) - len(line.lstrip())
        if deeper <= indent:
            return None
        if titles and deeper > title_indent:
            titles[-1] = f"{titles[-1]} {line.strip()}"  # (a wrapped title)
        else:
            titles.append(line.strip())
    if not all(_is_held_title(title) for title in titles):
        return None
    name_at = at + indent + (mark.end() if mark else 0)
    last_at, last = block[-1]
    return Entry(name=name, name_span=(name_at, name_at + len(name)), evidence=(at, last_at + len(last)),
                 fields={"position": ";".join(titles)})


def _is_held_title(line: str) -> bool:
    """A title held in the organisation: a title word, no other company, no number, no table gap, no label, no
    list of titles run together (';'), no name."""
    return (rt.is_title(line) and not _names_company(line) and not re.search(r"\d|\S {3,}\S|[:;]|\.$", line)
            and not any(pattern.search(line) for pattern in rules().labels.values())  # (a label: 'Title: Director')
            and not rt.is_person_name(line) and len(line.split()) <= 10)

"""A company-by-role matrix: a legend of letters ('A = Chairman, Board of Management / CEO'), a
table whose header is 'Company' and the legend's letters, one row per company and, in each
letter's column, the names of the people who hold that role there (one a line; 'N/A' for none).
This is the officers-and-directors exhibit of holding-company annual reports (Form U5S, Exhibit F).

Each name in a cell is one person of the row's company with the letter's title. Cells are placed
in columns by the table's `<S>`/`<C>` markers (EDGAR's column starts), or else by the header
letter standing over the cell. A row whose names stand in a line group of their own (cells
centred vertically: names, blank lines, then the company) belongs to the one neighbouring company
that has no names; when that is not one company the names are reported, never attached. A cell
line that is not a person's name is reported and left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.forms import roster_types as rt
from kg.forms.roster_fields import bodies_of
from kg.forms.roster_legend import legend
from kg.forms.roster_matrix_wraps import hanging_indent, mend_wrapped
from kg.forms.roster_names import display_name
from kg.read import clean
from kg.records import Person, Span

_HEADER = re.compile(r"^[ \t]*(?:name\s+of\s+)?(?:company|companies|subsidiary|subsidiaries|entity|system\s+company)"
                     r"((?:[ \t]{2,}[A-Z]{1,2}\b)+)[ \t]*$", re.I | re.M)
_MARKERS = re.compile(r"^[ \t]*<S>(?:[ \t]+<C>)+[ \t]*$", re.I | re.M)
_RULE = re.compile(r"^[ \t]*[-=_]{3,}[ \t]*$")
_TAG = re.compile(r"^[ \t]*</?(?:table|caption|page|s|c)>", re.I)
_NONE = re.compile(r"^(?:N/?A|none|-+|--)$", re.I)
_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")  # '(Vorstandsvorsitzender)': the title in the original language
_SEGMENT = re.compile(r"\S+(?: \S+)*")
_NUMBERING = re.compile(r"^\(?\d{1,3}[.)][ \t]+")  # '1. Jane Roe': the numbering is no part of the name


@dataclass
class _Group:
    company: list[tuple[str, Span]] = field(default_factory=list)
    cells: list[tuple[str, str, Span]] = field(default_factory=list)  # letter, text, span
    places: list[tuple[int, int]] = field(default_factory=list)  # (line number, character column) of each cell
    doubtful: set[int] = field(default_factory=set)  # cells that may be one name wrapped at its own indent
    parts: list[list[tuple[str, Span, int]]] = field(default_factory=list)  # each cell's lines (text, span, column)
    after_rule: bool = False  # a rule (not only blank lines) separates it from the group before


@dataclass
class Matrix:
    people: list[Person]
    unassigned: list[tuple[str, Span, str]]  # text, span, why


def read_matrix(text: str, raw: str, start: int, end: int) -> Matrix | None:
    """The people of a company-by-role matrix in text[start:end], or None when there is none."""
    codes = legend(text, start, end)
    header = _HEADER.search(text, start, end) if codes else None  # (one code only after "Legend:")
    if header is None:
        return None
    letters = [(m.group(0), header.start(1) + m.start() - _line_start(text, header.start(1)))
               for m in re.finditer(r"[A-Z]{1,2}", header.group(1))]
    if not letters or any(letter not in codes for letter, _ in letters):
        return None
    columns = _columns(raw if len(raw) == len(text) else text, header.end(), end, letters)
    groups = _groups(text, header.end(), end, columns)
    indent = hanging_indent(groups)  # (a name's wrap set in: kg.forms.roster_matrix_wraps)
    for group in groups:
        mend_wrapped(group, indent)
    titles = _titles(text, start, end, codes)
    result = Matrix([], [])
    for company, cells, doubtful in _rows(groups, result):
        name = clean.squash(" ".join(t for t, _ in company))
        for index, (letter, cell, span) in enumerate(cells):
            if _NONE.match(cell):
                continue
            numbering = _NUMBERING.match(cell)
            if numbering:
                cell, span = cell[numbering.end():], (span[0] + numbering.end(), span[1])
            if index in doubtful:
                result.unassigned.append((cell, span, f"a name of {name!r} may be wrapped over two lines"))
            elif not rt.is_person_name(cell):
                result.unassigned.append((cell, span, f"a cell of {name!r} is not a person's name"))
            else:
                _add_person(result.people, _person(cell, span, name, company, letter, titles))
    return result if result.people or result.unassigned else None


def _add_person(people: list[Person], person: Person) -> None:
    """One person per name and company: a name stacked in two role columns of one company is one
    person holding both roles."""
    same = next((p for p in people if p.name == person.name and p.organization == person.organization), None)
    if same is None:
        people.append(person)
        return
    same.positions += [t for t in person.positions if t not in same.positions]
    same.bodies += [b for b in person.bodies if b not in same.bodies]
    for key, printed in person.printed.items():
        if key not in same.printed:
            same.trace(key, printed, person.spans.get(key))


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _columns(raw: str, start: int, end: int, letters: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """(letter, first character column) of each role column: from the `<C>` markers when there is
    one per letter, else a cell starts at most at its letter (centred headers)."""
    markers = _MARKERS.search(raw, start, min(end, start + 400))
    if markers:
        line = markers.group(0)
        starts = [m.start() for m in re.finditer(r"<C>", line, re.I)]
        if len(starts) == len(letters):
            return [(letter, at) for (letter, _), at in zip(letters, starts)]
    out, left = [], 0
    for index, (letter, at) in enumerate(letters):
        previous = letters[index - 1][1] if index else None
        left = (previous + at) // 2 + 1 if previous is not None else at - 12
        out.append((letter, max(left, 1)))
    return out


def _groups(text: str, start: int, end: int, columns: list[tuple[str, int]]) -> list[_Group]:
    """Runs of printed lines between blank lines or rules, each line cut into its company text and cells."""
    groups: list[_Group] = []
    current, rule, lines = None, False, 0
    at = text.find("\n", start) + 1
    while 0 < at < end:
        stop = text.find("\n", at)
        stop = end if stop < 0 or stop > end else stop
        line = text[at:stop]
        if not line.strip() or _RULE.match(line) or _TAG.match(line):
            rule = rule or bool(_RULE.match(line))
            current = None
        else:
            if current is None:
                current = _Group(after_rule=rule)
                groups.append(current)
                rule = False
            for seg in _SEGMENT.finditer(line):
                span = (at + seg.start(), at + seg.end())
                column = [letter for letter, first in columns if seg.start() >= first - 2]
                if column:
                    _add_cell(current, column[-1], seg.group(0), span, (lines, seg.start()))
                else:
                    current.company.append((seg.group(0), span))
            lines += 1
        at = stop + 1
    return groups


def _add_cell(group: _Group, letter: str, text: str, span: Span, place: tuple[int, int]) -> None:
    """A cell line, or the wrapped end of the name above it: a line of the same column directly
    below a name and indented two or more past that name's first character continues it ('Francis Michael
    Cyprian' / '  Cuss'); a line at the name's own indent is a name of its own, unless it is no
    name ('Cuss' alone): then the name above may be wrapped and both are refused, as when an indented
    line reads as a name of its own under a name (a shifted margin, or a name of three lines)."""
    above = next((i for i in range(len(group.cells) - 1, -1, -1) if group.cells[i][0] == letter), None)
    if above is not None:
        _, prior, prior_span = group.cells[above]
        line, column = group.places[above]
        below = line == place[0] - 1 and not _NUMBERING.match(text) and not _NONE.match(prior) and not _NONE.match(text)
        if below and place[1] >= column + 2 or below and abs(place[1] - column) <= 1 and not rt.is_person_name(text):
            group.cells[above] = (letter, f"{prior} {text}", (prior_span[0], span[1]))
            group.places[above] = place[0], column
            group.parts[above].append((text, span, place[1]))
            numbered = _NUMBERING.match(prior)  # (under a numbered name a line of no number is no entry)
            if place[1] < column + 2 or not numbered and rt.is_person_name(text) and rt.is_person_name(prior):
                group.doubtful.add(above)  # (a fragment at the name's own indent, or a name under a name)
            return
    group.cells.append((letter, text, span))
    group.places.append(place)
    group.parts.append([(text, span, place[1])])


def _rows(groups: list[_Group], result: Matrix):
    """(company lines, cells) of each row; names standing apart from their company go to the
    neighbouring group that has a company and no names when each is the other's only such
    neighbour, else they are reported."""
    for index, group in enumerate(groups):
        if group.company and group.cells:
            yield group.company, group.cells, group.doubtful
        elif group.cells:
            near = _neighbours(groups, index, lambda g: g.company and not g.cells)
            if len(near) == 1 and _neighbours(groups, near[0], lambda g: g.cells and not g.company) == [index]:
                yield groups[near[0]].company, group.cells, group.doubtful
                continue
            for _letter, cell, span in group.cells:
                if not _NONE.match(cell):
                    result.unassigned.append((cell, span, "names that stand apart from any one company"))


def _neighbours(groups: list[_Group], index: int, kind) -> list[int]:
    """The groups next to groups[index] (no rule between) that are of `kind`."""
    return [j for j in (index - 1, index + 1) if 0 <= j < len(groups) and kind(groups[j])
            and not groups[max(j, index)].after_rule]


def _titles(text: str, start: int, end: int, codes: dict[str, str]) -> dict[str, tuple[str, str, Span | None]]:
    """letter -> (title without its gloss, title as printed, span of the printed title)."""
    out = {}
    for letter, printed in codes.items():
        found = re.search(rf"(?m)^[ \t]*(?:(?i:legend|key)[ \t]*:[ \t]*)?{letter}[ \t]*=[ \t]*({re.escape(printed)})", text[start:end])
        span = (start + found.start(1), start + found.end(1)) if found else None
        out[letter] = (_GLOSS.sub("", printed).strip() or printed, printed, span)
    return out


def _person(cell: str, span: Span, company: str, company_lines, letter: str, titles) -> Person:
    title, printed, title_span = titles[letter]
    first, last = company_lines[0][1], company_lines[-1][1]
    person = Person(name=display_name(cell), organization=company, positions=[title],
                    bodies=bodies_of(printed, None, set()),
                    evidence=(min(span[0], first[0]), max(span[1], last[1])))
    if person.name != cell:
        person.name_as_printed = cell
    person.trace("name", cell, span)
    person.trace("organization", company, (first[0], last[1]))
    person.trace(f"positions:{title}", printed, title_span)
    for body in person.bodies:
        person.trace(f"bodies:{body}", printed, title_span)
    return person

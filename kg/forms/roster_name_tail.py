"""A name wrapped over two lines of a table's name column whose second line runs on into the title by one space
('Cornelius Jonathan' / 'Vantreight Executive Vice President'): the reader took the name's last word for a word of
the title. Part of the last guard over a roster's values (kg.forms.roster_junk).

A position or other position that opens with a capitalised word of no title, glued by one space to a title, and
that is printed at the name column's margin of a table (a line with other cells on it), is text of the name
column: read as the end of the person's name when it stands on the line right under the name and the two make a
person's name (certain: the name column wraps there); else left out with a `roster-ambiguous` finding (a name of
another entry, or the tail of one, run into a title)."""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules
from kg.read import clean
from kg.records import Person

_GAP = re.compile(r"\S {3,}\S")
_LABEL = re.compile(r"(?:\d+\.\s+)?[A-Z][A-Za-z ]*:\s*")  # a label before a name on its line ('1.  Name:')
MIN_COLUMN_GAP = 3  # spaces a typist leaves between two columns (as _GAP)
TABLE_LOOKBACK = 3000  # characters above a name where its table's columns are measured


def read_name_tails(ctx: Context, person: Person, stacked: bool) -> list[tuple[str, str, str]]:
    """Mend `person`'s name where its last word was read into a title; return the values to refuse, each
    (field, value, why). Nothing where the roster's name column holds titles under its names (`stacked`, by
    `stacks_titles`: 'Torsten Slok' / 'Board Director', 'Lars Green' / 'Chair of the Board'): there a title at the
    name's margin is a title."""
    refused = []
    if "name" not in person.spans or not person.evidence or stacked:
        return refused
    for field in ("positions", "other_positions"):
        for value in list(getattr(person, field)):
            where = _at_name_margin(ctx, person, value)
            if where is None:
                continue
            word, rest, right_under = where
            if right_under and not (_wraps(ctx, person, word) and _mended(person, field, value, word, rest)):
                refused.append((field, value, "it opens with a word of the name column glued to a title (the name "
                                "and the title run together), and the name it would end is not certain"))
            elif not right_under:
                refused.append((field, value, "it opens with a word of the name column glued to a title: text of "
                                "another entry's name run into a title"))
    return refused


def _at_name_margin(ctx: Context, person: Person, value: str) -> tuple[str, str, bool] | None:
    words = value.split()
    if len(words) < 2:
        return None
    word, rest = words[0], " ".join(words[1:])
    if not _tail_word(word) or not rt.is_title(rest):
        return None
    name_start = person.spans["name"][0]
    margin = name_start - (ctx.text.rfind("\n", 0, name_start) + 1)
    name_end = ctx.text.find("\n", name_start)
    if name_end < 0:
        return None
    pattern = re.compile(rf"\n {{{margin}}}{re.escape(word)} {re.escape(words[1])}\b")
    found = pattern.search(ctx.text, name_end, max(person.evidence[1], name_end) + 2)
    if found is None:
        return None
    line_end = ctx.text.find("\n", found.start() + 1)
    line = ctx.text[found.start() + 1:line_end if line_end >= 0 else len(ctx.text)]
    name_line = ctx.text[name_start - margin:name_end]
    if _LABEL.fullmatch(name_line[:margin]):  # ('Name:      Donna Marley': the gap is a label's, the lines under the
        name_line = name_line[margin:]  # name its value column, 'First Vice President' a title)
    if not (_GAP.search(line) or _GAP.search(name_line)):
        return None  # (no table: a block whose lines all start at the name's margin, 'JOHN SMITH' / 'Lead Director')
    return word, rest, found.start() == name_end


def _wraps(ctx: Context, person: Person, word: str) -> bool:
    """The name column wraps before `word`: the name's line has no room for it before the next column (a typist
    carries a word over only when it does not fit; 'Edmund Martinez' with room to spare in a 38-wide column is a
    whole name, and the line under it, 'Smith Barney Corporate Trust Company', an address). The next column starts
    where most lines of the table above print their second cell; True when that is not known."""
    name_start, name_end = person.spans["name"]
    line_start = ctx.text.rfind("\n", 0, name_start) + 1
    margin = name_start - line_start
    starts: dict[int, int] = {}
    for line in ctx.text[max(0, line_start - TABLE_LOOKBACK):name_end].split("\n"):
        if line[:margin].strip() or not line[margin:margin + 1].strip():
            continue
        second = re.search(r" {2,}(?=\S)", line[margin:])
        if second:
            starts[margin + second.end()] = starts.get(margin + second.end(), 0) + 1
    room, seen = max(starts.items(), key=lambda item: item[1], default=(0, 0))
    if seen < 2:
        return True
    return name_end - line_start + 1 + len(word) + MIN_COLUMN_GAP > room


def _tail_word(word: str) -> bool:
    """A capitalised word of no title, body, department, occupation or organisation: it may end a name."""
    from kg.forms.roster_junk import junk_rules
    return word[:1].isupper() and not (
        rules().title_words.search(word) or rules().department_words.search(word) or rt.is_title(word)
        or rules().organization_joiners.match(word.casefold()) or rt.body_of(word)
        or junk_rules()["occupation_words"].search(word) or junk_rules()["name_organization_words"].search(word))


def stacks_titles(ctx: Context, people: list[Person]) -> bool:
    """A line right under a name, at its margin, that opens with a title, for some person of the roster (read once
    for a roster: its names' places do not change while its values are refused)."""
    for person in people:
        if "name" not in person.spans:
            continue
        start = person.spans["name"][0]
        margin = start - (ctx.text.rfind("\n", 0, start) + 1)
        end = ctx.text.find("\n", start)
        under = ctx.text[end + 1:ctx.text.find("\n", end + 1) if ctx.text.find("\n", end + 1) >= 0 else None] \
            if end >= 0 else ""
        if under[:margin].strip() == "" and under[margin:margin + 1].strip():
            first = re.split(r"\s{2,}", under[margin:].strip())[0]
            if rt.is_title(first) and not _tail_word(first.split()[0]):
                return True
    return False


def _mended(person: Person, field: str, value: str, word: str, rest: str) -> bool:
    name = person.name or ""
    if name.casefold() != (clean.squash(name) or "").casefold() or not rt.is_person_name(f"{name} {word}"):
        return False
    shown = word.capitalize() if word.isupper() and not name.isupper() else word
    person.name = f"{name} {shown}"
    if person.name_as_printed:
        person.name_as_printed = f"{person.name_as_printed} {word}"
    values = getattr(person, field)
    values[values.index(value)] = rest
    key = f"{field}:{value}"
    if key in person.printed:
        person.printed[f"{field}:{rest}"] = person.printed.pop(key)
    return True


def swallowed_values(ctx: Context, person: Person, occupation) -> list[tuple[str, str, str]]:
    """An entry that ran on over another entry (a value of `person` is a person's name alone, 'Beatrix L.
    Ashdown', and no occupation by `occupation`): that value, and every value printed after it and not before it
    in the entry, are the other entry's; each (field, value, why) to refuse."""
    if "name" not in person.spans or not person.evidence:
        return []
    start, end = person.spans["name"][1], max(person.evidence[1], person.spans["name"][1])
    names = [v for f in ("positions", "other_positions") for v in getattr(person, f)
             if rt.is_person_name(v, in_name_column=False) and not occupation(clean.squash(v) or "")
             and words_of(v) != words_of(person.name or "")]
    at = [m.start() for v in names if (m := _pattern(v).search(ctx.text, start, end))]
    beside = {v: lead for f in ("positions", "other_positions") for v in getattr(person, f)  # ('Peter J. Vang,
              if v not in names and (lead := leading_name_beside(ctx.text, person, v, occupation)) is not None}  # Director')
    at += list(beside.values())
    if not at:
        return []
    cut, why = min(at), "it is printed after the name of another entry run into this one"
    out = [(f, v, why) for f in ("positions", "other_positions") for v in getattr(person, f)
           if v in names or v in beside or _only_after(ctx.text, v, (start, cut, end))]
    out += [(f, getattr(person, f), why) for f in ("citizenship", "address")
            if getattr(person, f) and _only_after(ctx.text, getattr(person, f), (start, cut, end))]
    return out


def words_of(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"\w+", text)]


def _pattern(value: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, re.findall(r"\w+", value))) + r"(?!\w)", re.I)


def _only_after(text: str, value: str, bounds: tuple[int, int, int]) -> bool:
    start, cut, end = bounds
    if not re.findall(r"\w+", value):
        return False
    pattern = _pattern(value)
    return not pattern.search(text, start, cut) and bool(pattern.search(text, cut, end))


def leading_name_beside(text: str, person: Person, value: str, occupation) -> int | None:
    """Where a value's first part ('Peter J. Vang' of 'Peter J. Vang, Director, Canada') is printed, when that part is
    another person's name set beside the person's own on the name's line, a column's gap after it (entries side by
    side in two page columns, read as one): the value is another entry's. None otherwise. As a firm's name may read
    as a person's ('Morgan Stanley, Managing Director'), the part must hold a given name, a middle initial and a
    surname."""
    head = clean.squash(value.split(",", 1)[0]) or ""
    if "," not in value or not _GIVEN_INITIAL.match(head) or not rt.is_person_name(head, in_name_column=False) \
            or rt.is_title(head) \
            or rt.is_organization(head) or occupation(head) or words_of(head) == words_of(person.name or ""):
        return None
    name_end = person.spans["name"][1]
    line_end = text.find("\n", name_end)
    line_end = len(text) if line_end < 0 else line_end
    found = _pattern(head).search(text, name_end, line_end)
    if found is None or not re.fullmatch(r"[^\n]* {%d,}" % MIN_COLUMN_GAP, text[name_end:found.start()]):
        return None
    return found.start()


_GIVEN_INITIAL = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.)+\s+[A-Z]")  # 'Peter J. Vang' (not 'T. Rowe Price')

"""Rosters run into paragraphs, which no reader reads; one entry, `read_run_in`.

Two layouts of short rosters (small filers' exhibits, Item 2 paragraphs):

    Chairman of the Board: Alice M. Fenwick            (the title first, a colon, the name: one a line, or several
    Vice President, Finance: Claire Dubois.             in a paragraph, each ending at a full stop or a semicolon)

    Alice M. Fenwick, Chairman of the Board; Claire Dubois, Vice President, Finance; and Martin K. Osei, Jr., Director.

Called by kg.forms.roster_last_resort where no reader read a person and the last resort's own layout (names at one
margin) gives none. A paragraph is read only where every entry in it is bound by its punctuation, one way alone:
between two titles' colons the name must end at exactly one full stop, semicolon or line break after which a whole
title stands; in a ';' list (or a list of one 'Name, Title' a line) the name must end at exactly one comma after
which a whole title stands ('Martin K. Osei, Jr., Director': the first comma leaves 'Jr., Director', no title). Each name is a person's by the existing name tests
(no organisation, no place, no mark glued on); each title is wholly a title (its first part opens like one, no
person's name or organisation in it). A paragraph with an entry bound no way or two ways is not read, with a
`roster-ambiguous` finding where some of its entries were read. A paragraph may open with a lead-in clause ('The
directors of X are:') and close with a sentence about the persons ('Each of them is a citizen of Canada.'). A paragraph
set two entries a line in two columns (a gutter every line keeps) is read column by column, each whole.
The patterns are data: kg/patterns/roster_run_in.yml.
"""
from __future__ import annotations

import re
from functools import cache

from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.nlp import person_names
from kg.forms.roster_entry import Entry, Roster, to_person
from kg.forms.roster_name_guard import is_place
from kg.forms.roster_postamble import read_postamble
from kg.forms.roster_rules import rules
from kg.forms.roster_wrap import TITLE_OPENING
from kg.patterns import load_yaml, regexes
from kg.read import clean
from kg.records import Person

Found = tuple[str, tuple[int, int], str, int]  # (name, its span in the text, its title, where the entry ends)
_NAME_CHARS = re.compile(r"[^\W\d_][^\W\d_.,'’ -]*(?:[.,'’ -]+[^\W\d_]+)*\.?")  # (as the last resort's: no mark)
_OPEN_END = re.compile(r"(?:[,&/-]|\b(?:and|of|the|for|to|or|at|in|with))\s*$", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.\s+[A-Z][a-z]")  # ('J. Vang': a name's initial; 'V.P.' is no initial)
_GAP = 3  # spaces at least between two page columns
_COLUMN_START = re.compile(r"(?<=\S) {3,}(?=\S)")  # (a gap inside a line: its end, where a column may start)
_MARKER = re.compile(r"(?:[*•·■-]|\(?\d{1,2}[.)]|\([a-z]\))[ \t]+")  # ('1. Director: X', '* Director: X')


@cache
def _patterns() -> dict[str, re.Pattern]:
    found = regexes("roster_run_in.yml")
    missing = {"title_colon", "entry_break", "item_break", "name_title_break", "lead_in", "closing_sentence",
               "title_qualifier", "title_glue", "title_modifiers",
               "plural_heads", "line_break"} - set(found)
    if missing:
        raise ValueError(f"kg/patterns/roster_run_in.yml: missing {sorted(missing)}")
    return found


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(w.rstrip(".").casefold() for w in load_yaml("name_affixes.yml")["suffixes"])


def read_run_in(ctx: Context, roster: Roster, start: int, end: int) -> list[Person]:
    """The persons of every paragraph of text[start:end] read whole as one of the two layouts (two at least), each
    with its title and the roster's organisation."""
    found: list[tuple[Found, tuple[int, int]]] = []
    pos = start
    for brk in [*_PARAGRAPH_BREAK.finditer(ctx.text, start, end), None]:
        stop = end if brk is None else brk.start()
        entries, doubt = _paragraph(ctx.text, pos, stop)
        if not entries and (columns := _two_columns(ctx.text, pos, stop)) is not None:
            entries, doubt = columns
        if doubt:
            ctx.warn("roster-ambiguous", "a paragraph of run-in roster entries is left out: an entry in it is bound "
                     "to its name by no punctuation or by more than one", span=(pos, stop))
        found += [(entry, (pos, stop)) for entry in entries]
        pos = end if brk is None else brk.end()
    if len(found) < 2:
        return []
    people = [to_person(Entry(name=name, name_span=span, evidence=paragraph, fields={"title": title} if title else {}),
                        roster) for (name, span, title, _end), paragraph in found]
    read_postamble(ctx, roster, people, (found[0][0][1][0], found[-1][0][3]), end, "")  # ('Each of them is a citizen
    return people  # of Canada.' after the list: the sentences that speak of the persons listed above)


def _paragraph(text: str, start: int, end: int) -> tuple[list[Found], bool]:
    """The entries of text[start:end] read whole one way, and whether entries of it read but not all (or two ways)."""
    if not any(mark in text[start:end] for mark in ":;,"):
        return [], False  # (no punctuation that binds a title to a name)
    start += len(text[start:end]) - len(text[start:end].lstrip())
    end = start + len(text[start:end].rstrip())
    colons = [m.start() for m in _patterns()["title_colon"].finditer(text, start, end)]
    if colons and _patterns()["lead_in"].search(text, start, colons[0]) and not _whole_title(text[start:colons[0]]):
        start, colons = colons[0] + 1, colons[1:]  # ('The directors of X are: ...'): the list after it
    readings = [r for r in (_titles_first(text, start, end, colons), _names_first(text, start, end)) if r and r[0]]
    if len(readings) == 1 and not readings[0][1]:
        return readings[0][0], False  # (read whole one way, and the other way reads no entry)
    return [], bool(readings)


def _two_columns(text: str, start: int, end: int) -> tuple[list[Found], bool] | None:
    """A paragraph set in two page columns, two entries a line ('Alice M. Fenwick, Chairman      Peter J. Vang,
    Director'): each column read whole as a paragraph of its own (a copy of the text with the other column blanked:
    every span stays the document's), the left one's entries first; none unless both read whole; None where the
    paragraph keeps no gutter."""
    gutter = _gutter(text, start, end)
    if gutter is None:
        return None
    sides = []
    for keep_left in (True, False):
        lines = [(line[:gutter] if keep_left else " " * min(gutter, len(line)) + line[gutter:]).ljust(len(line))
                 for line in text[start:end].split("\n")]
        sides.append(_paragraph(text[:start] + "\n".join(lines) + text[end:], start, end))
    if not all(entries for entries, _doubt in sides):
        return [], any(entries or doubt for entries, doubt in sides)
    return sides[0][0] + sides[1][0], False


def _gutter(text: str, start: int, end: int) -> int | None:
    """The column where a paragraph's second page column starts: on every line a text there follows three spaces at
    least, and no text crosses it; two lines at least hold text on both sides."""
    lines = [line.rstrip() for line in text[start:end].split("\n") if line.strip()]
    both = [line for line in lines if _COLUMN_START.search(line.strip())]
    if len(both) < 2:
        return None
    columns = set.intersection(*({m.end() for m in _COLUMN_START.finditer(line)} for line in both))
    for column in sorted(columns):
        if all(len(line) <= column - _GAP or line[column - _GAP:column] == " " * _GAP and line[column] != " "
               or not line[:column].strip() for line in lines):
            return column
    return None


def _titles_first(text: str, start: int, end: int, colons: list[int]) -> tuple[list[Found], bool] | None:
    """'Title: Name. Title: Name' entries: ([entries], whether one was bound no way or two ways); None where the
    paragraph does not open with a title and its colon."""
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    first = opening.end() if (opening := _MARKER.match(text, first)) else first
    if not colons or not _whole_title(text[first:colons[0]]):
        return None
    found, title, failed = [], _squash(text[first:colons[0]]), False
    for index, colon in enumerate(colons):
        chunk_end = colons[index + 1] if index + 1 < len(colons) else end
        if index + 1 == len(colons):
            cut = _last_name(text, colon + 1, chunk_end)
        else:
            cut = _one_split(text, colon + 1, chunk_end, _patterns()["entry_break"], _whole_title)
        if cut is None:
            failed = True
            break
        name_span, next_title = cut
        found.append((_squash(text[name_span[0]:name_span[1]]), name_span, title, name_span[1]))
        title = next_title
    return found, failed


def _names_first(text: str, start: int, end: int) -> tuple[list[Found], bool] | None:
    """'Name, Title; Name, Title' entries (or one a line where no ';' parts them); None where the paragraph holds
    neither."""
    breaks = list(_patterns()["item_break"].finditer(text, start, end)) or list(
        _patterns()["line_break"].finditer(text, start, end))
    if not breaks:
        return None
    found, pos = [], start
    for brk in [*breaks, None]:
        stop = end if brk is None else brk.start()
        item_start = pos + len(text[pos:stop]) - len(re.sub(r"^\s*(?:and\s+)?", "", text[pos:stop]))
        cut = _item(text, item_start, stop, last=brk is None)
        if cut is None:
            return found, True
        found.append(cut)
        pos = end if brk is None else brk.end()
    return found, False


def _item(text: str, start: int, end: int, last: bool) -> Found | None:
    """One 'Name, Title' item (the last one may end with a full stop and a sentence after it)."""
    stops = [end]
    if last:
        stops = [end] + [start + m.start() for m in re.finditer(r"\.\s+", text[start:end])
                         if _patterns()["closing_sentence"].fullmatch(_squash(text[start + m.end():end]))]
    cuts = []
    for stop in stops:
        tail = _squash(text[start:stop]).rstrip(".")
        if not tail or ";" in tail:
            continue
        cut = _one_split(text, start, stop, _patterns()["name_title_break"], lambda t: _whole_title(t.rstrip(".")))
        if cut is not None:
            cuts.append((_squash(text[cut[0][0]:cut[0][1]]), cut[0], cut[1].rstrip("."), stop))
    return cuts[0] if len(cuts) == 1 else None


def _one_split(text: str, start: int, end: int, breaks: re.Pattern, is_title) -> tuple[tuple[int, int], str] | None:
    """(the name's span, the title after it) where exactly one break of text[start:end] leaves a person's name
    before it and a whole title after it; None where none does or several do."""
    cuts = []
    for brk in breaks.finditer(text, start, end):
        name = _name_span(text, start, brk.start())
        title = _squash(text[brk.end():end])
        if name is not None and is_title(title):
            cuts.append((name, title))
    return cuts[0] if len(cuts) == 1 else None


def _last_name(text: str, start: int, end: int) -> tuple[tuple[int, int], str] | None:
    """The name after the paragraph's last colon: all of the rest, or the rest up to one sentence after it."""
    whole = _name_span(text, start, end)
    if whole is not None:
        return whole, ""
    cuts = [span for m in re.finditer(r"\.\s+", text[start:end]) if _patterns()["closing_sentence"].fullmatch(
        _squash(text[start + m.end():end])) and (span := _name_span(text, start, start + m.start() + 1)) is not None]
    return (cuts[0], "") if len(cuts) == 1 else None


def _name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a person's name printed in text[start:end] (spaces and a closing stop not its own aside)."""
    raw = text[start:end]
    left = start + len(raw) - len(raw.lstrip())
    right = start + len(raw.rstrip())
    name = _squash(text[left:right])
    if name.endswith(".") and not _keeps_stop(name):
        right, name = right - 1, name[:-1]
    return (left, right) if _person(name) else None  # (a name wrapped onto the next line: bound by its punctuation)


def _keeps_stop(name: str) -> bool:
    """'Jr.', an initial 'R.' at the end of a name: the stop is the name's."""
    last = name.rstrip(".").split()[-1] if name.rstrip(".").split() else ""
    return len(last) == 1 or last.casefold() in _suffixes()


def _person(name: str) -> bool:
    return (bool(_NAME_CHARS.fullmatch(name)) and rt.is_person_name(name) and not is_place(name)
            and not rt.is_organization(name) and not _OPEN_END.search(name))


def _whole_title(text: str) -> bool:
    """Wholly a title: its first part opens like one, each part after a comma or an 'and' is a title or a qualifier
    ('Vice President, Finance'), no part a person's name, no organisation, no digit, no bracket, no open end."""
    title = _squash(text).rstrip(" .")
    if not title or re.search(r"[\d\[\]{}<>();:]", title) or _OPEN_END.search(title) or len(title) > 120:
        return False
    if any(not _patterns()["title_glue"].fullmatch(word) for word in re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", title)):
        return False  # (a word in lower case that is no title's: a sentence runs on)
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", title) if p.strip()]
    if not parts or not (TITLE_OPENING.match(parts[0]) or _patterns()["title_modifiers"].fullmatch(parts[0].split()[0])):
        return False
    if not rt.is_title(parts[0]) or _patterns()["plural_heads"].fullmatch(title) \
            or any(rt.is_title(p) and not _words_of_titles(p) for p in parts):
        return False  # (a title run into a name: 'Chairman Peter J. Vang')
    if rt.is_organization(title) or any(rt.is_person_name(p) and not rt.is_title(p) for p in parts) \
            or _INITIAL.search(title) or any(rt.is_person_name(title[s:e], in_name_column=False)
                                             for s, e in person_names(title)):
        return False  # (a name inside: 'Chairman of the Board Peter J. Vang')
    return all(rt.is_title(p) or (_patterns()["title_qualifier"].fullmatch(p) and p[:1].isupper()
                                  and not _typed(p)) for p in parts[1:])


def _typed(part: str) -> bool:
    """A part after a title's comma that is a value of another kind: a country, a place, an address, an
    organisation ('Chairman of the Board, United States' is no title)."""
    return rt.is_nationality(part) or is_place(part) or rt.is_address_line(part) or rt.is_organization(part)


def _squash(text: str) -> str:
    return clean.squash(text.replace("\n", " ")) or ""


def _words_of_titles(part: str) -> bool:
    """Every word of a title part up to its first 'of', 'for', 'in' or 'at' (what follows names a function: 'Vice
    President of Marketing') is a title's word or glue: 'Chairman Peter J. Vang' (a title run into a name) is none."""
    covered = [False] * len(part)
    for pattern in (rules().officer_titles, rules().title_words, rules().title_heads):
        for match in pattern.finditer(part):
            covered[match.start():match.end()] = [True] * (match.end() - match.start())
    for word in re.finditer(r"[^\s,&]+", part):
        if re.fullmatch(r"of|for|in|at", word.group(), re.I):
            return True
        if not all(covered[word.start():word.end()]) and not _patterns()["title_glue"].fullmatch(word.group()) \
                and not _patterns()["title_modifiers"].fullmatch(word.group()):
            return False
    return True

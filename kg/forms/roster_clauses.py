"""Rosters written as one lettered or numbered clause per person, as lists of filing persons are:
'(a) Pei-yuan Chia, a United States citizen, Director of X, whose present principal occupation is
..., whose business address is ...;' ... '(d) ....' (labels double after 'z': '(aa)', '(bb)').

A clause is read only when all of it is accounted for: the name, then optionally the citizenship
('a <nationality> citizen', 'a citizen of <country>'), the titles held, 'whose present principal
occupation is ...' and 'whose business address is ...', and its end (';', '; and' or '.'). A
roster is read only when at least two clauses open consecutive labels and every labelled clause
reads; otherwise nothing is read here (another reader, or a warning)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_entry import Entry
from kg.forms.roster_inline import nationalities
from kg.read import clean

_LABEL = re.compile(r"^[ \t]*\((?P<label>[a-z]{1,4}|\d{1,3})\)[ \t]+", re.M)
_CLAUSE = re.compile(
    r"(?P<name>[^\W\d_a-z][^\s,;a-z]+(?:\s[^\W\d_a-z][^\s,;a-z]+)*,\s+[A-Z][^,;]*?|[^,;]+?)(?:,\s+(?P<suffix>" + suffix_alternation(dot=r"\.", longest_first=True) + r")[ ¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]*)?"
    r"(?:,\s+(?:an?\s+(?P<adjective>[^,;]+?)\s+citizen|an?\s+citizen\s+of\s+(?:the\s+)?(?P<country>[^,;]+?)))?"
    r"(?:,\s+(?P<titles>(?!whose\b)[^;]+?))?"
    r"(?:,\s+whose\s+present\s+principal\s+(?:occupation\s+is|(?P<many>occupations\s+are))\s+(?P<occupation>.+?))?"
    r"(?:,\s+whose\s+business\s+address\s+is\s+(?P<address>.+?))?"
    r"\s*(?:;(?:\s+and)?|\.)\s*", re.S)
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z]-)[ \t]*\r?\n[ \t]*(?=[A-Za-z])")
_CELLS = re.compile(r"[^\s.:;][ \t]{3,}[^\s.]")  # ('Forstmann,        General partner of ...': two cells)
_LAYOUT = re.compile(r"^[ \t]*(?:[-=_*]{3,}|<PAGE>|Page\s+\d+(?:\s+of\s+\d+)?)[ \t]*$", re.M | re.I)


def read_clauses(text: str, start: int, end: int) -> list[Entry] | None:
    labels = list(_LABEL.finditer(text, start, end))
    if len(labels) < 2 or not _consecutive([m.group("label") for m in labels]):
        return None
    entries = []
    for index, label in enumerate(labels):
        stop = labels[index + 1].start() if index + 1 < len(labels) else _clause_end(text, label.end(), end)
        if _CELLS.search(text, label.end(), stop):
            return None  # lines of cells set apart by runs of spaces: a table's rows, read across, are no clause
        clause = " ".join(_HYPHEN_BREAK.sub("", _LAYOUT.sub("", text[label.end():stop])).split())  # (rules, page
        # marks between clauses; 'Co-' / 'Chief': a word broken at its hyphen)
        entry = _entry(clause, label.end(), stop)
        if entry is None:
            return None  # a clause kg cannot account for: the layout is not this one
        entries.append(entry)
    return entries


def _entry(clause: str, start: int, stop: int) -> Entry | None:
    match = _CLAUSE.fullmatch(clause)
    if not match or not match.group("adjective") and not match.group("country") and not match.group("titles") \
            and not match.group("occupation"):
        return None
    name = match.group("name").strip() + (f", {match.group('suffix')}" if match.group("suffix") else "")
    if not rt.is_person_name(name, in_name_column=True):
        return None
    citizenship, titles = match.group("adjective") or match.group("country") or "", match.group("titles") or ""
    while citizenship and titles:  # 'a citizen of USA, Denmark, Board Director of X': both countries
        head, _, rest = titles.partition(", ")
        if not nationalities(head):
            break
        citizenship, titles = f"{citizenship}, {head}", rest
    if titles and not rt.is_title(titles):
        return None  # a part of no known kind ('who owns 1,200 shares')
    if match.group("many") and re.search(r"\s(?:and|&)\s", match.group("occupation")):
        return Entry(name=name, name_span=(start, start + len(match.group("name").strip())), evidence=(start, stop),
                     fields={k: v.strip() for k, v in (("citizenship", citizenship), ("title", titles),
                                                        ("address", match.group("address") or "")) if v.strip()},
                     doubts=[match.group("occupation").strip()])  # ('occupations are A, X and B and C, Y': split where?)
    fields = {"citizenship": citizenship, "title": titles,
              "other_positions": match.group("occupation") or "",
              "address": match.group("address") or ""}
    return Entry(name=name, name_span=(start, start + len(match.group("name").strip())), evidence=(start, stop),
                 fields={k: v.strip() for k, v in fields.items() if v and v.strip()})


def _clause_end(text: str, start: int, end: int) -> int:
    """The last clause ends at the first blank line after its full stop (a page break inside it
    leaves blank lines that end nothing)."""
    for blank in clean.BLANK_LINE.finditer(text, start, end):
        if _LAYOUT.sub("", text[start:blank.start()]).rstrip().endswith("."):
            return blank.start()
    return end


def _consecutive(labels: list[str]) -> bool:
    if all(label.isdigit() for label in labels):
        return [int(label) for label in labels] == list(range(int(labels[0]), int(labels[0]) + len(labels)))
    if labels[0] == "i" and labels == [_roman(n) for n in range(1, len(labels) + 1)]:
        return True  # ('(i)', '(ii)', '(iii)': roman keys)
    letters = "abcdefghijklmnopqrstuvwxyz"
    sequence = [letters[i % 26] * (i // 26 + 1) for i in range(26 * 4)]
    first = sequence.index(labels[0]) if labels[0] in sequence else -1
    return first >= 0 and labels == sequence[first:first + len(labels)]


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + letters, number - value
    return out

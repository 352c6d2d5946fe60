"""Each listed person's own values, stated in the preamble right after the defaults they stand over (one entry,
`preamble_own_values`), as a variant of Forstmann Little's Schedule I prints them in ONE paragraph above the lists:

     The following are the directors and executive officers of Acme Corp. Each is a citizen of the United States,
except as set forth below. The present principal occupation of Jane Q. Doe is Professor, Ohio State University.
The business address of Jane Q. Doe is 1 Main Street, Columbus, Ohio. Jane Q. Doe is a citizen of Canada.

- The defaults' sentence ends 'except as set forth below.' (kg/patterns/roster_preamble_own.yml); every sentence
  after it opens the data's way ('The present principal occupation of X is', 'The business address of X is',
  'X is a citizen of') and names a listed person exactly as the lists print them (given name first): that value is
  theirs, and stands over the default.
- Where any sentence there is of another shape, names no listed person (or one listed twice), states a value twice or
  runs into another sentence, the exceptions are not read for certain: nobody's own value is read and the defaults
  are withheld from everyone (a default 'except as set forth below' could be wrong for any of them; never guessed).
"""
from __future__ import annotations

import re

from kg.forms.roster_bios import _ABBREVIATION
from kg.forms.roster_block_notes import given_first
from kg.forms.roster_entry import Entry
from kg.patterns import required_regexes

_KINDS = ("other_positions", "address", "citizenship")
_DEFAULTED = ("address", "citizenship")  # (the defaults a preamble gives each of the following persons)
_QUOTES = str.maketrans({q: '"' for q in "“”„‟«»'‘’"})


def preamble_own_values(preamble: str, entries: list[Entry]) -> None:
    """Give `entries` (the listed persons) the values the squashed `preamble` states of each after its defaults;
    withhold its defaults from all of them where those sentences are not read for certain."""
    patterns = required_regexes("roster_preamble_own.yml", ("exceptions_follow", "adjective", "run_on", *_KINDS))
    follow = patterns["exceptions_follow"].search(preamble)
    if not entries or follow is None or not (rest := preamble[follow.end():].strip()):
        return
    stated = _sentences(rest, entries, patterns)
    if stated is None:
        for entry in entries:
            entry.refused.update(_DEFAULTED)
        entries[0].doubts.append(f"the exceptions the preamble states ({rest[:80]!r}...) are not read for certain, "
                                 "so its default address and citizenship")
        return
    for entry, kind, value in stated:
        entry.fields[kind] = value


def _sentences(rest: str, entries: list[Entry], patterns: dict) -> list[tuple[Entry, str, str]] | None:
    """(entry, field, value) of each sentence of `rest`, or None where any is not certainly one of a listed person."""
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(_key(given_first(entry.name)), []).append(entry)
    starts = [0] + [m.end() for m in re.finditer(r"(?<=\.)\s+", rest) if _opening(rest[m.end():], by_name, patterns)]
    if _opening(rest, by_name, patterns) is None:
        return None
    found, seen = [], set()
    for begin, stop in zip(starts, starts[1:] + [len(rest)]):
        if (opening := _opening(rest[begin:stop], by_name, patterns)) is None:
            return None
        kind, entry, head = opening
        value = rest[begin + head:stop].strip()
        value = value[:-1] if value.endswith(".") and not _ABBREVIATION.search(value) else value
        if kind == "citizenship" and (adjective := patterns["adjective"].fullmatch(value)):
            value = adjective.group("v")
        if not value or patterns["run_on"].search(value) or (id(entry), kind) in seen or kind in entry.fields:
            return None  # (another sentence run into it, or a value stated twice)
        seen.add((id(entry), kind))
        found.append((entry, kind, value))
    return found


def _opening(sentence: str, by_name: dict[str, list[Entry]], patterns: dict) -> tuple[str, Entry, int] | None:
    """(field, the one listed person it names, where its value starts) of a sentence opening the data's way."""
    for kind in _KINDS:
        if (head := patterns[kind].match(sentence)) and len(named := by_name.get(_key(head.group("who")), [])) == 1:
            return kind, named[0], head.end()
    return None


def _key(name: str) -> str:
    """A name as printed, case, spacing and quote marks aside."""
    return " ".join(name.translate(_QUOTES).split()).casefold()

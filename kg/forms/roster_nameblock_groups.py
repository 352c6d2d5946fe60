"""Groups of a list of name-and-title blocks (kg.forms.roster_nameblocks), each under a heading centred on two lines
and a preamble paragraph of its own (issue 13, round 56f; Forstmann Little's Schedule I):

                                 Directors of
                      American International Group, Inc.

         The following are the directors of ... Each of the following directors is a citizen of the United
    States, other than Marshall A. Cohen, who is a citizen of Canada.

The group's preamble states the citizenship of the group's persons only: the default to each of them but those named,
each named person the citizenship the clause gives (kg.forms.roster_excepted). Where the preamble states none, or
one that is not read whole, each person of the group is refused one (the roster's default is the first group's).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_block_notes import centred
from kg.forms.roster_entry import Entry
from kg.forms.roster_excepted import citizenship_of, excepted, fold
from kg.forms.roster_rules import rules

_BLOCK = re.compile(r"^[ \t]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*", re.M)  # lines with text, up to a blank line
_STOP = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Z])")  # (a sentence's end: none after 'U.S.')
_MENTION = re.compile(r"\b(?:[Cc]itizen(?:ship)?s?|[Nn]ationality|nationals?)\b")


def group_block(text: str, lines: list[tuple[int, str]], groups: list[tuple[int, str]], count: int, is_entry) -> bool:
    """Whether the block is a group's heading or the preamble right under one (recorded in `groups` as (the index of
    the group's first entry, its preamble's text) with `count` entries read so far)."""
    if _heading(text, lines):
        groups.append((count, ""))
        return True
    if groups and groups[-1] == (count, "") and not is_entry():
        groups[-1] = (count, "\n".join(line for _at, line in lines))
        return True
    return False


def headed_above(text: str, start: int) -> bool:
    """A group's heading is one of the two paragraphs just above `start` (the list's first group, its heading and
    preamble read as the roster's own)."""
    blocks = list(_BLOCK.finditer(text, max(0, start - 3000), start))[-2:]
    return any(_heading(text, [(m.start() + b.start(), m.group(0)) for m in re.finditer(r"\S[^\n]*\S|\S", b.group(0))])
               for b in blocks)


def _heading(text: str, lines: list[tuple[int, str]]) -> bool:
    """Two centred lines, the first a roster heading ending 'of' ('Directors of' / '<Organisation>')."""
    return len(lines) == 2 and centred(text, lines) and lines[0][1].endswith(" of") \
        and bool(rules().roster_heading.search(lines[0][1]))


def apply_group_citizenship(groups: list[tuple[int, str]], entries: list[Entry]) -> None:
    """Give each group's entries (from its first entry's index to the next group's) the citizenship its preamble
    states for them; refuse it where the preamble speaks of one it does not state for certain."""
    for (first, preamble), (after, _next) in zip(groups, groups[1:] + [(len(entries), "")]):
        members = entries[first:after]
        said = _stated(" ".join(preamble.split())) if _MENTION.search(preamble) else None  # (none stated: the
        # roster's preamble, the first group's, says nothing of this group's)
        listed = {fold(rt.strip_numbering(entry.name)[0]) for entry in members}
        for entry in members:
            value = None
            if said is not None and all(key in listed for key in said[1]):
                value = citizenship_of(rt.strip_numbering(entry.name)[0], *said)
            if value and not entry.fields.get("citizenship"):
                entry.fields["citizenship"] = value
            elif not entry.fields.get("citizenship"):
                entry.refused.add("citizenship")


def _stated(preamble: str) -> tuple[str, dict[str, str | None]] | None:
    """(the default, the exceptions by folded name) the preamble states, or None."""
    sentences = [sentence for sentence in _STOP.split(preamble) if _MENTION.search(sentence)]
    if len(sentences) != 1:
        return None
    named = excepted(sentences[0])
    if named is False:
        return None
    if named is None:
        found = rules().default_citizenship.search(sentences[0])
        stated = next((g for g in found.groups() if g), None) if found else None
        if not stated or re.search(r"\b(?:except|other\s+than|unless|save)\b", sentences[0], re.I):
            return None
        return stated.strip(), {}
    return named

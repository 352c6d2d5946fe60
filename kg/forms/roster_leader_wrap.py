"""A name too long for its dot leader, wrapped above the leader line (' Francis Michael Cyprian' / '    Cuss.......
Board Director of NH; ...'): the leader line's left side, set in deeper than the line right above it, ends the name
that line begins. The two are read as one name only where together they read as a person's name and the line
above holds no leader and no rule (kg.forms.roster_leaders).

A name too long for the leader's column may also stand whole on the line above and the leader open its own line,
set in deeper, with nothing before its dots ('Francis Michael Cyprian Cuss (USA, United Kingdom)' / '    ......
Board Director'): the line above is then the name whole, on the same terms (it alone reads as a person's name), and
the entry's margin is that line's. Or the name leaves room for two dots only, a space on either side ('GASS, John
D. (United States of America) .. Director'): such a line is a leader line only where its title starts at the column
where the list's other leader lines print theirs (a line of two dots that is no leader there is no entry's start)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt

_SHORT = re.compile(r"^(?P<indent>[ \t]*)(?P<left>\S[^\n]*?\S)(?:[ \t]\.{1,2}[ \t]|(?<=[a-z])\.[ \t]{2,})(?P<right>\S[^\n]*?)[ \t]*$")
# (a name that fills the leader's room leaves it one dot: ' Nirmal Prabhakar Narvekar.  Board Director', the title
# at the list's title column; that dot is the leader's, no stop of the name, unless it closes an initial or 'Jr')


def name_begun_above(lines: list[tuple[int, int, str]], index: int, left: str,
                     named: bool = False) -> tuple[str, int, int | None, int] | None:
    """(the name whole, the offset where it begins, where it ends when the line above holds it whole, else None, the
    margin of the line it begins on) where leader line `index`, whose left side `left` reads as no name, is set in
    deeper than a line right above it whose text and `left` (or that text alone, where `left` is only the leader's
    first dot) read together as a person's name. At the same margin, or where the line above opens with the entry's
    number and `left` with none (' (7) Francis Michael' / 'Cyprian Cuss.....'), shallower too, only where the line
    above opens a block of its own; `named` (`left` reads as a name alone): only where it opens with that number."""
    if index == 0:
        return None
    start, end, above = lines[index - 1]
    line = lines[index][2]
    margin, deeper = len(above) - len(above.lstrip()), len(line) - len(line.lstrip())
    if not above.strip() or "..." in above or not above.strip("-_=*. \t"):
        return None
    numbered = rt.strip_numbering(above.strip())[1] > 0 and not rt.strip_numbering(left.strip())[1]
    if (deeper < margin or named) and not numbered or deeper <= margin and not _opens_block(lines, index - 1):
        return None
    whole = not left.strip(". \t")  # (the leader opens its line: the name stands whole above it)
    name = above.strip() if whole else f"{above.strip()} {left.strip()}"
    if not rt.is_person_name(rt.strip_numbering(name)[0]):
        return None
    return name, start + margin, (start + len(above)) if whole else None, margin


def align_whole_heads(heads: dict) -> None:
    """A leader opening its own line ends its dots where it can: its title stands one or two columns off the column
    where the list's other leader lines print theirs ('    ...... President' at 43, 'Director' under it at 44, where
    the list's titles are). Such a leader line's title column is the list's (the column most of its other leader
    lines with the name on the left print their title at)."""
    columns = [head["title_column"] for head in heads.values() if head["side"] == "left" and not head.get("whole")]
    if not columns:
        return
    common = max(set(columns), key=columns.count)
    for head in heads.values():
        if head.get("whole") and 0 < abs(head["title_column"] - common) <= 2:
            head["title_column"] = common


def short_leaders(lines: list[tuple[int, int, str]], heads: dict) -> list[tuple[int, re.Match]]:
    """(index, match) of the lines that join a name to a title by two dots (or one, right after the name or a space
    after it, where the name fills the leader's room: 'JOHNSON, Sylvester "Chip" . Director'), the title at the
    title column of the list's leader lines with the name on the left; none where the list has no such leader line."""
    columns = {head["title_column"] for head in heads.values() if head["side"] == "left"}
    out = []
    for index, (_s, _e, line) in enumerate(lines):
        if index not in heads and (match := _SHORT.match(line)) and match.start("right") in columns:
            out.append((index, match))
    return out


def _opens_block(lines: list[tuple[int, int, str]], index: int) -> bool:
    """Line `index` opens a block of its own (the first line, or a blank line or a rule above it) and prints one cell only
    (no gap of two spaces or more inside its text): a name begun there may end on the leader line under it at the
    same margin (' Nirmal Prabhakar' / ' Narvekar.......  Board Director')."""
    text = lines[index][2].strip()
    return (index == 0 or not lines[index - 1][2].strip("-_=* \t")) and not re.search(r"\S[ \t]{2,}\S", text)


def names_over_titles(lines: list[tuple[int, int, str]], heads: dict) -> dict[int, dict]:
    """A name too long for the leader's column alone on its line, no dots after it, and its title on the line under it
    at the column where the list's leader lines with the name on the left print theirs (' 7. Francis Michael Cyprian
    Cuss' / '                              Position: Board Director'): {the title line's index: its head}, read as a
    leader line whose name stands whole on the line above. Only where the name's line opens a block of its own at the
    margin most of those leader lines start at, and reads as a person's name alone."""
    from kg.forms.roster_leader_label import title_after_label
    left = [head for head in heads.values() if head["side"] == "left" and not head.get("whole")]
    if len(left) < 2:
        return {}
    margin = max({h["indent"] for h in left}, key=[h["indent"] for h in left].count)
    column = max({h["title_column"] for h in left}, key=[h["title_column"] for h in left].count)
    out = {}
    for index, (start, _end, line) in enumerate(lines[:-1]):
        below = lines[index + 1][2]
        if index in heads or index + 1 in heads or len(line) - len(line.lstrip()) != margin or "..." in line \
                or len(below) - len(below.lstrip()) != column or not _opens_block(lines, index):
            continue
        name, cut = rt.strip_numbering(line.strip())
        if rt.is_person_name(name):
            at = start + margin + cut
            out[index + 1] = {"name": name, "name_span": (at, at + len(name)), "title": title_after_label(
                below.strip()), "side": "left", "indent": margin, "whole": True, "title_lines": [], "line": index + 1,
                "first": index, "title_column": column, "title_more": [], "title_rows": [], "numbers": set()}
    return out

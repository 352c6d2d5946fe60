"""Letter-spaced typed headings and captions read as their words (kg/patterns/roster_letter_spaced.yml): a line
whose every mark is a single capital ('N A M E        P O S I T I O N', 'S C H E D U L E   A') is rewritten in place,
each run of letters one space apart as its word ('NAME', 'POSITION'), at the run's own column, padded with spaces
(the same length; the offsets stay), so a caption row is found as a header and a title as its words. A line that is
one heading (words three spaces apart, no wider gap) keeps its words one space apart ('SCHEDULE A')."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build


@cache
def _rule() -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    def make(data: dict) -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
        letter, gap = data["letter"], " " * int(data["letter_gap"])
        word = rf"{letter}(?:{gap}{letter})+"
        line = re.compile(rf"[ \t]*{letter}(?:[ \t]+{letter})*[ \t]*")  # (only single marks)
        part = rf"{letter}(?:{gap}{letter})*"  # (a word of one letter too: 'A')
        heading = re.compile(rf"[ \t]*({part}(?:{' ' * int(data['word_gap'])}{part})+|{word})[ \t]*")
        run = re.compile(rf"(?<!\S){word}(?!\S)")
        if int(data["min_letters"]) < 2:
            raise ValueError("min_letters must be 2 or more")
        return line, heading, run, int(data["min_letters"])
    return build("roster_letter_spaced.yml", make)


def _unspaced(text: str) -> str:
    """A run's letters joined, padded with spaces to the run's length."""
    joined = text.replace(" ", "")
    return joined + " " * (len(text) - len(joined))


def _read_line(line: str) -> str:
    only_marks, heading, run, min_letters = _rule()
    if not only_marks.fullmatch(line) or not any(
            sum(c.isalpha() for c in found.group()) >= min_letters for found in run.finditer(line)):
        return line
    if (whole := heading.fullmatch(line)) is not None:  # one heading: its words one space apart
        words = " ".join(_unspaced(w).strip() for w in re.split(r" {2,}", whole.group(1)))
        return line[:whole.start(1)] + words + " " * (whole.end(1) - whole.start(1) - len(words)) + line[whole.end(1):]
    return run.sub(lambda found: _unspaced(found.group()), line)


def without_letter_spacing(text: str, start: int, end: int) -> str:
    """`text` with each letter-spaced line between `start` and `end` read as its words (the same length)."""
    if not re.search(r"(?m)^[ \t]*\S \S \S", text[start:end]):
        return text
    lines = text[start:end].split("\n")
    read = [_read_line(line) for line in lines]
    if read == lines:
        return text
    return text[:start] + "\n".join(read) + text[end:]

"""Pleading paper's line numbers: a page typed on numbered paper carries its line number in a left margin of its own
on every line, blank ones too ('  1 SCHEDULE I', '  2', '  3 Name:   Jane Roe' ... up to 25 or 28, the numbering
starting again at 1 after each page break). The numbers are no text: read with them, '  8 (1) Name:' is no label and
a blank line ('  9') is no blank line, so every labelled block runs into the next. They are blanked (spaces; the
offsets stay) only where the text shows them for certain: runs of lines numbered 1, 2, 3 ... with no line between
them, each number standing at the same column (right-aligned or left-aligned) and followed by a space or the line's
end, each run the text's first or starting a page (after a page break, or right after the run before), every line
from the first run's to the last run's in a run (empty lines and page breaks aside), where one run covers a page (at
least FULL_PAGE lines) and lines holding nothing but their number (the numbered blank lines) are seen at least
BLANK_LINES times. A numbered list of persons ('1. Jane Roe'), numbered rows of a
table ('1  Jane Roe   Director', no blank line numbered) and a document whose numbers skip or sit in different
columns are left as printed."""
from __future__ import annotations

import re

from kg.patterns import build


def _thresholds(data) -> tuple[int, int, int]:
    """(FULL_PAGE, SHORT_RUN, BLANK_LINES) from kg/patterns/line_numbers.yml: whole numbers, at least 1."""
    values = tuple(data[key] for key in ("full_page", "short_run", "blank_lines"))
    if set(data) != {"full_page", "short_run", "blank_lines"} or not all(
            type(value) is int and value >= 1 for value in values):
        raise ValueError(f"full_page, short_run, blank_lines must be whole numbers of 1 or more: {data!r}")
    return values


# a run at least FULL_PAGE long is a page of numbered paper; one shorter than SHORT_RUN is kept only where it starts a
# page; numbered blank lines seen in the runs, BLANK_LINES at the least
FULL_PAGE, SHORT_RUN, BLANK_LINES = build("line_numbers.yml", _thresholds)
_NUMBERED = re.compile(r"( {0,6})([1-9][0-9]?)(?= |$)")  # a line's number in the margin: 1 to 99
_BREAK = re.compile(r"[ \t\f]*(?:<PAGE>|\f)[ \t\f]*", re.I)  # a page break's line


def without_line_numbers(text: str) -> str:
    """`text` with pleading paper's line numbers blanked (the same length); `text` itself where they are not
    certain."""
    runs = [run for starts_page, run in _runs(text) if len(run) >= SHORT_RUN or starts_page]
    if not any(len(run) >= FULL_PAGE for run in runs) or not _one_column(runs) or not _every_line(text, runs):
        return text
    if sum(1 for run in runs for _at, _column, _number, rest in run if not rest.strip()) < BLANK_LINES:
        return text
    chars = list(text)
    for run in runs:
        for at, _column, number, _rest in run:
            chars[at:at + len(number)] = " " * len(number)
    return "".join(chars)


def _runs(text: str) -> list[tuple[bool, list[tuple[int, int, str, str]]]]:
    """Each run of lines numbered 1, 2, 3 ... with no other line between them, the first of the text or one
    starting again at 1 right after a page break (a form feed, '<PAGE>'; empty lines aside) or right after the run
    before: (offset of the number, its column, the number, the rest of the line) a line; each run with whether it
    starts a page (the text's start, a page break or the run before stand right before it)."""
    runs: list[tuple[bool, list[tuple[int, int, str, str]]]] = []
    current: list[tuple[int, int, str, str]] = []
    at, may_start, starts_page = 0, True, False  # (may_start: the text's start, a page break or a run's end before)
    for line in text.split("\n"):
        match = _NUMBERED.match(line)
        number = int(match.group(2)) if match else 0
        numbered = (at + match.start(2), match.start(2), match.group(2), line[match.end():]) if match else None
        if numbered and current and number == len(current) + 1:
            current.append(numbered)
        else:
            if current:
                runs.append((starts_page, current))
            first = not any(len(run) >= SHORT_RUN for _after, run in runs)
            current = [numbered] if numbered and number == 1 and (may_start or first) else []
            starts_page = may_start
        may_start = bool(current) or bool(_BREAK.fullmatch(line)) or may_start and not line.strip()
        at += len(line) + 1
    if current:
        runs.append((starts_page, current))
    return runs


def _one_column(runs: list[list[tuple[int, int, str, str]]]) -> bool:
    """Every number of every run stands at one column: all end there (right-aligned) or all start there."""
    numbers = [(column, len(number)) for run in runs for _at, column, number, _rest in run]
    return len({column + width for column, width in numbers}) == 1 or len({column for column, _w in numbers}) == 1


def _every_line(text: str, runs: list[list[tuple[int, int, str, str]]]) -> bool:
    """Every line from the first run's to the last run's is in a run, a page break's line or empty."""
    numbered = {at - column for run in runs for at, column, _number, _rest in run}
    start, end = runs[0][0][0] - runs[0][0][1], runs[-1][-1][0]
    at = start
    for line in text[start:end].split("\n"):
        if at not in numbered and line.strip() and not _BREAK.fullmatch(line):
            return False
        at += len(line) + 1
    return True

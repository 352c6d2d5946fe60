"""Signature blocks: who signed, with what title, for whom, on what date."""
from __future__ import annotations

import re

from kg.context import Context
from kg.patterns import regexes
from kg.read import clean
from kg.read.sections import lines_with_offsets
from kg.records import Signature


def _rx(name: str) -> re.Pattern:
    return regexes("signature.yml")[name]


def read_signatures(ctx: Context, start: int, end: int) -> tuple[list[Signature], int]:
    """Signature blocks in text[start:end], and the offset where the last block ends."""
    lines = [ln for ln in _cells(lines_with_offsets(ctx.text, start, end)) if not _rx("boilerplate").search(ln[2])]
    signatures: list[Signature] = []
    date_text, date_span, behalf, current = None, None, None, None
    consumed = start
    index = 0
    while index < len(lines):
        line_start, line_end, line = lines[index]
        dated = _rx("dated").match(line)
        by = _rx("by").match(line)
        name = _rx("name").match(line)
        title = _rx("title").match(line)
        if dated and clean.find_date(dated.group(1)):
            date_text, date_span = dated.group(1), (line_start + line.index(dated.group(1)), line_end)
            if current is not None and current.date is None:
                _set_date(current, date_text, date_span)
            consumed = line_end
        elif by and (by.group(1) or "").strip() and "/s/" in line.lower() or (by and by.group(2) and name is None):
            signer = (by.group(1) or by.group(2)).strip()
            if _is_org(signer) and by.group(2):
                behalf = behalf or signer  # "By: Foo GP LLC, its general partner" acts for the principal
            else:
                current = Signature(on_behalf_of=behalf, evidence=(line_start, line_end))
                current.name = clean.squash(signer)
                current.trace("name", signer, (line_start + line.index(signer), line_end))
                if date_text:
                    _set_date(current, date_text, date_span)
                signatures.append(current)
                behalf = None  # the principal is used up; the next block names its own
            consumed = line_end
        elif name and current is not None:
            current.name = clean.squash(name.group(1))
            current.trace("name", name.group(1), (line_start, line_end))
            if name.group(2):
                index = _read_title(ctx, current, lines, index, name.group(2))
            consumed = lines[index][1]
        elif title and current is not None and not line.startswith("its "):
            index = _read_title(ctx, current, lines, index, title.group(1))
            consumed = lines[index][1]
        elif line.startswith("its ") or behalf is not None:
            pass  # "its general partner": the rest of an acting party's line
        elif _is_org(line) or index + 1 < len(lines) and _rx("by").match(lines[index + 1][2]):
            behalf, current = line.rstrip(":,"), None
        index += 1
    return signatures, consumed




def _cells(lines):
    """Lines cut into segments: table cells (' | '), and a line holding several labels
    ('By: /s/ X Name: X Title: Y') cut before each label. Offsets are kept."""
    for line_start, _line_end, line in lines:
        line = _rx("label_cell").sub(lambda m: m.group(0).replace("|", " "), line)
        for cell in re.finditer(r"[^|]+", line):
            begin, text = cell.start(), cell.group(0)
            cuts = [0] + [m.end() for m in _rx("segment").finditer(text)] + [len(text)]
            for a, b in zip(cuts, cuts[1:]):
                piece = text[a:b]
                if piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    start = line_start + begin + a + lead
                    yield start, start + len(piece.strip()), piece.strip()


def _read_title(ctx: Context, sig: Signature, lines, index: int, first: str) -> int:
    """A title that ends with 'and' or a comma continues on the next line."""
    parts, span_start = [first.strip()], lines[index][0]
    while _rx("continues").search(parts[-1]) and index + 1 < len(lines):
        index += 1
        parts.append(lines[index][2])
    sig.title = clean.squash(" ".join(parts))
    sig.trace("title", " ".join(parts), (span_start, lines[index][1]))
    return index


def _set_date(sig: Signature, printed: str, span) -> None:
    sig.date = clean.parse_date(printed)
    sig.trace("date", printed, span)




def _is_org(text: str) -> bool:
    return bool(_rx("organization").search(text))

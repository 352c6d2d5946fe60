"""Mutated layouts (issue 13): the development re-layouts (tests/relayout.py) perturbed the way real EDGAR
conversions perturb a text, to find wrong-person readings before a new layout does.

`mutated(family, roster, options, kinds, rng)` renders one development family (FAMILIES) and applies the named
mutations in order; it returns (suffix, text, expected people), or None when a mutation does not apply
(an HTML mutation on a text layout, a column swap where no columns are found). A mutation never changes
what the text states: where one removes a value (`drop_field`), the value leaves the expected people too.
`violations(expected, predicted)` lists what must never happen, whatever the layout: a value on a person
that is another listed person's and not theirs, a person who is not listed (an organisation included).
Misses are allowed. benchmarks/bench_roster_mutations.py counts them per mutation and family;
tests/test_roster_mutations.py runs a bounded, derandomized hypothesis search over the same space.
"""
from __future__ import annotations

import random
import re
import textwrap
import unicodedata
from dataclasses import replace

import relayout

FIELDS = ("citizenship", "country", "address", "address_city", "address_country")
# The development families mutated: all but the most recent held-out sets (heldout8 and later, still being
# written or only just measured when this harness was written), which it leaves to the lead's measurements.
FAMILIES = {name: render for name, render in relayout.DEV_FAMILIES.items()
            if not any(f"heldout{n}" in render.__module__ for n in (8, 9))}
LIST_FIELDS = ("positions", "other_positions")


# ---- render-level mutations: change the roster or the options, then render ---------------------------
def _rewrap(roster, options, rng):
    widths = [w for w in (24, 28, 30, 38, 44, 52) if w != options.width]
    return roster, replace(options, width=rng.choice(widths))


def _drop_field(roster, options, rng):
    """One person's optional field (the occupation outside the organisation) is not printed."""
    holders = [i for i, p in enumerate(roster.people) if p["other_positions"]]
    if not holders:
        return None
    index = rng.choice(holders)
    people = [dict(p, other_positions=[]) if i == index else p for i, p in enumerate(roster.people)]
    return relayout.Roster(roster.organization, people), options


RENDER = {"rewrap": _rewrap, "drop_field": _drop_field}


# ---- text-level mutations: (text, is_html, rng) -> text or None --------------------------------------
_TAG = re.compile(r"(<[^>]*>)")


def _text_nodes(text: str, change) -> str:
    """`change` applied to the text between tags only (HTML), or to all of it."""
    return "".join(piece if piece.startswith("<") else change(piece) for piece in _TAG.split(text))


def _indent(text, is_html, rng):
    if is_html:
        return None
    pad = " " * rng.randint(1, 6)
    return "\n".join(pad + line if line.strip() else line for line in text.split("\n"))


def _indent_page(text, is_html, rng):
    """From a random line on (a new page with other margins), every line shifted right."""
    if is_html:
        return None
    lines = text.split("\n")
    start, pad = rng.randrange(len(lines) // 3, len(lines)), " " * rng.randint(2, 8)
    return "\n".join(pad + line if i >= start and line.strip() else line for i, line in enumerate(lines))


def _tabs(text, is_html, rng):
    """Runs of spaces ending at a tab stop (every 8 columns) written as tabs, as typists did."""
    if is_html:
        return None
    out = []
    for line in text.split("\n"):
        chunks = [line[i:i + 8] for i in range(0, len(line), 8)]
        done = [c.rstrip(" ") + "\t" if len(c) == 8 and c.endswith("  ") and i < len(chunks) - 1 else c
                for i, c in enumerate(chunks)]
        out.append("".join(done))
    changed = "\n".join(out)
    return changed if changed != text else None


def _blank_removed(text, is_html, rng):
    if is_html:
        return None
    return "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


def _blank_doubled(text, is_html, rng):
    if is_html:
        return None
    return re.sub(r"\n[ \t]*\n", "\n\n\n", text)


_RUNNING = [["", "<PAGE>", "", "                                      -3-", ""],
            ["\f"],
            ["", "                         Schedule I (continued)", "", "Page 4", ""],
            ["", "                                                  4", "\f", "SCHEDULE I (CONTINUED)", ""]]


def _page_break(text, is_html, rng):
    """A page break (EDGAR <PAGE>, a form feed, a running header, a page number) at a random line."""
    if is_html:
        ends = [m.end() for m in re.finditer(r"</tr>", text, re.I)][:-1]
        if not ends:
            return None
        at = rng.choice(ends)
        return (text[:at] + '</table><hr style="page-break-after:always"><p align=center>Schedule I (continued)</p>'
                "<p align=center>4</p><table>" + text[at:])
    lines = text.split("\n")
    at = rng.randrange(len(lines) // 4, len(lines))
    return "\n".join(lines[:at] + rng.choice(_RUNNING) + lines[at:])


def _crlf(text, is_html, rng):
    return text.replace("\n", "\r\n")


def _nbsp(text, is_html, rng):
    """Spaces between words written as non-breaking spaces (`&nbsp;` in HTML)."""
    space = "&nbsp;" if is_html else "\xa0"
    return _text_nodes(text, lambda t: re.sub(r"(?<=\S) (?=\S)", lambda m: space if rng.random() < 0.5 else " ", t))


_SMART = [(re.compile(r"(?<=\w)'(?=\w)"), "\u2019"), (re.compile(r"\"(?=\w)"), "\u201c"), (re.compile(r"\""), "\u201d"),
          (re.compile(r" - | -- "), " \u2014 "), (re.compile(r"(?<=\d)-(?=\d)"), "\u2013")]


def _smart_punct(text, is_html, rng):
    def change(piece):
        for pattern, into in _SMART:
            piece = pattern.sub(into, piece)
        return piece
    changed = _text_nodes(text, change) if is_html else change(text)
    return changed if changed != text else None


def _heading_case(text, is_html, rng, names=()):
    """The lines before the first entry (title, preamble, column header) in another case."""
    first = min((m.start() for n in names for m in [re.search(re.escape(n.split()[-1]), text, re.I)] if m),
                default=None)
    if not first:
        return None
    first = text.rfind("\n", 0, first) + 1 if not is_html else first  # (the lines before the entry's line)

    def swap(piece):
        return piece.title() if piece.isupper() else piece.upper()
    head = _text_nodes(text[:first], swap) if is_html else "\n".join(swap(x) for x in text[:first].split("\n"))
    return head + text[first:]


def _html_cells(text: str) -> list[re.Match]:
    return list(re.finditer(r"<tr\b[^>]*>(.*?)</tr>", text, re.I | re.S))


def _swap_columns(text, is_html, rng):
    return _swap_html(text, rng) if is_html else _swap_text(text, rng)


def _swap_html(text, rng):
    rows = _html_cells(text)
    counts = {len(re.findall(r"<t[dh]\b", r.group(1), re.I)) for r in rows}
    if len(counts) != 1 or min(counts) < 3:
        return None
    a = rng.randrange(1, min(counts) - 1)

    def swap(row: re.Match) -> str:
        cells = re.findall(r"<t[dh]\b.*?</t[dh]>", row.group(1), re.I | re.S)
        cells[a], cells[a + 1] = cells[a + 1], cells[a]
        return row.group(0)[: row.start(1) - row.start(0)] + "".join(cells) + "</tr>"
    return re.sub(r"<tr\b[^>]*>(.*?)</tr>", swap, text, flags=re.I | re.S)


def _gutters(lines: list[str]) -> list[tuple[int, int]]:
    """Columns of a fixed-width block: runs of ink separated by at least two columns blank on every line."""
    width = max(len(x) for x in lines)
    ink = [any(i < len(x) and x[i] != " " for x in lines) for i in range(width)]
    cols, start, blanks = [], None, 0
    for i in range(width):
        if ink[i]:
            start, blanks = (i if start is None else start), 0
        elif start is not None:
            blanks += 1
            if blanks == 2:
                cols.append((start, i - 1))
                start = None
    return cols + ([(start, width)] if start is not None else [])


def _table_lines(text):
    """The text's lines, the line of a fixed-width table's caption (it starts with 'Name' and has a gutter) and the
    line that ends the table (`</TABLE>`, `<PAGE>` or the text's end); None when no such caption."""
    lines = text.split("\n")
    head = next((i for i, x in enumerate(lines) if re.match(r"\s*(?:<S>\s+)?name\b", x, re.I)
                 and re.search(r"\S\s{2,}\S", x)), None)
    if head is None:
        return None
    end = next((i for i in range(head, len(lines)) if lines[i].strip() in ("</TABLE>", "<PAGE>")), len(lines))
    return lines, head, end


def _swap_text(text, rng):
    """Two neighbouring columns of a fixed-width table exchanged on every line of the table."""
    table = _table_lines(text)
    if table is None:
        return None
    lines, head, end = table
    block = [x for x in lines[head:end] if x.strip()]
    cols = _gutters(block)
    if len(cols) < 3:
        return None
    a = rng.randrange(1, len(cols) - 1)
    (s1, _), (s2, _) = cols[a], cols[a + 1]
    s3 = cols[a + 2][0] if a + 2 < len(cols) else None
    w1, w2 = s2 - s1, (s3 - s2) if s3 else max(len(x) for x in block) - s2 + 2
    for i in range(head, end):
        x = lines[i].ljust(s1 + w1 + w2)
        left, one, two, rest = x[:s1], x[s1:s2], x[s2:s2 + w2], x[s2 + w2:]
        lines[i] = (left + two.rstrip().ljust(w2) + one.rstrip().ljust(w1) + rest).rstrip()
    return "\n".join(lines)


def _shifted_cells(text, is_html, rng, names=()):
    """One column's cells printed a line lower than the rest of their row, as a PDF converter sets text whose
    baseline sits lower: in a fixed-width table whose entries are set apart by blank lines (one entry a block),
    so that each cell stays in its entry (a block grows by a line where its last line is shifted out)."""
    if is_html:
        return None
    table = _table_lines(text)
    if table is None:
        return None
    lines, head, end = table
    surnames = [re.compile(r"(?<!\w)" + re.escape(n.replace(",", "").split()[-1 if not n.endswith(".") else -2]) + r"(?!\w)", re.I)
                for n in names]
    body = next((i for i in range(head + 1, end) if any(p.search(lines[i]) for p in surnames)), end)  # (the first entry)
    blocks, current = [], []
    for i in range(body, end):
        if lines[i].strip():
            current.append(i)
        elif current:
            blocks.append(current)
            current = []
    blocks += [current] if current else []
    if not blocks:
        return None
    cols = _gutters([lines[i] for block in blocks for i in block])
    if len(cols) < 2 or any(sum(bool(p.search("\n".join(lines[i] for i in block))) for p in surnames) != 1
                            for block in blocks) or len(blocks) != len(names):
        return None  # (one entry a block, or a shifted cell could land in another entry)
    start, stop = cols[rng.randrange(1, len(cols))]
    stop = stop + 1 if stop is not None else None
    out = list(lines)
    for block in reversed(blocks):
        cells = [lines[i][start:stop] if stop else lines[i][start:] for i in block] + [""]
        rows = [lines[i] for i in block] + [""]
        shifted = []
        for k, row in enumerate(rows):
            cell = cells[k - 1] if k else ""
            left = row[:start].ljust(start)
            right = row[stop:] if stop and len(row) > stop else ""
            shifted.append((left + cell.ljust((stop - start) if stop else 0) + right).rstrip())
        if not shifted[-1].strip():
            shifted.pop()
        out[block[0]:block[-1] + 1] = shifted
    changed = "\n".join(out)
    return changed if changed != text else None


def _html_noise(text, is_html, rng):
    """Font, bold and span wrappers, nested divs, empty rows, spacer cells, <br/> for <br>."""
    if not is_html:
        return None
    kind = rng.choice(["font", "span", "div", "empty_rows", "spacer", "br"])
    if kind == "font":
        return re.sub(r"(<td\b[^>]*>)(.*?)(</td>)", r'\1<font size="2" face="Times New Roman">\2</font>\3', text,
                      flags=re.I | re.S)
    if kind == "span":
        return re.sub(r"(<td\b[^>]*>)(.*?)(</td>)", r'\1<span style="font-size:10pt"><b></b>\2</span>\3', text,
                      flags=re.I | re.S)
    if kind == "div":
        return re.sub(r"(<table\b)", r"<div><div style='margin-left:5%'>\1", text, flags=re.I).replace(
            "</table>", "</table></div></div>")
    if kind == "empty_rows":
        return re.sub(r"(</tr>)", lambda m: m.group(1) + rng.choice(["<tr><td></td></tr>", "<tr></tr>", ""]), text,
                      flags=re.I)
    if kind == "spacer":
        return re.sub(r"(</t([dh])>)", r"\1<t\2>&nbsp;</t\2>", text, flags=re.I)
    return re.sub(r"<br>", rng.choice(["<br/>", "<BR>", "<br />"]), text, flags=re.I) if "<br>" in text else None


_PARAGRAPHS = ["The Reporting Persons have not, during the last five years, been convicted in a criminal proceeding "
               "(excluding traffic violations or similar misdemeanors), nor been a party to a civil proceeding of a "
               "judicial or administrative body of competent jurisdiction.",
               "Except as set forth in this Schedule, to the best knowledge of the Reporting Persons, none of the "
               "persons named above beneficially owns any securities of the Issuer or has effected any transaction "
               "in such securities during the past sixty days."]


def _extra_paragraph(text, is_html, rng):
    para, before = rng.choice(_PARAGRAPHS), rng.random() < 0.5
    if is_html:
        tag = f"<p>{para}</p>"
        return text.replace("<body>", "<body>" + tag, 1) if before else text.replace("</body>", tag + "</body>", 1)
    block = "\n".join(textwrap.wrap(para, 76))
    return f"{block}\n\n{text}" if before else f"{text.rstrip()}\n\n{block}\n"


# Characters a conversion leaves inside words and no reader sees: a zero-width space (PDF converters), a soft
# hyphen (word processors' optional hyphenation), a zero-width non-joiner, a byte-order mark mid-text
_INVISIBLE = ["\u200b", "\u00ad", "\u200c", "\ufeff"]
_INVISIBLE_HTML = ["&#8203;", "&shy;", "&#x200C;", "\u200b"]


def _zero_width(text, is_html, rng):
    """An invisible character inside some words (names, values, headings alike): one kind per document."""
    pick = rng.randrange(len(_INVISIBLE))
    mark = (_INVISIBLE_HTML if is_html else _INVISIBLE)[pick]

    def change(piece):
        return "".join(part if part.startswith("&") else re.sub(
            r"(?<=[A-Za-z])(?=[a-z]{2})", lambda m: mark if rng.random() < 0.08 else "", part)
            for part in re.split(r"(&#?\w+;)", piece))  # (never inside an entity: '&nbsp;')
    return _text_nodes(text, change)


_MARKERS = ["(1)", "*", "\u2020", "\u00b9", "(a)"]


def _name_at(text: str, name: str) -> re.Match | None:
    """The first place `name` is printed, as it is or 'SURNAME, Given', in any case."""
    words = name.split()
    forms = [name, f"{words[-1]}, {' '.join(words[:-1])}"]
    for form in forms:
        found = re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, form.split())) + r"(?![\w-])", text, re.I)
        if found:
            return found
    return None


def _footnote_marker(text, is_html, rng, names=()):
    """A footnote marker glued to one or two names ('Lars Green(1)', 'WAY, Bill*', 'Anne Roux\u2020'), the note
    that goes with it after the roster; the note says nothing a roster field holds."""
    marker = rng.choice(_MARKERS)
    chosen = rng.sample(list(names), min(len(names), rng.choice([1, 2])))
    spots = sorted(m.end() for n in chosen if (m := _name_at(text, n)))
    if not spots:
        return None
    for at in reversed(spots):
        text = text[:at] + marker + text[at:]
    note = f"{marker} Appointed to the position shown above on March 1, 2021."
    if is_html:
        return text.replace("</body>", f"<p>{note}</p></body>", 1) if "</body>" in text else text + f"<p>{note}</p>"
    return f"{text.rstrip()}\n\n{note}\n"


TEXT = {"indent": _indent, "indent_page": _indent_page, "tabs": _tabs, "blank_removed": _blank_removed,
        "blank_doubled": _blank_doubled, "page_break": _page_break, "crlf": _crlf, "nbsp": _nbsp,
        "smart_punct": _smart_punct, "heading_case": _heading_case, "swap_columns": _swap_columns,
        "html_noise": _html_noise, "extra_paragraph": _extra_paragraph, "zero_width": _zero_width,
        "footnote_marker": _footnote_marker, "shifted_cells": _shifted_cells}
KINDS = list(RENDER) + list(TEXT)


def mutated(family: str, roster, options, kinds: list[str], rng: random.Random):
    """The family's rendering of `roster` with `kinds` applied in order, or None if one does not apply."""
    for kind in kinds:
        if kind in RENDER:
            changed = RENDER[kind](roster, options, rng)
            if changed is None:
                return None
            roster, options = changed
    suffix, text, people = FAMILIES[family](roster, options)
    names = [p["name"] for p in people]
    for kind in kinds:
        if kind in TEXT:
            is_html = suffix == ".htm"
            extra = {"names": names} if kind in ("heading_case", "footnote_marker", "shifted_cells") else {}
            changed = TEXT[kind](text, is_html, rng, **extra)
            if changed is None:
                return None
            text = changed
    return suffix, text, people


# ---- the check ---------------------------------------------------------------------------------------
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-",
                       "\xa0": " ", **{mark: None for mark in _INVISIBLE}})


def fold(value) -> str:
    text = unicodedata.normalize("NFKC", str(value)).translate(_FOLD)
    return " ".join(text.split()).strip(" .,;").casefold()


def _values(person: dict) -> list[tuple[str, str]]:
    out = [(f, fold(person[f])) for f in FIELDS if person.get(f)]
    return out + [(f, fold(v)) for f in LIST_FIELDS for v in person.get(f) or []]


def _words(name: str) -> set[str]:
    return set(re.findall(r"\w+", fold(name).replace("-", "")))


def listed_as(name: str, expected: list[dict]) -> str | None:
    """The listed person a predicted name stands for: the same name however punctuated or spaced, or
    (a name misread in part) the one listed name that holds all its words; else None."""
    key = re.sub(r"\W", "", fold(name))
    same = [p["name"] for p in expected if re.sub(r"\W", "", fold(p["name"])) == key]
    if same:
        return same[0]
    part = [p["name"] for p in expected if _words(name) and _words(name) <= _words(p["name"])]
    return part[0] if len(part) == 1 and len(_words(name)) >= 2 else None


def violations(expected: list[dict], predicted: list[dict]) -> list[str]:
    """Every value on a person that is another listed person's and not theirs (a piece of the person's own
    text put in another field, 'Chairman' of 'Chairman, President and CEO' elsewhere read as a title here,
    is a misread of their own, not another's value, and so is a title that names a body the person sits in,
    'Director' for a member of the board of directors); every person not listed.
    A listed person's name misread in part ('Francis Cuss' for 'Francis Michael Cyprian Cuss') is that
    person, and reported as `name variant`, not as a violation; their values are checked as theirs."""
    owners: dict[tuple[str, str], set[str]] = {}
    own_text: dict[str, str] = {}
    for person in expected:
        for key in _values(person):
            owners.setdefault(key, set()).add(person["name"])
        # (the bodies the person sits in are theirs too: a Yes under a 'DIRECTOR' flag column states that a
        # member of the board of directors is a director, whatever titles the roster lists for them)
        own_text[person["name"]] = " | ".join([value for _field, value in _values(person)]
                                              + [fold(body) for body in person.get("bodies") or []])
    found = []
    for person in predicted:
        name = listed_as(person.get("name") or "", expected)
        if name is None:
            found.append(f"{person.get('name')!r} is not a listed person")
            continue
        for field, value in _values(person):
            holders = owners.get((field, value), set())
            if holders and name not in holders and value not in own_text[name]:  # (not their own text misfiled)
                found.append(f"{person['name']}.{field} = {value!r} belongs to {sorted(holders)}")
    return found

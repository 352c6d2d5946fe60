"""Dot-leader rosters: each entry opens with one line joining a title and a name by a row of dots
('President and Chief Executive Officer ........ John A. Smith', or the name first and the title on the
right), the rest of the entry in an indented paragraph below it ('Present principal occupation: ...;
business address: ...; citizenship: ...').

The leader line is the entry's start: the side that is a person's name (and only that side) is the
entry's anchor, the other side its title (left out, with a finding, when it reads as no title); a title
too long for its line wraps onto the lines right above the leader line, printed at the leader line's margin.
The paragraph below belongs to that entry up to the next entry's first line. The paragraph is read only as labelled statements kg knows
(kg/patterns/roster.yml `labels`), each opening the paragraph or following a ';' or '.'; a paragraph
that says anything else is left out, named in the entry's doubts (a `roster-ambiguous` finding).
A leader line whose sides are both names, or neither, starts no entry: the roster is not read this way.

With the name on the left, a line under the leader line may print a title in the title's column beside what stands
under the name ('    (officer of X      Chairman of the Board'): a title of its own where the list wraps its titles
with a hanging indent or the two are whole titles, else the wrap of the one above; a paragraph under the name made
only of parenthesised groups gives the occupations elsewhere (kg.forms.roster_paren_under). A paragraph after a blank
line that speaks of the persons listed above ('Unless otherwise noted below, ...') ends the list: no entry's.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_city_break import cities_after_break
from kg.forms.roster_entry import Entry
from kg.forms.roster_leader_address import lone_number, stacked_address
from kg.forms.roster_leader_breaks import broken_on_purpose
from kg.forms.roster_leader_caption import occupation_caption
from kg.forms.roster_leader_citizen import closing_citizenship
from kg.forms.roster_leader_items import Shape, item_fields, paragraphs_shape
from kg.forms.roster_leader_label import title_after_label
from kg.forms.roster_leader_parts import repeats_heading
from kg.forms.roster_leader_stop import keeps_stop
from kg.forms.roster_leader_tail import unstopped_tail
from kg.forms.roster_leader_wrap import align_whole_heads, name_begun_above, names_over_titles, short_leaders
from kg.forms.roster_paren_under import bracketed_elsewhere
from kg.forms.roster_rules import rules
from kg.forms.roster_wrap import another_title
from kg.lookups.abbreviations import abbreviations
from kg.read import clean

_LEADER = re.compile(r"^(?P<indent>[ \t]*)(?P<left>\S[^\n]*?)(?:[ \t]+\.{3,}|\.{4,}|\.{2,3}(?=[ \t]{2}))[ \t]+(?P<right>\S[^\n]*?)[ \t]*$")
# (two or three dots after a word are a leader where two spaces or more follow them: 'Feldstein...  Director')
_RULE = re.compile(r"[-_=*. \t]*|<PAGE>|[ \t]*-?\s*\d{1,3}\s*-?[ \t]*")  # a rule, a page marker, a page number
_ABBREVIATION = re.compile(r"(?:(?<![\w.])(?:[A-Za-z]{1,3}\.){2,}|\b" + abbreviations("leader_value") + r"\.)$")
_STATEMENT_START = re.compile(r"(?:^|[;.])\s*$")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")
_HYPHEN_WRAP = re.compile(r"(?<=[^\W\d_]-)[ \t]*\n[ \t]*(?=[^\W\d_])")  # 'Monte-' / 'Carlo': one word
_INITIAL = re.compile(r"(?:\b[A-Z]|(?<![\w.])(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}|\b" + abbreviations("leader_initial") + r")$")


def read_leaders(text: str, start: int, end: int) -> list[Entry] | None:
    """Entries of a dot-leader roster in text[start:end], or None when it is not one (fewer than two leader
    lines that start an entry, a leader line that could be read two ways, or much text outside entries)."""
    if not re.search(r"\.{4,}[ \t]+\S", text[start:end]) or len(re.findall(r"(?:\.{4,}|[ \t]\.{3})[ \t]+\S", text[
            start:end])) < 2:
        return None  # (a cheap test first: a leader line of four dots or more, and another of three at least)
    lines = _lines(text, start, end)
    heads = {}
    for index, (s, _e, line) in enumerate(lines):
        if _RULE.fullmatch(line.strip()) or not (match := _LEADER.match(line)):
            continue
        head = _head(match, s)
        if (head is None or head["side"] == "left") and (begun := name_begun_above(lines, index, match.group("left"), bool(head))):
            head = _head(match, s, begun) or head  # (a name too long for the leader, begun on the line above)
        if head is None:
            return None  # a leader line that names two people or none: not read this way
        head["line"], head["first"] = index, index - (head["name_span"][0] < s)  # (a name begun on the line above)
        heads[index] = head
    for index, match in short_leaders(lines, heads):  # ('GASS, John D. (X) .. Director': two dots, no more room)
        if (head := _head(match, lines[index][0])) is not None and head["side"] == "left":
            heads[index] = {**head, "line": index, "first": index}
    heads.update(names_over_titles(lines, heads))  # (' 7. Francis Michael Cyprian Cuss' / '    Position: ...')
    if len(heads) < 2:
        return None
    align_whole_heads(heads)  # (a leader opening its own line: its title at the list's title column)
    starts = {min(_title_start(lines, index), head["first"]): index for index, head in heads.items()}
    hanging = _hanging(lines, heads)
    entries, others, current = [], 0, None
    for index, (s, e, line) in enumerate(lines):
        if index in starts:
            if current:
                entries.append(current)
            current = [heads[starts[index]], [], s, e]
        if current and index <= current[0]["line"]:
            current[0]["title_lines"].append(line)
            current[3] = e
            continue
        if current and lone_number(lines, index, current[0], current[1]):  # ('9' of '9, Rond-Point ...', stacked)
            current[0]["numbers"].add(len(current[0]["title_rows"]))
            current[0]["title_rows"].append((current[0]["title_column"], line.strip()))
            continue
        if not line.strip() or _RULE.fullmatch(line.strip()):
            continue
        if current and not lines[index - 1][2].strip() and _speaks_of_those_above(text, s, end):
            break  # ('Unless otherwise noted below, the business address of each of the persons listed above is')
        if current and _wraps_title(current, line):
            current[0]["title_rows"].append((current[0]["title_column"], line.strip()))  # a title on the right
            current[3] = e  # wrapping under itself, or the next title under it
            continue
        if current and (right := _title_beside(text, current, line)) is not None:
            current[0]["title_rows"].append(right)  # a title in the title column beside the paragraph under the name
            line, e = line[:right[0]].rstrip(), s + len(line[:right[0]].rstrip())
            current[3] = s + len(lines[index][2])
            if not line.strip():
                continue
        if current and len(line) - len(line.lstrip()) > current[0]["indent"]:
            current[1].append((s, e))  # the paragraph under the leader line
            current[3] = max(current[3], e)
            continue
        if current:
            entries.append(current)
            current = None
        others += bool(entries) and not repeats_heading(lines, index, min(starts))  # (a part heading, a caption)
    if current:
        entries.append(current)
    if len(entries) < 2 or others > 0.4 * len(entries):
        return None
    width = max((column - head["title_column"] + len(row) for head, *_rest in entries if head["side"] == "left"
                 for column, row in [(head["title_column"], head["title"]), *head["title_rows"]]), default=0)
    shape = paragraphs_shape(text, [body for _head, body, _s, _e in entries])  # (items with a hanging indent)
    entries = [_entry(text, *current, hanging, width, shape) for current in entries]  # (width: the cells' widest line)
    for entry in entries if occupation_caption([line for _s, _e, line in lines[:min(starts)]]) else ():
        entry.occupation_cell = True  # ('Name' / 'Present Principal Occupation and Five-Year Employment History')
    return entries


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, line) of every line of text[start:end], indentation kept."""
    out, at = [], start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        out.append((at, stop, text[at:stop].rstrip()))
        at = stop + 1
    return out


def _head(match: re.Match, line_start: int, begun: tuple | None = None) -> dict | None:
    """The name's side and span of a leader line; None when both sides or neither read as a person's name. `begun`:
    the name whole and where it begins, wrapped from the line above (kg.forms.roster_leader_wrap)."""
    left, right = match.group("left"), match.group("right")
    left_name = begun is not None or rt.is_person_name(rt.strip_numbering(left)[0])
    right_name = rt.is_person_name(right)
    if left_name == right_name:
        return None
    side, other = ("right", "left") if right_name else ("left", "right")
    name, title = (begun[0] if begun else match.group(side)), title_after_label(match.group(other))
    cut = rt.strip_numbering(name)[1] if side == "left" else 0
    whole = begun is not None and begun[2] is not None  # (the name whole on the line above, the leader opening its line)
    stop = side == "left" and not whole and match.string[match.end("left")] == "." and keeps_stop(name)  # ('Bruce C.')
    first = begun[1] if begun else line_start + match.start(side)
    return {"name": name[cut:] + "." * stop, "name_span": (first + cut, begun[2] if whole else line_start + match.end(
        side) + stop), "title": title, "side": side, "indent": begun[3] if whole else len(match.group("indent")),
            "whole": whole, "title_lines": [], "line": None, "title_column": match.start("right"), "title_more": [],
            "title_rows": [], "numbers": set()}


def _wraps_title(current: list, line: str) -> bool:
    """A line right under a leader line whose title is on the right, printed at that title's column and
    holding no label: the title wrapping under itself ('Chairman of the Board; Chief' / 'Executive Officer')."""
    head, body = current[0], current[1]
    return (head["side"] == "left" and not body and len(line) - len(line.lstrip()) == head["title_column"]
            and not any(pattern.search(line) for pattern in rules().labels.values()))


def _hanging(lines: list, heads: dict) -> bool:
    """The titles on the right wrap with a hanging indent: a line under a leader line starts one to four columns
    right of that line's title ('Vice President of Business' / '  Development'), so a line at the title's column
    is a title of its own ('President' / 'Director')."""
    for index, head in heads.items():
        column = head["title_column"]
        for _s, _e, line in lines[index + 1:index + 8]:
            if _LEADER.match(line):
                break
            if any(column < m.end() <= column + 4 for m in _CELL_START.finditer(line)):
                return head["side"] == "left"
    return False


def _title_beside(text: str, current: list, line: str) -> tuple[int, str] | None:
    """(column, text) of what a line under a leader line whose title is on the right prints from that title's column
    on, two spaces or more after what stands under the name ('    (officer of X      Chairman of the Board'), or at
    that column or deeper alone on its line; None where it prints nothing there, or where the paragraph under the
    name reaches that column (a paragraph across the page, no second column)."""
    head, body = current[0], current[1]
    if head["side"] != "left" or any(e - (text.rfind("\n", 0, s) + 1) >= head["title_column"] - 1 for s, e in body):
        return None
    at = next((m.end() for m in _CELL_START.finditer(line) if m.end() >= head["title_column"]), None)
    if at is None or at > head["title_column"] + 4 or any(p.search(line[at:]) for p in rules().labels.values()):
        return None
    return at, line[at:].strip()


_CELL_START = re.compile(r"(?:^[ \t]*|[ \t]{2,})(?=\S)")  # where a line's text, or a cell after a gap, starts
_ABOVE = re.compile(r"\b(?:above[-\s]+listed|(?:listed|named|set\s+forth)\s+above)\b", re.I)


def _speaks_of_those_above(text: str, at: int, end: int) -> bool:
    """The paragraph from `at` speaks of the persons listed above: it closes the list, no entry's."""
    stop = text.find("\n\n", at, end)
    return bool(_ABOVE.search(" ".join(text[at:end if stop < 0 else stop].split())))


def _title_start(lines: list, index: int) -> int:
    """The first line of the title that ends on leader line `index`: the lines right above it, at its margin,
    when the name is on the right (a title on the left wraps above its leader line)."""
    head = lines[index][2]
    indent = len(head) - len(head.lstrip())
    first = index
    while first > 0:
        above = lines[first - 1][2]
        if (not above.strip() or _RULE.fullmatch(above.strip()) or _LEADER.match(above)
                or len(above) - len(above.lstrip()) != indent):
            break
        first -= 1
    return first


def _titles(head: dict, hanging: bool, width: int) -> list[str]:
    """The titles of a leader line and the lines under it: a line deeper than the title's column wraps the title
    above; one at that column too, unless the list wraps with a hanging indent or the two are whole titles each (then
    it is a title of its own); a line whose first word would have fitted on the line above is a title of its own."""
    titles = [" ".join([*(line.strip() for line in head["title_lines"][:-1]), head["title"]])] \
        if head["side"] == "right" else [head["title"]]
    above = (len(head["title_lines"][-1]) - len(head["title"]) - head["title_column"], head["title"])  # (indent, text)
    for column, row in head["title_rows"]:  # (none where the title is on the left)
        if column == head["title_column"] and (hanging or another_title(titles[-1], row)) \
                or broken_on_purpose(above, row, width):  # (its first word would have fitted above: no wrap)
            titles.append(row)
        else:
            titles[-1] = _HYPHEN_WRAP.sub("", f"{titles[-1]}\n{row}")
        above = (column - head["title_column"], row)
    return [rt.strip_numbering(clean.squash(title) or "")[0] for title in titles]


def _entry(text: str, head: dict, body: list[tuple[int, int]], start: int, end: int, hanging: bool, width: int,
           shape: Shape) -> Entry:
    rows = [head["title"], *(row for _column, row in head["title_rows"])]
    stack = stacked_address(rows, width) if head["side"] == "left" else None  # (kg.forms.roster_leader_address)
    kept = [i for i in range(len(head["title_rows"])) if i not in head["numbers"] and not (
        stack and stack[0] <= i + 1 < stack[1])]  # (a lone number left out, as a page's, where no stack holds it)
    head = {**head, "title_rows": [head["title_rows"][i] for i in kept]}
    titles = _titles(head, hanging, width)
    kept = [title for title in titles if title and rt.is_title(title)]
    entry = Entry(name=head["name"], name_span=head["name_span"], evidence=(start, end), title_column=True,
                  fields={"position": ";".join(kept)} if kept else {}, mixed_where_named=head["side"] == "left" and any(";" in t for t in kept))
    # (a right column of items: where one names the listed organisation, one naming none is held elsewhere)
    entry.doubts += [title for title in titles if title and not rt.is_title(title)]  # (the leader joins the name
    # to something that reads as no title: left out; where it runs on past a full stop, the address it may print is
    # not the preamble's default either: kg.forms.roster_leader_tail)
    entry.refused |= {"address"} if any(unstopped_tail(t, loose=True) for t in entry.doubts) else set()
    if stack:
        entry.fields["address"] = ", ".join(rows[stack[0]:stack[1]])
    entry.cities_after_break = cities_after_break([head["title"], *(row for _column, row in head["title_rows"])])
    body, citizen = closing_citizenship(text, body)  # ('(Citizen of Canada)' closing the paragraph, read alone)
    if body and (elsewhere := bracketed_elsewhere(" ".join(text[s:e] for s, e in body))) is not None:
        entry.fields["other_positions"] = ";".join(elsewhere)  # ('(Counsel, Cassels, Brock & Blackwell)')
    elif body:
        values = _statements(text, body[0][0], body[-1][1]) or item_fields(text, body, shape, _statements, bool(citizen))
        if values is None:  # (nor items: left out; where it runs on past the titles' full stop, the address it may
            entry.doubts.append(paragraph := clean.squash(text[body[0][0]:body[-1][1]])[:120])  # print is not the default)
            if "address" not in entry.fields and titles and unstopped_tail(f"{titles[-1]} {paragraph}", loose=True):
                entry.refused.add("address")  # ('Chairman.' / 'The Duberstein Group' set deeper than the titles)
        else:
            entry.fields.update(values)
    if citizen and entry.fields.setdefault("citizenship", citizen) != citizen:
        entry.fields.pop("citizenship")  # (two citizenships stated: neither read)
        entry.refused.add("citizenship")
    return entry


def _runs_on(value: str) -> bool:
    """A value with a sentence after its full stop ('Canada. He also serves ...'): more than a label's value."""
    return any(not _INITIAL.search(value, 0, m.start()) for m in _SENTENCE_END.finditer(value))


def _statements(text: str, start: int, end: int) -> dict[str, str] | None:
    """field -> value of a paragraph made only of labelled statements; None when any of it is not."""
    labels = sorted((m.start(), m.end(), field) for field, pattern in rules().labels.items()
                    for m in pattern.finditer(text, start, end))
    if not labels or text[start:labels[0][0]].strip():
        return None
    values: dict[str, str] = {}
    for index, (label_start, label_end, field) in enumerate(labels):
        if field in values or field == "name" or not _STATEMENT_START.search(text[start:label_start]):
            return None
        value_end = labels[index + 1][0] if index + 1 < len(labels) else end
        value = clean.squash(_HYPHEN_WRAP.sub("", text[label_end:value_end])) or ""
        value = value.rstrip(" ;")
        if value.endswith(".") and not _ABBREVIATION.search(value):
            value = value[:-1].rstrip()
        if not value or _runs_on(value):
            return None
        values[field] = value
    return values

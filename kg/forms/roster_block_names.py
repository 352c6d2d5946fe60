"""Where the names of a labelled-block roster stand (kg/forms/roster_blocks.py): the names the
NER finds, each completed to the end of its line ('JENSEN, Britt Meelby') and with its suffix,
plus the headings of the one shape no value has, 'SURNAME, Given' alone above a label; names
that are part of an organisation ('at Carnegie Mellon / University') are none."""
from __future__ import annotations

import bisect
import re
from collections import Counter

from kg.forms import roster_fields as rf
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.nlp import person_names
from kg.forms.roster_initial_names import with_initial_names
from kg.forms.roster_name_values import in_value_run, organization_context, place_line
from kg.forms.roster_occupation_span import no_name_run
from kg.forms.roster_rules import rules
from kg.forms.roster_subjects import said_in_sentence

_SUFFIX = re.compile(r",?[ \t]*" + suffix_alternation(numerals=False, capitals=True) + r"\.?(?=[ \t]*(?:\n|,|$|:[ \t]))|,?[ \t]+" + suffix_alternation(words=False) + r"\b(?=[ \t]*(?:\n|,|$|:[ \t]))")  # (':': run-in)


def name_spans(text: str, start: int, end: int, structure: list, starts: list[int], zones: list[str | None],
               name_zones: tuple) -> list[tuple[int, int]]:
    """(start, end) of each free-standing name of text[start:end]: the NER's names, completed to
    their line's end and with their suffix, and the 'SURNAME, Given' headings it misses; a
    repeated string (boilerplate), a name inside a structure event, outside the zones where a
    name may stand (`name_zones`, the zone after each of `starts`) or inside an organisation's
    name is none."""
    spans = with_initial_names(text, start, end, [(s + start, e + start) for s, e in person_names(text[start:end])])
    spans = [(s, e + (m.end() if (m := _SUFFIX.match(text, e, end)) else 0) - (e if m else 0)) for s, e in spans]
    spans = [(s, _whole_line_name(text, s, e, end)) for s, e in spans]
    headings = _surname_headings(text, start, end, structure)  # (they replace the NER's parts of them)
    spans = sorted([(s, e) for s, e in spans if not any(a < e and s < b for a, b in headings)] + headings)
    spans = [(s, e) for i, (s, e) in enumerate(spans) if not any(a <= s and e <= b for a, b in spans[:i])]  # (within
    # a name extended to its line's end: 'CUSS, Francis Michael Cyprian' holds the NER's 'Michael Cyprian')
    counts = Counter(text[s:e] for s, e in spans if not _inside_event(s, e, structure, starts)  # (a name the
                     and not said_in_sentence(text, s, e))  # preamble names too, 'except Francesco Caio, who is ...',
    # is no boilerplate; nor is the entry's name as its value's sentence's subject: 'X is the President of Y.')
    names, placed = [], []
    for s, e in spans:
        last = bisect.bisect_left(starts, e) - 1  # the last event starting before the name ends
        if counts[text[s:e]] > 1 or (last >= 0 and structure[last].end > s):
            continue  # a repeated string is boilerplate (an address), not a listed person
        at = bisect.bisect_right(starts, s) - 1
        zone_ok = (zones[at] if at >= 0 else None) in name_zones or at >= 0 and _outdented(text, s, e, structure[at].start) \
            or at >= 0 and _set_apart(text, s, e, structure, at)
        if zone_ok and zones[at] == "address" and (_mid_line(text, s, e) or in_value_run(text, s, e, _MARK)):
            continue  # ('Le Prince de Galles': words before it on a line of the address, a part of the address)
        if zone_ok and zones[at] != "address" and in_value_run(text, s, e, _MARK, _TITLE_LINE_CHARS):
            continue  # ('Senior Vice President - Administration, Southwestern Energy Company': amid a title line)
        if zone_ok and not organization_context(text, s, e) and not _after_title(text, s) and not _title_only(text, s, e) \
                and ((s, e) in headings and _marked(text, s) or not place_line(text, s, e) or _over_title(text, s, e)):
            # ('9.  Bill Way' is a numbered entry's heading, whatever its words; so is 'Bill Way' set apart over a title)
            names.append((s, e))
        elif zone_ok and (s, e) in headings and not organization_context(text, s, e) and not _after_title(text, s) \
                and not _title_only(text, s, e):
            placed.append((s, e))  # (a heading whose words end in a street's: 'Bill Way', 'Grant Hill')
    return sorted(names + _in_heading_place(text, placed, names, structure, starts))


def _in_heading_place(text: str, placed: list, names: list, structure: list, starts: list[int]) -> list[tuple[int, int]]:
    """Of the headings read as a line of an address (a street's word last: 'Bill Way', 'Susan Park'), those that stand
    where the roster's other names stand: alone between blank lines (a blanked underline is one) in their column, right
    over the label that stands under two other names or more ('' / 'Bill Way' / '--------' / 'Position with the Company: ...'). No
    line of an address stands alone there; the street's word is a surname."""
    if not placed:
        return []
    places = Counter(_label_under(text, s, e, structure, starts) for s, e in names)
    return [(s, e) for s, e in placed if (place := _label_under(text, s, e, structure, starts)) and places[place] >= 2]


def _label_under(text: str, s: int, e: int, structure: list, starts: list[int]) -> tuple[str, int] | None:
    """The field of the label under a name alone on its line, a blank line (or a rule, or nothing) above it and
    only blank lines between it and that label, and the name's column; else None."""
    line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    if line_end < 0 or text[line_start:s].strip() or text[e:line_end].strip():
        return None
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    if above.strip() and not re.fullmatch(r"[ \t]*[-=_*]{3,}[ \t]*", above):
        return None
    at = bisect.bisect_right(starts, e)
    following = structure[at] if at < len(structure) else None
    if following is None or following.kind != "label" or text[line_end:following.start].strip():
        return None
    return following.field, s - line_start


def _mid_line(text: str, s: int, e: int) -> bool:
    """Words stand before text[s:e] on its line (not only indentation or an entry's mark: 'B. ' before a surname
    printed first, 'B. BIALKIN, Kenneth J.', is a row letter, no initial), none after it, and the value goes on in
    the line below ('Le Prince de Galles' / '10 Avenue de Grande-Bretagne')."""
    before = text[text.rfind("\n", 0, s) + 1:s]
    after = re.match(r"[ \t]*(?:\n|$)[ \t]*(\S?)", text[e:e + 400])
    return bool(before.strip()) and not re.fullmatch(r"[ \t]*(?:" + _MARK + r")?", before) \
        and not (re.fullmatch(r"[ \t]*\(?[A-Z][.)][ \t]+", before) and _ROW_LETTER.match(before + text[s:e])) \
        and bool(after) and bool(after.group(1))


def _inside_event(s: int, e: int, structure: list, starts: list[int]) -> bool:
    last = bisect.bisect_right(starts, s) - 1
    return last >= 0 and structure[last].end >= e


def _title_only(text: str, s: int, e: int) -> bool:
    """A run the NER took for a name that is a title ('Biopharmaceutical Consultant' ending a stacked title line) or
    an occupation's words or a phrase's object (kg/forms/roster_occupation_span.py: 'Private Investor')."""
    from kg.forms import roster_types as rt
    return rt.is_title(text[s:e]) and not rt.is_person_name(text[s:e]) or no_name_run(text, s, e)


def _outdented(text: str, s: int, e: int, label: int) -> bool:
    """A name alone on its line (an entry's mark before it at most), left of the label whose value it
    follows: the heading of the next block, whatever that label's field ('    Principal Occupation: ...' /
    'Steen Riisgaard' / '    Position: ...'); a value's wrapped line never stands left of its label."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    if text[e:line_end if line_end >= 0 else len(text)].strip() or \
            not re.fullmatch(r"[ \t]*(?:" + _MARK + r"|\(?[A-Z][.)][ \t]+)?", text[line_start:s]):
        return False
    label_start = text.rfind("\n", 0, label) + 1
    indent = len(text[label_start:label]) - len(text[label_start:label].lstrip(" \t"))
    return not text[label_start:label].strip() and len(text[line_start:s]) - len(text[line_start:s].lstrip(" \t")) < indent


def _after_title(text: str, s: int) -> bool:
    """A name right after a title and a comma or a connector on its line ('Executive Vice President, Operations
    Control and Development', 'President, Utility Group for Northeast Utilities'): the title goes on (a department,
    an employer), no person's name starts there."""
    from kg.forms import roster_types as rt
    before = text[text.rfind("\n", 0, s) + 1:s].rstrip()
    joined = before.endswith(",") or re.search(r"\b(?:of|for|at|with)$", before)  # ('... Utility Group for X')
    line_end = text.find("\n", s)
    rest = text[s:line_end if line_end >= 0 else len(text)]
    if any(label.search(rest) for label in rules().labels.values()):
        return False  # ('Member of the Supervisory Board of Remy Dullieux Position:': a name displaced before its
        # block's label, after the end of the value above)
    if rules().title_words.search(before) and ";" in before and not before.endswith(":"):
        return True  # ('...; Head of Central Legal Department, AXA': a title's words go on past a title before it;
        # after a colon a name starts: '(1) Director; Chairman of the Board:  Henri Dulac')
    return bool(joined) and rt.is_title(before.rstrip(","))


def _set_apart(text: str, s: int, e: int, structure: list, at: int) -> bool:
    """A name alone on its line (an entry's mark before it at most), a blank line or a rule above it and a label
    opening the next line: the heading of the next block, whatever the field of the label above ('Present
    Position with X:   Director' / '' / '2. BIALKIN, Kenneth J.' / 'Business Address: ...'), a value stacked between."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    if line_end < 0 or text[e:line_end].strip() or \
            not re.fullmatch(r"[ \t]*(?:" + _MARK + r"|\(?[A-Z0-9]{1,3}[.)][ \t]+)?", text[line_start:s]):
        return False
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = text[above_start:max(above_start, line_start - 1)]
    if above.strip() and not re.fullmatch(r"[ \t]*(?:[-=_*]{3,})[ \t]*", above):
        return False
    from kg.forms import roster_types as rt
    following = next((event for event in structure[at + 1:] if event.start > e), None)
    between = [line for line in text[line_end + 1:following.start].split("\n") if line.strip()] if following else []
    return following is not None and following.kind == "label" and (len(between) <= 1 or all(
        rt.is_title(line.strip()) for line in between))  # (a title stacked under it: 'B. Curtis, Thomas A.' /
    # 'Director; Vice President' / 'Principal Business Address - ...'; or titles one a line: 'ROBERT H. BENMOSCHE' /
    # 'Director' / 'Chairman of the Board' / 'Chief Executive Officer' / 'Address - ...')


def _over_title(text: str, s: int, e: int) -> bool:
    """A name alone on its line, a blank line (or nothing) above it and a title alone on the line under it ('' /
    'Bill Way' / 'President'): an entry's heading, never an address line (no title stands under one)."""
    from kg.forms import roster_types as rt
    line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    if line_end < 0 or text[line_start:s].strip() or text[e:line_end].strip():
        return False
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    below = text[line_end + 1:(text.find("\n", line_end + 1) + 1 or len(text) + 1) - 1].strip()
    return not above.strip() and rt.is_title(below) and not rt.is_address_line(below) and not re.search(r"\d", below)


# 'WAY, Bill', 'ABDEL-MEGUID, Tarek F.', 'JOHNSON, Sylvester “Chip”', '3. SAILLARD, Jean-Paul': a
# surname in capitals, a comma and the given names, alone on its line
# an entry's mark before its name: '3. ', '(3) ', 'C.  ' (a letter only with two spaces after it: 'H. Laurance Fuller' is
# an initial; a roman numeral, 'iv.', 'XII.')
_TITLE_LINE_CHARS = 132  # a printed line's longest (a longer run of text is a paragraph, where names stand amid text)
_MARK = r"(?:\(?\d{1,3}[.)][ \t]+|\(?[A-Za-z][.)][ \t]{2,}|\([A-Za-z]\)[ \t]+|\(?(?:[ivx]{1,5}|[IVX]{2,5})[.)][ \t]+)"  # ('(c) ': no initial)
_SURNAME_HEADING = re.compile(r"^[ \t]*(?:" + _MARK + r")?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){0,2},[ \t]+"
                              r"[A-Z][\w.'’-]*(?:[ \t]+[\w.'’“”\"()-]+){0,4}?(?:,?[ \t]+" + suffix_alternation(capitals=True) + r"\.?)?)"
                              r"[ \t]*$", re.M)


def _surname_headings(text: str, start: int, end: int, structure: list) -> list[tuple[int, int]]:
    """Names of the one shape no value has: 'SURNAME, Given' alone on the line just above a label
    (the block's heading), no digit, no nationality or country in it (the NER may miss them,
    or see a part: 'MEGUID, Tarek F.' of 'ABDEL-MEGUID, Tarek F.')."""
    labels = {e.start for e in structure if e.kind == "label"}
    out = []
    for match in _SURNAME_HEADING.finditer(text, start, end):
        s, e = match.span(1)
        below = re.match(r"[ \t]*\n[ \t]*", text[match.end():match.end() + 200])
        if below and match.end() + below.end() in labels and not rf.find_nationality(match.group(1)) \
                and not rf.find_country(match.group(1)):
            out.append((s, e))
    from kg.forms import roster_types as rt
    for match in _SET_APART.finditer(text, start, end):  # 'Sandra L. West' set apart by blank lines above its labels
        s, e = match.span(1)
        if letter := _ROW_LETTER.match(match.group(1)):
            s += letter.end()  # ('A. Parker, Kevin E.': no initial stands before a surname printed first)
        if any(rt.is_header(word) for word in text[s:e].split()):
            continue  # ('Carlo Bozotti Position': a label's word, no part of a name)
        if _above_label(text, _below_stacked(text, match.end(2), labels), labels) and not any(a <= s < b for a, b in out) and not re.search(r"\d", match.group(1)) \
                and rt.is_person_name(text[s:e]) and text[s:e].casefold() not in " ".join(text[max(0, s - 20000):s].split()).casefold():
            out.append((s, e))  # (one named above, 'that of LOR FINANCE' in the preamble, heads the filer's part)
    return sorted(out)


_ROW_LETTER = re.compile(r"\(?[A-Z][.)][ \t]+(?=[A-Z][\w'’-]+,)")
# a line alone after a blank line (or a rule line), the next printed line a label (below blank lines, or on the very next line of an
# outline: '1.  Name' / '(a) Business address: ...'): the heading of the block below
_SET_APART = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[-=_*]{3,}[ \t]*)?\n[ \t]*(?:" + _MARK + r")?([A-Z][^\n:]{2,60}?)[ \t]*(?=\n(?:[ \t]*\n)*([ \t]*))")


STACKED_TITLE_CHARS = 80  # (a typed line's width: 'formerly Co-Chairman of the Board of Directors, BP Amoco, p.l.c.')


def _below_stacked(text: str, at: int, labels: set[int]) -> int:
    """Where the label under a heading starts: at `at`, or on the line after a line stacked under the heading
    ('A. Pierre Beaudoin' / 'Director' / 'Citizenship:  Canada'; blank lines before the label where a page broke)"""
    from kg.forms import roster_types as rt
    first = at
    for stacked in range(6):  # (titles one per line: 'Director' / 'Executive Officer' / 'President')
        if _above_label(text, at, labels):
            return at
        line_end = text.find("\n", at)
        line = text[at:line_end].strip() if line_end >= 0 else ""
        below = re.match(r"\n(?:[ \t]*\n)*[ \t]*", text[line_end:line_end + 200]) if line else None
        if not below or stacked and not (rt.is_title(line) and len(line) < STACKED_TITLE_CHARS):
            return first
        at = line_end + below.end()
    return first


def _marked(text: str, at: int) -> bool:
    """A name after an entry's mark alone before it on its line ('9.  Bill Way')."""
    line_start = text.rfind("\n", 0, at) + 1
    return bool(re.fullmatch(r"[ \t]*" + _MARK, text[line_start:at]))


def _above_label(text: str, at: int, labels: set[int]) -> bool:
    """A label starts at `at`, or at the start of its line (a label led by its clause letter, '(a) Business address:')."""
    return at in labels or text.rfind("\n", 0, at) + 1 in labels


_MORE_NAMES = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’.-]*|[“\"][A-Z][\w'’.-]*[”\"])){1,3}[ \t]*(?=\n|$|:[ \t])")  # ('“Chip”': a
# nickname in quotes; a run-in label's colon ends the name too: 'Britt Meelby Jensen: Position with X: ...')


def _whole_line_name(text: str, start: int, stop: int, end: int) -> int:
    """The end of a name alone on its line: 'JENSEN, Britt Meelby' where the NER saw 'JENSEN, Britt'."""
    from kg.forms import roster_types as rt
    line_start = text.rfind("\n", 0, start) + 1
    more = _MORE_NAMES.match(text, stop, end)
    before = re.sub(r"^(?:" + _MARK + r"|\(?[A-Z][.)] )", "", text[line_start:start].strip() + " ").strip()  # ('3. JENSEN,
    # Britt Meelby'; 'C. BRITT MEELBY JENSEN': a row letter or an initial, either way the line's words are the name's)
    if more is None or before.strip() or not rt.is_person_name(text[start:more.end()].strip()) \
            or any(rt.is_header(word) or rt.is_title(word) for word in more.group(0).split()):
        return stop  # ('Carlo Bozotti Position': a label word, no part of the name)
    return stop + len(more.group(0).rstrip())


def with_row_names(text: str, structure: list, value_cells, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` without those inside a value's own table cell (a name there is part of the value), with the row names
    (below), sorted."""
    found = [(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in value_cells)]
    return sorted(found + row_names(text, [e for e in structure if e.kind == "label"], value_cells, found))


def row_names(text: str, labels: list, value_cells, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names the NER misses in a table of labelled cells (kg/forms/roster_labelcells.py: 'Label: | value' rows):
    a line right above a label of the entries' first field that is no label's row and no value's cell is a row of
    its own, a cell alone, its entry's name ('Sandra L. West' over 'Position with X: | Assistant Secretary') where
    it has a person's name's shape. Nothing outside such a table (no `value_cells`)."""
    from kg.forms import roster_types as rt
    if not value_cells or not labels:
        return []
    names = []
    for label in labels:
        if label.field != labels[0].field:
            continue
        line_end = text.rfind("\n", 0, label.start)
        if line_end < 0 or text[line_end:label.start].strip():
            continue  # (the label does not open its line)
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        s = line_start + len(line) - len(line.lstrip())
        e = line_start + len(line.rstrip())
        if e > s and "|" not in line and rt.is_person_name(text[s:e]) and not any(
                a < e and s < b for a, b in list(value_cells) + found + [(x.start, x.end) for x in labels]):
            names.append((s, e))
    return names

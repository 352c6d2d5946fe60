"""What a roster states after its table: one address sentence per person ('The address of Lars
Green is Tuborg Havnevej 19, 2900 Hellerup, Denmark.'), as S-1 and Schedule 13D annexes print the
addresses under a table that has no address column.

A sentence gives its address to the one person of the table whose name has the same words (in
any order, case aside: 'GREEN, Lars' is 'Lars Green'); a sentence naming nobody of the table, or
a name two people share, gives nothing. The address replaces only an absent one or the
preamble's default; a person whose row printed an address keeps it.
"""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms.roster_after_colon import sentence_with_address_below
from kg.forms.roster_pages import page_mark
from kg.forms.roster_rules import rules
from kg.read import clean
from kg.records import Person

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*", re.M)  # text between blank lines
MAX_PARAGRAPH = 600
MAX_PROSE = MAX_PARAGRAPH * 4  # (a paragraph of sentences after a table: one address sentence per person)


def name_key(name: str) -> tuple[str, ...]:
    return tuple(sorted(re.sub(r"[^\w\s]", " ", name).casefold().split()))


def address_sentences(text: str, start: int, end: int, people: list[Person], default: str | None,
                      named_from: int | None = None, raw: str = "") -> None:
    """Give each person of `people` (the table read from text[:start]) the address a sentence of
    text[start:end] states for them, with its span. A paragraph may print one sentence after another ('The
    business address of A is X. The business address of B is Y.'): each runs to the next one's start, up to the
    first that is no address sentence; one that breaks off at a comma runs on in the next paragraph (a page
    broke it). A person named by a sentence whose address is not read for certain keeps no default (refused):
    so does one that a sentence of text[named_from:end] names but that was not read (a sentence read as the
    table's, or after a sentence that is no address sentence)."""
    default = rf.parse_address(default)[0] if default else None
    by_key: dict[tuple[str, ...], list[Person]] = {}
    for person in people:
        if person.name:
            by_key.setdefault(name_key(person.name), []).append(person)
    given: set[int] = set()
    for paragraph in _paragraphs(text, raw, start, end):
        if paragraph[1] - paragraph[0] > MAX_PARAGRAPH * 4:
            continue
        for s, e in _sentences(text, paragraph):  # (a paragraph of address sentences: one that opens with
            found = e - s <= MAX_PARAGRAPH and rules().address_after_table.match(  # another sentence is a
                text[s:e].replace("\n", " ").rstrip())  # biography's, read by kg.forms.roster_bios)
            if not found:
                break
            holders = by_key.get(name_key(found.group("who")), [])
            if len(holders) != 1 or (holders[0].address and holders[0].address != default):
                continue
            at = s + found.start("value")
            printed = text[at:s + found.end("value")]
            printed = printed[:_own_citizenship_at(printed, found.group("who"))]
            given.add(id(holders[0]))
            if _more_sentences(printed) or not _give(holders[0], printed, at):
                _refuse_default(holders[0])
    for who in _named(text, start if named_from is None else named_from, end):
        holders = by_key.get(name_key(who), [])
        if len(holders) == 1 and id(holders[0]) not in given and holders[0].address == default:
            _refuse_default(holders[0])  # (named for another address, which was not read: not the default)


def _paragraphs(text: str, raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the paragraphs of text[start:end], one that a page break cut joined to the next: one that ends
    in a comma ('... Skadden, Arps, Slate,' / 'Meagher & Flom LLP, ...'), or that ends in no full stop where the
    page broke after it (a form feed, a page number or a running header in `raw`, the source with the same
    offsets)."""
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text, start, end):
        last = text[spans[-1][0]:spans[-1][1]].rstrip()[-1:] if spans else "."
        if last == "," or last not in ".:;" and _page_broke(text, raw, spans[-1][1], paragraph.start()):
            spans[-1] = (spans[-1][0], paragraph.end())
        else:
            spans.append(paragraph.span())
    return spans


# where an address sentence may open: after a full stop or at a line's start, past any white space (found from the
# phrase back, not by a scan of the white space from every line start: quadratic in a long blank run)
_NAMED = re.compile(r"(?=(?:The\s+)?(?:principal\s+)?(?:business\s+|office\s+)?address\s+of\s)", re.I)


def _page_broke(text: str, raw: str, start: int, end: int) -> bool:
    """A page broke between `start` and `end` (blank in `text`)."""
    return len(raw) == len(text) and any(page_mark(text, raw, m.start(), end) for m in _LINE.finditer(raw, start, end))


_LINE = re.compile(r"(?m)^")


def _named(text: str, start: int, end: int) -> list[str]:
    """The names that the address sentences of text[start:end] state an address for ('The business address of
    Robert Gratton is ...'), wherever they stand."""
    names = []
    for cut in _NAMED.finditer(text, start, end):
        if not _opens_sentence(text, cut.start()):
            continue
        window = " ".join(text[cut.end():min(end, cut.end() + 400)].split())
        stop = SENTENCE_BREAK.search(window, window.find(" is ") + 1)  # (the sentence only: its value ends there)
        if found := rules().address_after_table.match(window[:stop.start() if stop else len(window)]):
            names.append(found.group("who"))
    return names


def _opens_sentence(text: str, at: int) -> bool:
    """text[at:] opens a sentence: only white space back to a full stop, a line break or the text's start."""
    gap = at
    while gap > 0 and text[gap - 1].isspace():
        gap -= 1
    return gap == 0 or text[gap - 1] == "." or "\n" in text[gap:at]


_NEXT_ADDRESS = re.compile(r"(?<=\.)\s+(?=(?:The\s+)?(?:principal\s+)?(?:business\s+|office\s+)?address\s+of\s)", re.I)
_VERB = re.compile(r"\s(?:is|are|was|were|has|have|serves?|served)\s")


def _sentences(text: str, paragraph: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of a paragraph cut before each address sentence after the first."""
    cuts = [paragraph[0]] + [m.end() for m in _NEXT_ADDRESS.finditer(text, *paragraph)]
    return [(s, e) for s, e in zip(cuts, cuts[1:] + [paragraph[1]])]


def _more_sentences(value: str) -> bool:
    """An address that runs on into another sentence ('... Paris, France. Each of them is ...'): not read."""
    return any(_VERB.search(" ".join(value[cut.end():].split()) + " ") for cut in SENTENCE_BREAK.finditer(value))


def _refuse_default(person: Person) -> None:
    person.address = person.address_city = person.address_country = None


SENTENCE_BREAK = re.compile(r"(?:(?<=[a-z0-9)]\.)|(?<=[A-Z]{2}\.)|(?<=\.\.))\s+(?=[A-Z])|(?<=\.)\s+(?=The\s+citizenship\s+of\s)")  # a sentence's end ('...
# MONACO. Daniel Mignon ...', an abbreviation's stop doubled by the sentence's: 'a citizen of U.S.. The'; never
# 'Marshall A. Cohen', 'N.Y. 10172'; 'is U.S. The citizenship of X is Y.': a sentence naming the field opens)


def _own_citizenship_at(value: str, who: str) -> int:
    """Where the address of `who` ends when a sentence stating their citizenship closes its paragraph ('... Ontario
    M5H 3C2. Marshall A. Cohen is a citizen of Canada': kg.forms.roster_after_citizens reads that sentence), or one
    stating everyone's ('... 75008 Paris, France. Each such person is a citizen of Canada, except ...': the preamble's
    default citizenship, read by kg.forms.roster_preamble)."""
    for cut in SENTENCE_BREAK.finditer(value):
        sentence = " ".join(value[cut.end():].split())
        said = rules().citizen_sentence.match(sentence)
        if said and name_key(said.group("who")) == name_key(who) or rules().default_citizenship.match(sentence):
            return cut.start() - 1  # (the full stop closing the address goes too)
    return len(value)


def _give(person: Person, printed: str, at: int) -> bool:
    address, city, country = rf.parse_address(clean.squash(printed))
    if not address:
        return False
    person.address, person.address_city, person.address_country = address, city, country
    person.trace("address", printed, (at, at + len(printed)))
    return True


# (it may open on a quotation mark: "'Region' is the geographic region for which the executive officer has ...")
_SENTENCE_LINE = re.compile(r"^[\"\u201c'\u2018]?[A-Z][^\n]*\s(?:is|are|was|were|has|have)\s[^\n]*\.[\"\u201d'\u2019]?$")
# a footnote under the table: its mark, then a sentence ('(1) Also a director of Larkspur Dairy Cooperative.')
_FOOTNOTE_LINE = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}|\*{1,3}|[\u2020\u2021])\s+[\"\u201c']?[A-Z][^\n]*\.$")
_FOOTNOTE_MARK = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}|\*{1,3}|[\u2020\u2021])\s+")
_NOTE_RULE = re.compile(r"^\s*(?:-{5,}|_{5,})\s*$")  # ('----------' over the notes, glued to the first)
MIN_FOOTNOTE_WORDS = 5


def prose_after_table(text: str, start: int, end: int) -> int:
    """Where a fixed-width table of text[start:end] gives way to prose: the first paragraph, after a
    line of columns, whose lines all start at the margin (where the last row of columns above starts, or less;
    the first line may be indented as a paragraph's is), show no column gap, and make a sentence of eight words or more
    ('The address of Lars Green is Tuborg Havnevej 19, 2900 Hellerup, Denmark.') or a footnote of five words or
    more ('(1) Also a director of Larkspur Dairy Cooperative.'). `end` when there is none."""
    seen_columns, row_margin = False, None
    paragraphs = list(_PARAGRAPH.finditer(text, start, end))
    least = min((_depth(line) for line in text[start:end].split("\n") if line.strip()), default=0)
    for index, paragraph in enumerate(paragraphs):
        lines = _printed(text, paragraph)
        if any(rf.COLUMN_GAP.search(line.strip()) for line in lines):
            seen_columns, row_margin = True, _row_margin(lines)
            continue
        margin = least if row_margin is None else row_margin  # (the rows' above: a page printed with other margins
        # shifts the prose under the table with the rows)
        squashed = clean.squash(paragraph.group())
        if len(lines) == 1 and _depth(lines[0]) > margin and index + 1 < len(paragraphs):
            more = _printed(text, paragraphs[index + 1])  # a paragraph's first line, then a page break (its
            if any(rf.COLUMN_GAP.search(line.strip()) for line in more):  # debris blanked) and the rest of it
                continue
            lines += more
            squashed = clean.squash(f"{squashed} {paragraphs[index + 1].group()}")
        if seen_columns and _LEAD_IN.search(squashed) and _header_again(text, start, paragraph.start(), end, squashed):
            continue  # ('Our executive officers ... are set forth in the following table.' over the same header)
        if (seen_columns and _at_margin(lines, margin, _columns_after(text, paragraphs[index + 1:]))
                and len(squashed.split()) >= 8 and len(squashed) <= MAX_PROSE and _SENTENCE_LINE.match(squashed)):
            return paragraph.start()
        if seen_columns and _is_footnote(lines, squashed, margin):
            return paragraph.start()
    return end


# a paragraph that announces a table below it: the lead-in of a section of the same table when the table's header
# line is printed again under it (kg/patterns/roster.yml second_table_lead: a second table, the end of this one)
_LEAD_IN = re.compile(r"\b(?:set\s+forth|listed|shown)\s+(?:in\s+the\s+following\s+table|below)\s*[.:]$", re.I)


def _header_again(text: str, start: int, at: int, end: int, lead: str) -> bool:
    """The first line of columns in text[start:at] (the table's header) is printed again in text[at:end], and
    the lead-in at `at` (`lead`, squashed) is no second table's."""
    header = next((line.split() for line in text[start:at].split("\n") if rf.COLUMN_GAP.search(line.strip())), None)
    return header is not None and not rules().second_table_lead.search(lead) and any(
        line.split() == header for line in text[at:end].split("\n"))


def _row_margin(lines: list[str]) -> int:
    """Where the last row of a paragraph of columns starts: the last line that starts near the paragraph's least
    indentation (not a cell's wrapped line under a later column; a page printed with other margins from a row
    on shifts it and the rows after it)."""
    least = min(_depth(line) for line in lines if line.strip())
    return [_depth(line) for line in lines if line.strip() and _depth(line) <= least + MAX_INDENT][-1]


def _printed(text: str, paragraph: re.Match) -> list[str]:
    """A paragraph's lines as printed, the first one's indentation included."""
    return text[paragraph.start() - _indent(text, paragraph.start()):paragraph.end()].split("\n")


def _depth(line: str) -> int:
    return len(line) - len(line.lstrip())


def _at_margin(lines: list[str], margin: int, columns_after: bool = True) -> bool:
    """Every line of a paragraph starts at the margin, the first one perhaps indented as a paragraph's first
    line is ('     Pei-yuan Chia has served as ...'), when more lines follow it at the margin; indented by up to
    twelve (a tab's width and more: '         The business address of ...') when no line of columns follows it
    (a sentence that opens the next section of the table is no end of it)."""
    first = _depth(lines[0])
    indent = MAX_INDENT if columns_after else MAX_LAST_INDENT
    return all(_depth(line) <= margin for line in lines[1:]) and (
        first <= margin or first <= margin + indent and len(lines) >= 2)


MAX_INDENT, MAX_LAST_INDENT = 8, 12


def _columns_after(text: str, paragraphs: list[re.Match]) -> bool:
    return any(rf.COLUMN_GAP.search(line.strip()) for p in paragraphs for line in _printed(text, p))


def _indent(text: str, at: int) -> int:
    line_start = text.rfind("\n", 0, at) + 1
    return at - line_start


_FOLLOWS = re.compile(r"\bexcept\s+as\s+follows\s*:", re.I)


def default_after(text: str, start: int, end: int, longest: int = MAX_PARAGRAPH) -> tuple[int, str] | None:
    """Where a paragraph of text[start:end] gives every person listed ABOVE it a business address ('Except as
    otherwise indicated above, the business address of each of the persons named above is X.'), and X; None where
    none does, or two do (paragraphs of up to `longest` characters). The paragraph ends the roster: no entry's value
    runs into it."""
    found = []
    paragraphs = list(_PARAGRAPH.finditer(text, start, end))
    for index, paragraph in enumerate(paragraphs):
        squashed = clean.squash(paragraph.group()) or ""
        following = paragraphs[index + 1].group() if index + 1 < len(paragraphs) else None
        squashed = clean.squash(sentence_with_address_below(paragraph.group(), following) or "") or squashed
        if len(squashed) > longest or not (said := rules().default_address.search(squashed)):
            continue
        if _FOLLOWS.search(said.group(1)):
            continue  # ('... is X, except as follows: A -- Y': the lines below name the exceptions, no sentence ends X;
            # kg.forms.roster_address_follows reads them)
        if re.search(r"\b(?:named|listed|set\s+forth)\s+(?:in\s+the\s+(?:table|list)\s+)?above\b", squashed[:said.start(1)]):
            found.append((paragraph.start(), said.group(1)))
    return found[0] if len(found) == 1 else None


def _is_footnote(lines: list[str], squashed: str, margin: int) -> bool:
    """A footnote of five words or more under the table ('(1) Also a director of Larkspur Dairy Cooperative.'), at
    the margin, perhaps under a short rule glued to it ('----------'), its lines after the first perhaps hung under
    the text after its mark ('(1) "Yes" means that ...' / '    is independent ...'); no numbered entry of the table
    whose name runs on in a dot leader to its second column ('(1) Catherine A. Kehr.......  Director of SE.')."""
    if any(rules().row_leader.search(line) for line in lines):
        return False
    if len(lines) > 1 and _NOTE_RULE.match(lines[0]):
        lines, squashed = lines[1:], clean.squash("\n".join(lines[1:])) or ""
    mark = _FOOTNOTE_MARK.match(lines[0])
    hung = [line[min(_depth(line), mark.end() - _depth(lines[0])):] for line in lines[1:]] if mark else lines[1:]
    return (_at_margin([lines[0], *hung], margin) and len(squashed.split()) >= MIN_FOOTNOTE_WORDS
            and len(squashed) <= MAX_PARAGRAPH and bool(_FOOTNOTE_LINE.match(squashed)))

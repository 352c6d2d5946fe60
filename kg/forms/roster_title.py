"""The heading and title lines a roster opens with ('SCHEDULE I', 'DIRECTORS AND EXECUTIVE OFFICERS OF X'):
where they start and end, and their text; a table header, a name in capitals or a long list ends them."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_caption_stack import caption_over_header
from kg.forms.roster_rules import rules
from kg.lookups.legal_forms import legal_forms
from kg.read import clean
from kg.read.sections import lines_with_offsets

TITLE_LINES, TITLE_WIDTH = 6, 300


def roster_title(text: str, start: int, end: int) -> tuple[int, int, str]:
    """Start and end of the roster's heading and title lines, and the title text."""
    lines, first, last, opened = [], None, start, False
    for line_start, line_end, line in lines_with_offsets(text, start, end):
        upper = line.upper() == line and any(ch.isalpha() for ch in line)
        if re.fullmatch(r"[-_=*]{3,}|\|", line):
            continue  # a rule under a heading line (a lone '|': a cell border of HTML saved as text)
        aged = _NAME_AGE.fullmatch(line)  # ('PEI-YUAN CHIA, 61': a name and the person's age)
        if lines and not rules().roster_heading.search(line) and rt.is_person_name(aged.group(1) if aged else line) \
                and not _OWNER_NEXT.search(lines[-1]):  # (under '... OFFICERS OF': the organisation, 'LOR FINANCE')
            break  # the first entry's name in capitals, not more of the title
        if lines and rules().citizens_heading.fullmatch(line.strip()):
            break  # ('UNITED STATES CITIZENS' under the title: the first group's sub-heading)
        if re.match(r"[^:]{2,60}:\s*\S", line) and any(label.match(line) for label in rules().labels.values()):
            break  # an entry's labelled field ('Position: Director'): the list has begun, with no title above
        if lines and caption_over_header(text, line_start, line_end, end):
            break  # ('LOCK-UP' / 'EXPIRES': the upper line of a stacked caption of the table under the title)
        if lines and upper and _LEGAL_FORM.fullmatch(line.strip()):
            lines.append(line)  # ('... DIRECTORS OF NOVO HOLDINGS' / 'A/S': the organisation's legal form wrapped)
            last = line_end
            continue
        if re.search(r"\S {3,}\S", line) or rules().column_roles["name"].match(line) and len(line.split()) > 1 \
                or rt.is_header(line) and not (lines and line.strip().casefold() in _SMALL):  # ('OF' between title lines)
            break  # a table header, not the title
        if len(lines) >= TITLE_LINES or len(line) > TITLE_WIDTH:
            break  # a title is a few short lines; more capitals are a list
        if lines and _capitals_prose(text, line_start, end):
            break  # 'THE FOLLOWING TABLE SETS FORTH ... OF EACH DIRECTOR ...': a typed preamble, no title
        if lines and line.strip().casefold() in " ".join(lines).casefold() and line.strip().casefold() not in _SMALL:
            last = line_end  # the organisation the heading names, again in capitals: no more of the title
            continue  # ('OF' alone on its line, centred between the heading and the organisation: a word of the title)
        if lines and upper and (any(above.upper() != above for above in lines) or _SENTENCE.search(line)):
            break  # capitals under a heading in title case, or a sentence: the preamble ('SET FORTH BELOW IS ...')
        if not lines and _of_name_over_heading(text, line_start, line_end, end):
            opened = True  # ('Identity and Background of X, Inc.' / 'Directors and Executive Officers': one title)
        elif opened and len(lines) == 1:
            opened = False
            lines.append(line)
            last = line_end
            continue
        if opened or upper and (rules().roster_heading.search(line) or re.match(r"(ANNEX|SCHEDULE|EXHIBIT|APPENDIX)\b", line)
                                or lines) or not lines and _title_cased_heading(line) or lines and _heading_of(line) \
                and _blank_after(text, line_end, end) or lines and (_OF_OPEN.search(lines[-1]) or _OF_START.match(line)) \
                and _named_after_of(line):
            first = line_start if first is None else first
            lines.append(line)
            last = line_end
        elif lines:
            break
    if not lines:  # title in mixed case: the heading line and what follows up to a blank line
        return start, start, ""
    return first, last, " ".join(lines)


def _capitals_prose(text: str, start: int, end: int) -> bool:
    """A paragraph (after a blank line, up to the next) of sentences typed in capitals: fifteen words or
    more, ending in a full stop; a title is a few words, however many lines it takes."""
    previous_end = text.rfind("\n", 0, start)
    if previous_end < 0 or text[text.rfind("\n", 0, previous_end) + 1:previous_end].strip():
        return False  # (a line right under the title's lines goes on with it)
    stop = clean.BLANK_LINE.search(text, start, end)
    paragraph = text[start:end if stop is None else stop.start()].strip()
    return len(paragraph.split()) >= 15 and paragraph.endswith(".") and paragraph.upper() == paragraph


def _title_cased_heading(line: str) -> bool:
    """'Directors and Executive Officers, and Controlling Persons': a heading in title case."""
    words = re.findall(r"[A-Za-z][\w'-]*", line)
    return (2 <= len(words) <= 12 and not (line.rstrip().endswith(".") and not _LEGAL_END.search(line))
            and bool(rules().roster_heading.search(line))
            and all(w[0].isupper() or w.lower() in _SMALL for w in words))


def _named_after_of(line: str) -> bool:
    """The line under a heading that ends in 'of' ('Directors And Executive Officers Of' / 'Msdw Oip Investors,
    Inc.'): the name it leaves open, in any case; a few words, each capitalised or a joining word, no sentence."""
    words = line.split()
    return len(words) <= 12 and not _SENTENCE.search(line.upper()) and all(
        word[:1].isupper() or word[:1].isdigit() or word in _SMALL or word == "&" for word in words)


def _blank_after(text: str, line_end: int, end: int) -> bool:
    """The line after the one ending at `line_end` is blank (or there is none)."""
    newline = text.find("\n", line_end, end)  # (a line may end in spaces: a CRLF file's lines end in ' \n')
    if newline < 0:
        return True
    stop = text.find("\n", newline + 1, end)
    return not text[newline + 1:end if stop < 0 else stop].strip()


def _heading_of(line: str) -> bool:
    """'Executive Officers and Directors of CASTLERIGG MASTER INVESTMENTS LTD.', 'INFORMATION CONCERNING THE
    DIRECTORS ... OF IDT Corporation' under a heading line (and a blank line under it, the caller sees): roster
    heading words in capitals or title case before 'of', the organisation after it in any case; no sentence."""
    head = re.match(r"(.+?)\s+(?:of|OF|Of)\s+(\S.*)", line.strip())
    return bool(head) and len(line.split()) <= 20 and (head.group(1).upper() == head.group(1) or _title_cased_heading(
        head.group(1))) and bool(rules().roster_heading.search(head.group(1))) and not _SENTENCE.search(line.upper()) \
        and not (line.rstrip().endswith(".") and not re.search(_LEGAL_END.pattern, line, re.I)) \
        and all(word[:1].isupper() or word[:1].isdigit() or word in _SMALL or word == "&"
                for word in head.group(2).split())  # ('... of X, Inc. consists of': a sentence goes on)


_LEGAL_END = re.compile(r"\b" + legal_forms("heading_ends") + r"\.$")  # '... Group, Inc.': no sentence
_SENTENCE = re.compile(r"\b(?:IS|ARE)\s+(?:SET|THE|A|AN|LISTED|NAMED)\b|\bSET\s+FORTH\b")
_LEGAL_FORM = re.compile(legal_forms("heading_alone"))  # alone on a line
_NAME_AGE = re.compile(r"(?:\d{1,3}\.\s+)?(.+?),\s+\d{2}")
_OF_OPEN = re.compile(r"(?:\b(?:of|for|and|executive)|&)$", re.I)  # a heading line whose name (or words: '... X
# Directors and' / 'Executive Officers') goes on on the next line
_OF_START = re.compile(r"(?:of|for)\s+[A-Z]", re.I)  # ('... Executive Officers' / 'Of Southwestern Energy Company')
_OWNER_NEXT = re.compile(r"\b(?:directors|officers|partners|trustees|members|managers)\s+of$", re.I)  # (whose: next)
_SMALL = {"of", "and", "the", "for", "to", "in", "on", "at", "or", "its", "their"}


def heading_goes_on(line: str) -> bool:
    """A heading line that leaves its words open ('... of', '... Directors and'): the next line is more of it."""
    return bool(_OF_OPEN.search(line.rstrip()))


def _of_name_over_heading(text: str, line_start: int, line_end: int, end: int) -> bool:
    """A title-case line that ends in 'of <Name>' right over a heading line in title case set at its indent ('Identity
    and Background of X, Inc.' / 'Directors and Executive Officers'): the title's first line, wrapped before the bodies."""
    line = text[line_start:line_end]
    newline = text.find("\n", line_end, end)
    stop = text.find("\n", newline + 1, end) if newline >= 0 else -1
    below = text[newline + 1:end if stop < 0 else stop] if newline >= 0 else ""
    indent = line_start - text.rfind("\n", 0, line_start) - 1
    return bool(re.search(r"\b(?:of|for)\s+[A-Z]", line)) and _named_after_of(line.split(" of ")[-1]) \
        and len(below) - len(below.lstrip()) == indent and _title_cased_heading(below.strip()) \
        and not rules().roster_heading.search(line)

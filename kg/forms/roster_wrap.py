"""The text of one roster cell across lines: which line continues the one above (a wrap) and which
starts an item of its own (an address, a nationality, an employer, a new title).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt


def unwrap(lines: list[str], width: int, employer_lines: bool = True) -> list[str]:
    """Join the lines of a cell that wrapped: a line is continued on the next when the next
    line's first word would not have fitted after it (the column is `width` wide), unless the
    next line starts a value of its own (an address, a nationality)."""
    out: list[str] = []
    previous = ""
    for line in lines:
        first = line.split()[0] if line.split() else ""
        dangling = bool(_DANGLING.search(previous.strip()))
        if out and previous.endswith("-") and line[:1].isupper() and not rt.starts_value(line):
            out[-1] = f"{out[-1]}{line}"  # 'Co-' / 'Chief Executive Officer', 'Champs-' / 'Elysees'
        elif out and (dangling or len(previous) + 1 + len(first) > width) and not _starts_item(previous, line, employer_lines):
            out[-1] = f"{out[-1]} {line}"
        elif out and dangling and rt.is_nationality(line) and not rt.is_address_line(previous):
            out[-1] = f"{out[-1]} {line}"  # 'Republic of' / 'France': a value cannot end in 'of'
        else:
            out.append(line)
        previous = line
    return out


_AFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|I{2,3}|IV|[A-Z]\.?[A-Z]?\.?|C\.C\.?|O\.C\.?|M\.D\.?|Ph\.?D\.?|CFA|CPA|Esq\.?)$")


def continues_name(name: str, line: str) -> bool:
    """'DESMARAIS, PAUL G., P.C.,' + 'C.C': a name wrapped onto the next line."""
    if rt.is_nationality(line):
        return False  # 'U.S.' stacked under the name is the citizenship, not initials
    if name.endswith(",") and bool(_AFFIX.match(line.strip(" ,"))) or bool(_AFFIX.match(line.strip(" ,"))) and len(line) <= 6:
        return True
    from kg.forms.roster_names import only_affixes
    return (name.rstrip().endswith(",") or "," in line) and only_affixes(line)  # 'DUBERSTEIN, Prof. Kenneth' +
    # 'M., C.B.E.', 'Prof. Viviane Monges,' + 'C.B.E.'


_MID_PHRASE = re.compile(r"(?:\b(?:and|of|the|&|for|at|in|to|chief|vice|senior|executive|general|managing)|,)$", re.I)
_DANGLING = re.compile(r"\b(?:and|of|the|&|for|at|in|to|with)$", re.I)  # a line that cannot end a value
_TITLE_START = re.compile(r"^(?:president|vice|chairman|chairwoman|chair|director|managing|senior|executive|partner|"
                          r"member|trustee|general\s+partner|treasurer|secretary)\b", re.I)


def _starts_item(previous: str, line: str, employer_lines: bool = True) -> bool:
    """A line that begins an item of its own (an address, a nationality, an employer, a new
    title) rather than continuing the wrapped line above it."""
    if rt.starts_value(line) or rt.is_city_line(line) or _country_in_capitals(line):
        return True
    if line[:1].islower() or _MID_PHRASE.search(previous.strip()):
        return False
    if re.search(r"\s(?:of|at)\s+[A-Z].*\b(?:Inc|Corp|Ltd|LLC|L\.P|plc)\.?$", previous.strip()):
        return True  # 'Director of Harrow Foods, Inc.' is whole: the next line is the employer's, or the address's
    if rt.is_address_line(line) and not rt.is_title(line) and rt.is_title(previous) and not rt.is_address_line(previous):
        return True  # 'One ConAgra Drive' after a complete office line: the address starts
    words = [w for w in re.findall(r"[A-Z][\w&'-]+", line) if not re.fullmatch(r"Inc|Corp|Ltd|Co|LLC|LLP|plc", w)]
    return bool(_TITLE_START.match(line)) or (employer_lines and ";" not in line and len(words) >= 2
                                              and rt.is_organization(line) and not rt.is_title(line))


_LEGAL_FORM = re.compile(r"(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|LLP|L\.?P|plc|N\.?A|S\.?A|AG|GmbH)\.?", re.I)


def _country_in_capitals(line: str) -> bool:
    """'MONACO', 'UNITED KINGDOM': the last line of an address, printed in capitals."""
    from kg.forms.roster_fields import find_country
    text = line.strip(" ,.")
    found = find_country(text.title()) if text.isupper() and len(text) >= 4 else None
    return bool(found) and found.group(0) == text.title()


def join_continuations(lines: list[str]) -> list[str]:
    """Stacked lines under a name: a line that starts in lower case, follows one that ends
    mid-phrase ('Director and' / 'Officer') or is a legal form alone ('Limited'), continues the
    line above."""
    out: list[str] = []
    for line in lines:
        if out and _LEGAL_FORM.fullmatch(line.strip()) and not _MID_PHRASE.search(out[-1]):
            out[-1] = f"{out[-1].rstrip(' ,')}, {line.strip()}"  # 'Wittington Investments' / 'Limited'
        elif out and (line[:1].islower() and not rt.starts_value(line) or _MID_PHRASE.search(out[-1])):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def join_legal_forms(lines: list[str]) -> list[str]:
    """A legal form alone on a line ('The Economist Newspaper' / 'LTD') ends the name above it."""
    out: list[str] = []
    for line in lines:
        if out and _LEGAL_FORM.fullmatch(line.strip()) and not _MID_PHRASE.search(out[-1]):
            out[-1] = f"{out[-1].rstrip(' ,')}, {line.strip()}"
        else:
            out.append(line)
    return out

"""The text of one roster cell across lines: which line continues the one above (a wrap) and which
starts an item of its own (an address, a nationality, an employer, a new title).
"""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_own import is_department
from kg.forms.roster_rules import rules
from kg.lookups.legal_forms import legal_alternatives, legal_forms


def unwrap(lines: list[str], width: int, employer_lines: bool = True) -> list[str]:
    """Join the lines of a cell that wrapped: a line is continued on the next when the next
    line's first word would not have fitted after it (the column is `width` wide), unless the
    next line starts a value of its own (an address, a nationality)."""
    return [item for item, _ in unwrap_after(lines, width, employer_lines)]


def unwrap_after(lines: list[str], width: int, employer_lines: bool = True,
                 firm_names: bool = True, by_words: bool = False) -> list[tuple[str, str]]:
    """`unwrap`, each joined line with the printed line just above its first ('' for the first). Without
    `firm_names` (an address column), a line naming an organisation opens no item of its own: it goes on the name
    the line above began ('Smith Barney Corporate Trust' / 'Company, 824 Market Street,'). With `by_words` (a column
    wrapped at its longest printed line), a line also goes on where the words say so, whatever the room: the line
    above ends half-way ('and Chief Executive' / 'Officer') or the line opens with a joining word ('and ...')."""
    out: list[str] = []
    after: list[str] = []
    previous = ""
    for line in lines:
        first = line.split()[0] if line.split() else ""
        dangling = bool(_DANGLING.search(previous.strip())) or by_words and bool(
            _MID_PHRASE.search(previous.strip()) or _CONNECTOR_START.match(line.strip()))
        if out and previous.endswith("-") and line[:1].isupper() and not rt.starts_value(line):
            dash = " " if previous.endswith(" -") else ""  # ('Senior Vice President -' / 'Administration': a dash)
            out[-1] = f"{out[-1]}{dash}{line}"  # 'Co-' / 'Chief Executive Officer', 'Champs-' / 'Elysees'
        elif out and (_STREET_WORD_START.match(line) and _NUMBER_AND_NAME.search(previous.strip())
                      or _FLOOR_START.match(line) and _ORDINAL_END.search(previous.strip())):
            out[-1] = f"{out[-1]} {line}"  # '1000 Kiewit' / 'Plaza, Omaha': the street's name goes on; '26th' / 'Floor'
        elif out and (_NUMBER_NEXT.search(previous) and line[:1].isdigit()
                      or _POSTAL_ALONE.fullmatch(line.strip()) and re.search(r"[A-Za-z.]$", previous.strip())):
            out[-1] = f"{out[-1]} {line}"  # 'Warrenville Road, Suite' / '257, ...'; 'Cambridge, Massachusetts' / '02138'
        elif out and (dangling or len(previous) + 1 + len(first) > width) and not _starts_item(previous, line, employer_lines,
                                                                                                    out[-1], firm_names):
            out[-1] = f"{out[-1]} {line}"
        elif out and dangling and rt.is_nationality(line) and not rt.is_address_line(previous):
            out[-1] = f"{out[-1]} {line}"  # 'Republic of' / 'France': a value cannot end in 'of'
        else:
            out.append(line)
            after.append(previous)
        previous = line
    return list(zip(out, after))


# (a line ending in a dash or '&' after a space: 'Senior Vice President -' / 'Administration', 'Marketing &')
_MID_PHRASE = re.compile(r"(?:\b(?:and|of|the|&|for|at|in|to|chief|vice|senior|executive|general|managing|corporate|first)|,|\s[-\u2013&])$",
                         re.I)
MID_PHRASE = _MID_PHRASE  # (a line that ends half-way: kg.forms.roster_column_gaps)
_CONNECTOR_START = re.compile(r"^(?:and|or|of|the|for|at|in|to|with|&)\b")
_DANGLING = re.compile(r"\b(?:and|of|the|&|for|at|in|to|with)$", re.I)  # a line that cannot end a value
TITLE_OPENING = re.compile(r"(?:Chief|First|President|Vice|Chairman|Chairwoman|Chair|Director|Managing|Senior|Executive|"
                            r"Treasurer|Secretary|Controller|General|Partner|Member|Trustee|Corporate|Assistant)\b"
                            r"|(?:Exec|Pres|Treas|Secy?|Chmn|Asst|V\.\s?P)\.|Sr\.\s+V")  # ('Exec. V.P.', 'Treas.')
_TITLE_START = re.compile(r"^(?:president|vice|chairman|chairwoman|chair|director|managing|senior|executive|partner|"
                          r"member|trustee|general\s+partner|treasurer|secretary)\b", re.I)


def _starts_item(previous: str, line: str, employer_lines: bool = True, item: str = "", firm_names: bool = True) -> bool:
    """A line that begins an item of its own (an address, a nationality, an employer, a new
    title) rather than continuing the wrapped line above it."""
    if _CITY_PREFIX_END.search(previous.strip()) or _STREET_WORD_START.match(line) and re.search(r"\d\s+\S+$", previous):
        return False  # '..., New' / 'York, NY 10166'; '1000 Kiewit' / 'Plaza, Omaha': a city or a street wrapped
    if rt.starts_value(line) or rt.is_city_line(line) or _country_in_capitals(line) or rules().opens_label(line) \
            or line[:1].isupper() and rf.stated_citizenship(line):
        return True  # (a known label opening the line, 'Citizenship: United States': a field of its own, no wrap;
        # 'is a' / 'citizen of Canada.' goes on a sentence)
    if _LOWER_ROLE.match(line) and ("," in (item or previous) and ends_whole(item or previous, titles=False)
                                     or _OF_TERM.search((item or previous).strip()) or _NAME_OPEN.search(previous.strip())):
        return True  # 'President, MSDW OIP Investors, Inc.' / 'officer of Morgan Stanley & Co.': a role after one whole
        # (or after a line closing on an organisation's name: 'Director of MSDW OIP Investors' / 'officer of X')
    if line[:1].islower() or _MID_PHRASE.search(previous.strip()):
        return False
    if TITLE_OPENING.match(line) and "," not in line and ends_whole(line) and ends_whole(item or previous):
        return True  # 'Senior Vice President' / 'Corporate Controller': a whole title, then another
    if re.search(r"\s(?:of|at)\s+[A-Z].*\b" + legal_forms("of_firm_ends") + r"\.?$", previous.strip()):
        return True  # 'Director of Harrow Foods, Inc.' is whole: the next line is the employer's, or the address's
    if rt.is_address_line(line) and not rt.is_title(line) and rt.is_title(previous) and not rt.is_address_line(previous):
        return True  # 'One ConAgra Drive' after a complete office line: the address starts
    if _STREET_END.search(previous.strip()) and line[:1].isupper() and not _COMPASS.match(line):
        return True  # '1050 Massachusetts Avenue' / 'Cambridge, Massachusetts': the street ends, the city follows
    if employer_lines and (ends_whole(item or previous) or repeats_employer(item or previous, line)) \
            and line[:1].isupper() and not is_department(line.strip(" ,;")):
        return True  # 'Companies, Inc.; Chief Executive' / 'HPB/Blackrock': a whole title, then the employer's line
    words = [w for w in re.findall(r"[A-Z][\w&'-]+", line) if not re.fullmatch(legal_alternatives("not_name_words"), w)]
    return bool(_TITLE_START.match(line)) or (employer_lines and firm_names and ";" not in line and len(words) >= 2
                                              and rt.is_organization(line) and not rt.is_title(line))


def another_title(previous: str, line: str) -> bool:
    """A whole title on a line after a whole title ('Directors' / 'Chairman of the Board'): a title of its own, no wrap
    ('Chairman of the Board; Chief' / 'Executive Officer' wraps)."""
    return not line[:1].islower() and not _MID_PHRASE.search(previous.strip()) and bool(TITLE_OPENING.match(line)) \
        and "," not in line and ends_whole(line) and ends_whole(previous)


_LOWER_ROLE = re.compile(r"(?:officer|director|employee|member|partner|trustee)\s+(?:of|at)\s+[A-Z]")
_OF_TERM = re.compile(r"\s(?:of|at)\s+[A-Z][A-Z&]{1,7}$")  # 'Vice President of MOI': a title closed on its term
_CITY_PREFIX_END = re.compile(r"(?:^|,)\s*(?:New|San|Santa|Los|Las|St\.|Saint|Fort|Mount|Port|Palo|Salt|Baton|Grand|Ann)$")
_NUMBER_AND_NAME = re.compile(r"(?:^|,\s*)\d[\w-]*(?:\s+[A-Z][\w'.-]*){1,3}$")
_STREET_WORD_START = re.compile(r"(?:Street|Avenue|Road|Plaza|Drive|Boulevard|Lane|Place|Square|Parkway|Way)\b")
_FLOOR_START = re.compile(r"(?:Floor|Fl\.)(?=[\s,]|$)")
_ORDINAL_END = re.compile(r"(?:^|[\s,])\d+(?:st|nd|rd|th)$")
_POSTAL_ALONE = re.compile(r"\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d")
_NUMBER_NEXT = re.compile(r"\b(?:Suite|Ste\.?|Floor|Room|Rm\.?|Unit|No\.?|Box)$", re.I)
_STREET_END = re.compile(r"^\d[\w/-]*,?\s+.*\b(?:Street|Avenue|Road|Boulevard|Drive|Lane|Parkway|Square|Plaza)\.?"
                         r"(?:\s+[NS]\.?[EW]\.)?$")  # ('4028 Comanche Road N.W.', '400, 521 - 3rd Avenue S.W.' / 'Calgary')
_COMPASS = re.compile(r"(?:North|South|East|West|N\.?[EW]\.?|S\.?[EW]\.?)\b")


def ends_whole(item: str, titles: bool = True) -> bool:
    """An occupation that can end where this text ends: its last part an organisation's legal form
    ('BP Amoco, p.l.c.') or (`titles`) a whole title ('...; Chief Executive', 'Chairman, President and CEO')."""
    last = re.split(r"[;,]", item)[-1].strip()
    if _DANGLING.search(item.strip()) or not last:
        return False
    return bool(_ENDS_LEGAL.search(item.strip())) or titles and rt.is_title(last) and bool(
        rules().title_heads.search(last) or re.search(rules().officer_titles.pattern + r"\.?$", last, re.I))


_ENDS_LEGAL = re.compile(r"(?:,|\s)\s*" + legal_forms("wrap_ends") + r"\.?$")


def repeats_employer(item: str, line: str) -> bool:
    """'President and CEO, National Bureau of Economic Research' / 'National Bureau of Economic': the line
    starts naming again the organisation the last item names (the employer's line above an address)."""
    words = line.split()[:2]
    last = item.split(";")[-1]
    return (len(words) == 2 and all(w[:1].isupper() and not rt.is_title(w) for w in words) and not _DANGLING.search(item.strip())
            and not item.rstrip().endswith((",", "-")) and bool(re.search(r"(?:^|,\s*|\s(?:of|at|for)\s)" + re.escape(" ".join(words)) + r"\b", last)))


LEGAL_FORM = re.compile(legal_forms("alone") + r"\.?", re.I)


def _country_in_capitals(line: str) -> bool:
    """'MONACO', 'UNITED KINGDOM': the last line of an address, printed in capitals."""
    from kg.forms.roster_fields import find_country
    text = line.strip(" ,.")
    found = find_country(text.title()) if text.isupper() and len(text) >= 4 else None
    return bool(found) and found.group(0) == text.title()


def join_continuations(lines: list[str], items: bool = False) -> list[str]:
    """Stacked lines under a name: a line that starts in lower case, follows one that ends
    mid-phrase ('Director and' / 'Officer') or is a legal form alone ('Limited'), continues the
    line above. Lines the markup broke (`items`: an HTML cell's <p> or <br>) are items of their own
    even in lower case ('main board member of X'), unless one starts with a connecting word."""
    out: list[str] = []
    for line in lines:
        lower = line[:1].islower() and not rt.starts_value(line) and (not items or bool(_CONNECTOR_START.match(line)))
        if out and LEGAL_FORM.fullmatch(line.strip()) and not _MID_PHRASE.search(out[-1]):
            out[-1] = _with_legal_form(out[-1], line)  # 'Wittington Investments' / 'Limited'
        elif out and _NAME_OPEN.search(out[-1]) and _NAME_CLOSE.fullmatch(line.strip()) and not rt.is_title(line):
            out[-1] = f"{out[-1]} {line}"  # 'Secretary of Deutsche' / 'Acquisition Corp.': the name goes on to its form
        elif out and (lower or _MID_PHRASE.search(out[-1])) and not (items and _cut_after_title(out[-1], line)) \
                and not (_TITLE_WORD_END.search(out[-1]) and rt.is_nationality(line)):  # ('Chief Executive' /
            out[-1] = f"{out[-1]} {line}"  # 'United States': no title goes on in a country's name)
        else:
            out.append(line)
    return out


_NAME_OPEN = re.compile(r"\s(?:of|at)\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*$")  # ('... Officer of Smith Barney')
_NAME_CLOSE = re.compile(r"(?:[A-Z][\w&'-]*\s+)*(?:[A-Z][\w&'-]*,\s+)?" + legal_forms("name_close"))  # ('Corporate Trust
# Company', 'Acquisition Corp.', 'Group, Inc.': the comma before the form)


def _cut_after_title(above: str, line: str) -> bool:
    """Lines the markup broke where the one above ends in a title's word ('Chief Executive') and the two make no
    title together ('Chief Executive' / 'Tennant Company': the employer under the title, not its wrap)."""
    return bool(_TITLE_WORD_END.search(above)) and not line[:1].islower() and not rt.is_title(line)


_TITLE_WORD_END = re.compile(r"\b(?:chief|vice|senior|executive|general|managing)$", re.I)


def join_legal_forms(lines: list[str]) -> list[str]:
    """A legal form alone on a line ('The Economist Newspaper' / 'LTD') ends the name above it."""
    out: list[str] = []
    for line in lines:
        if out and LEGAL_FORM.fullmatch(line.strip()) and not _MID_PHRASE.search(out[-1]):
            out[-1] = _with_legal_form(out[-1], line)
        else:
            out.append(line)
    return out


def _with_legal_form(above: str, line: str) -> str:
    """The name above and the legal form under it: after a comma, as such forms are written ('Wittington
    Investments, Limited'), but right after '& Co.' as printed ('Morgan Stanley & Co.' / 'Incorporated')."""
    if _AFTER_CO.search(above):
        return f"{above.rstrip()} {line.strip()}"
    return f"{above.rstrip(' ,')}, {line.strip()}"


_AFTER_CO = re.compile(r"\bCo\.$")

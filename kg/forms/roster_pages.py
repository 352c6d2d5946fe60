"""Page debris inside a roster: a running header ('Schedule I (continued)', a Schedule 13D's 'CUSIP No. ...
Page 4 of 9 Pages'), a page number ('Page 4', '-3-', a lone number beside a page break) printed where a page
ended, often inside an entry. Read as text of the entry it falls in, it becomes a value (an address 'Schedule I
(continued), Page 4') or pushes the rest of the entry onto the next person. It is blanked in the roster's text
(spaces; the offsets stay), so the entry reads as if the page had not broken."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_change_bars import without_change_bars
from kg.forms.roster_doc_stamps import without_doc_stamps
from kg.forms.roster_drafting_notes import without_drafting_notes
from kg.forms.roster_edgar_notes import without_edgar_notes
from kg.forms.roster_fax_headers import fax_header, fax_headers
from kg.forms.roster_holdings import without_less_than_notes
from kg.forms.roster_letter_spaced import without_letter_spacing
from kg.forms.roster_margin_bullets import without_margin_bullets
from kg.forms.roster_window import blanked

_PAGE_OF = r"page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?(?:[ \t]+pages?)?"  # 'Page 4', 'Page 4 of 9 Pages'
_PAGE_OF_PART = r"page[ \t]+\d{1,3}[ \t]+of[ \t]+(?:annex|schedule|exhibit|appendix)[ \t]+[A-Z0-9-]{1,5}"  # 'Page 2 of Annex A'
_DEBRIS = re.compile(r"(?im)^[ \t\f]*(?:(?:ANNEX|SCHEDULE|EXHIBIT|APPENDIX)\b[^\n()]{0,40}\(continued\)\.?"
                     r"|" + _PAGE_OF + r"|" + _PAGE_OF_PART + r"|-\s*\d{1,3}\s*-"  # a Schedule 13D's page header: 'CUSIP No. 652518031
                     r"|CUSIP[ \t]+(?:No\.?|Number|#)[ \t]*:?[ \t]*[0-9A-Z]{6}[0-9A-Z -]{0,8}?(?:[ \t]+(?:SCHEDULE[ \t]+)?"
                     r"13[DG](?:/A)?)?(?:[ \t]+" + _PAGE_OF + r")?)[ \t\f]*$")  # 13D   Page 4 of 9 Pages'

# a page stamp printed at the right of a heading line, after a wide gap ('Exhibit II        Page 9 of 10 Pages'):
# only the stamp (and its gap) is debris, the heading before it stays; 'of N' is required, so a value ending in
# 'Page 4' is never taken for one
_STAMP_RIGHT = re.compile(r"(?im)(?<=\S)[ \t]{3,}page[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}(?:[ \t]+pages?)?[ \t]*$")
_LONE_NUMBER = re.compile(r"(?m)^[ \t]*(?:[A-Z]-)?\d{1,3}[ \t]*$")  # ('4', or a schedule's own page 'S-1')
_PRINTED = re.compile(r"\S")
_AFTER_BLANK = re.compile(r"\n[ \t]*\n[ \t\f]*$")
_BREAK = re.compile(r"(?im)^[ \t]*(?:<PAGE>|\f)[ \t]*$|\f")


def without_page_debris(text: str, raw: str, start: int, end: int) -> str:
    """`text` with the page debris between `start` and `end` blanked (the same length); `raw`, the source
    with the same offsets, shows where the pages break (text normalisation blanks <PAGE> and form feeds) and where an
    EDGAR <FN> section of notes stands (kg.forms.roster_edgar_notes: blanked too)."""
    text = without_doc_stamps(without_edgar_notes(text, raw, start, end), raw, start, end)  # ('NYDOCS01/1012345.2')
    text = without_drafting_notes(text, start, end)  # ('Director [NTD: Company to confirm.]': no part of the value)
    text = without_letter_spacing(text, start, end)  # ('P R I N C I P A L': a typed caption, read as its word)
    text = without_less_than_notes(without_change_bars(text, start, end), start, end)  # ('| 2. Jane Roe': a revised entry's bar in the margin)
    text = without_margin_bullets(text, start, end)  # ('§    Pei-yuan Chia': a bulleted list's mark before each name)
    spans = [m.span() for m in _DEBRIS.finditer(text, start, end)] + fax_headers(text, start, end)  # ('P.03/06')
    spans += [m.span() for m in _STAMP_RIGHT.finditer(text, start, end)]
    breaks = [m.start() for m in _BREAK.finditer(raw, start, end)] if len(raw) == len(text) else []
    breaks += [s for s, _e in spans]  # (a running header, 'Schedule B (continued)': where a page broke too)
    for match in _LONE_NUMBER.finditer(text, start, end):  # a page number: a number alone beside a break,
        if _after_label(text, match.start()):  # unless a label above waits for its value ('Address:' / '400')
            continue
        if _last_page_number(text, match.start(), match.end(), end) or any(abs(match.start() - b) <= 200 and not text[min(b, match.start()):max(b, match.end())].strip(
                " \t\n\f<>PAGEpage0123456789" + match.group().strip()) for b in breaks):
            spans.append(match.span())
    if not spans:
        return text
    return blanked(text, start, end, spans)


def _last_page_number(text: str, start: int, stop: int, end: int) -> bool:
    """A number alone after a blank line, the last text of the roster: the number of its last page (no break
    follows it: the filing ends there)."""
    return _PRINTED.search(text, stop, end) is None and bool(_AFTER_BLANK.search(text[max(0, start - 200):start]))


def _after_label(text: str, at: int) -> bool:
    """The last printed line before `at` ends in a colon: a label waiting for its value ('Principal Business
    Address:' / '400')."""
    return text[max(0, at - 400):at].rstrip().endswith(":")  # (a window: no copy of the text before `at`)


def page_debris(line: str) -> bool:
    """A line that is only a running header ('Schedule I (continued)'), a page number ('Page 4', '-3-') or a fax
    machine's transmission header ('MAY-17-2006 13:16 FROM:... P.03/06')."""
    return bool(_DEBRIS.fullmatch(line)) or fax_header(line)


def page_mark(text: str, raw: str, at: int, end: int) -> bool:
    """The line at `at` is where a page broke: a form feed in `raw` (the source, with the same offsets), or
    page debris this module blanked in `text` ('Schedule I (continued)', 'Page 4', a lone page number)."""
    stop = raw.find("\n", at, end)
    printed = raw[at:end if stop < 0 else stop]
    if "\f" in printed:
        return True
    return not text[at:at + len(printed)].strip() and bool(printed.strip()) and bool(
        _DEBRIS.fullmatch(printed) or _LONE_NUMBER.fullmatch(printed) or fax_header(printed))


_CONTINUED_HEADER = re.compile(r"\(continued\)|^(?:ANNEX|SCHEDULE|EXHIBIT|APPENDIX)\s+[A-Z0-9-]{1,4}\.?$", re.I)
PAGE_MARK = re.compile(r"^\s*(?:<page>|page\s+\d+(?:\s+of\s+\d+)?(?:\s+pages?)?|-\s*\d+\s*-)\s*$", re.I)


def running_header(stripped: str, chunks: list[tuple[int, str]], first: bool = False) -> bool:
    """A line of a page's running header: one run of text saying '(continued)' or naming the schedule; after
    such a line (not `first`) also a heading in capitals that is no person's name (the filer's name)."""
    if len(chunks) != 1:
        return False
    return bool(_CONTINUED_HEADER.search(stripped)) or not first and stripped.upper() == stripped \
        and any(ch.isalpha() for ch in stripped) and not rt.is_person_name(stripped) and not rt.body_of(stripped)

"""The first page of a Schedule 13D/13G: form, issuer, class, CUSIP, event date, contacts."""
from __future__ import annotations

import re

from kg import clean
from kg.context import Context
from kg.lookups import FORM_TYPES
from kg.records import Contact, Filing, Section

_FORM = re.compile(r"\bSCHEDULE\s+(13[DG])(?:\s*/\s*A)?\b", re.I)
_AMENDMENT = re.compile(r"\(?\s*Amendment\s+No\.?\s*:?\s*([0-9]+|_+|\s*)\s*\)?", re.I)
_CAPTION = re.compile(r"\(\s*(name\s+of\s+issuer|title\s+of\s+class\s+of\s+securities|cusip\s+number"
                      r"|date\s+of\s+event[^)]*|name,\s+address\s+and\s+telephone\s+number[^)]*)\s*\)",
                      re.I | re.S)
_COPY_TO = re.compile(r"(?im)^\s*(?:with\s+)?(?:a\s+)?cop(?:y|ies)\s+to\s*:?\s*$|\b(?:with\s+)?(?:a\s+)?cop(?:y|ies)\s+to\s*:", re.I)
_CUSIP_LINE = re.compile(r"CUSIP\s+(?:No\.?|Number)\s*:?\s*([0-9A-Z][0-9A-Z ]{7,12}[0-9])", re.I)


def read_front(ctx: Context, filing: Filing, front: Section) -> None:
    text = ctx.text
    _read_form(ctx, filing, front)
    captions = list(_CAPTION.finditer(text, front.start, front.end))
    previous_end = front.start
    for caption in captions:
        key = re.split(r"\W+", caption.group(1).casefold())[0]
        value_span = _block_before(text, previous_end, caption.start())
        printed = clean.squash(text[value_span[0]:value_span[1]]) if value_span else None
        if key == "name" and caption.group(1).casefold().startswith("name of issuer"):
            filing.issuer.name = printed.strip(" ,") if printed else None
            filing.issuer.trace("name", printed, value_span)
        elif key == "title":
            filing.security_class = printed
            filing.trace("security_class", printed, value_span)
        elif key == "cusip":
            pass  # read with every other CUSIP below
        elif key == "date":
            filing.event_date = clean.parse_date(printed)
            filing.trace("event_date", printed, value_span)
        elif key == "name":
            _read_notice_contact(ctx, filing, value_span)
            _read_copy_to(ctx, filing, caption.end(), _next_start(captions, caption, front.end))
        previous_end = caption.end()


def _next_start(captions, caption, default: int) -> int:
    later = [c.start() for c in captions if c.start() > caption.start()]
    return later[0] if later else default


def _read_form(ctx: Context, filing: Filing, front: Section) -> None:
    head = ctx.text[front.start:front.end]
    form = _FORM.search(head)
    if not form:
        return
    amendment = _AMENDMENT.search(head)
    number = amendment.group(1).strip() if amendment else ""
    filing.amendment_number = int(number) if number.isdigit() else None
    printed = f"schedule {form.group(1).lower()}" + ("/a" if filing.amendment_number else "")
    filing.form_type = FORM_TYPES[printed]
    filing.trace("form_type", form.group(0), (front.start + form.start(), front.start + form.end()))


def _block_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Span of the paragraph just before a caption: the text after the last blank line."""
    chunk = text[start:end]
    paragraphs = [m for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", chunk, re.S)]
    if not paragraphs:
        return None
    last = paragraphs[-1]
    body = last.group(0).strip(" _-\n")
    if not body:
        return None
    offset = start + last.start() + last.group(0).index(body)
    return offset, offset + len(body)


def read_cusips(ctx: Context, filing: Filing) -> None:
    """Every distinct CUSIP printed: the cover's caption and each 'CUSIP No.' line."""
    found: list[tuple[str, tuple[int, int]]] = []
    caption = re.search(r"\(\s*CUSIP\s+Number\s*\)", ctx.text, re.I)
    if caption:
        span = _block_before(ctx.text, max(0, caption.start() - 200), caption.start())
        if span:
            found.append((ctx.text[span[0]:span[1]], span))
    for match in _CUSIP_LINE.finditer(ctx.text):
        found.append((match.group(1), match.span(1)))
    for printed, span in found:
        cusip = clean.parse_cusip(printed)
        if cusip is None or cusip in filing.issuer.cusips:
            continue
        filing.issuer.cusips.append(cusip)
        filing.issuer.trace(f"cusip:{cusip}", printed, span)
        if not clean.cusip_check_digit_ok(cusip):
            ctx.warn("cusip-check-digit", f"CUSIP {cusip} has a wrong check digit", span=span, cusip=cusip)
    if len(filing.issuer.cusips) > 1:
        ctx.warn("cusip-mismatch", "different CUSIPs are printed for the subject class: "
                 + ", ".join(filing.issuer.cusips), cusips=list(filing.issuer.cusips))


# ---- contacts ------------------------------------------------------------------
_TITLE_WORDS = re.compile(r"\b(president|counsel|officer|director|secretary|partner|vice|manager|"
                          r"chief|treasurer|chairman|general|principal|member|trustee|attorney)\b", re.I)
_ORG_WORDS = re.compile(r"(\bN\.V\.|\bLLP\b|\bL\.L\.P\.|\bLLC\b|\bInc\b\.?|\bCorp(?:oration)?\b|\bLtd\b|\bplc\b|"
                        r"\bS\.A\.|\bS\.p\.A\.|\bAG\b|\bGmbH\b|\bL\.P\.|\bLP\b|\bCompany\b|\bB\.V\.|\bP\.C\.)")
_PHONE = re.compile(r"(?:tel(?:ephone)?|phone|fax)\b|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|\d{3}-\d{2}-\d{3}-\d{4}", re.I)


def _read_notice_contact(ctx: Context, filing: Filing, span) -> None:
    if span is None:
        return
    chunk = ctx.text[span[0]:span[1]]
    cut = _COPY_TO.search(chunk)
    if cut:
        _add_contact(ctx, filing, "copy-to", span[0] + cut.end(), span[1])
        span = (span[0], span[0] + cut.start())
    _add_contact(ctx, filing, "notices", span[0], span[1], first=True)


def _read_copy_to(ctx: Context, filing: Filing, start: int, end: int) -> None:
    cut = _COPY_TO.search(ctx.text, start, end)
    if cut:
        stop = re.compile(r"\n\s*\n\s*\n|\n\s*\n(?=\s*[A-Z][a-z]+ \d{1,2}, \d{4})").search(ctx.text, cut.end(), end)
        _add_contact(ctx, filing, "copy-to", cut.end(), stop.start() if stop else end)


def _add_contact(ctx: Context, filing: Filing, role: str, start: int, end: int, first: bool = False) -> None:
    lines = [clean.squash(line) for line in ctx.text[start:end].splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return
    contact = Contact(role=role, evidence=(start, end))
    contact.name = re.sub(r",?\s*Esq\.?$", "", lines[0]).strip()
    address = []
    for line in lines[1:]:
        if _PHONE.search(line):
            contact.phone = re.sub(r"^(?:tel(?:ephone)?|phone)\s*:?\s*", "", line, flags=re.I)
        elif contact.organization is None and _ORG_WORDS.search(line) and not address:
            contact.organization = line
        elif contact.title is None and contact.organization is None and _TITLE_WORDS.search(line):
            contact.title = line
        else:
            address.append(line)
    contact.address = ", ".join(address) or None
    if first:
        filing.contacts.insert(0, contact)
    else:
        filing.contacts.append(contact)

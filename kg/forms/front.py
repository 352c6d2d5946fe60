"""The first page of a Schedule 13D/13G: form, issuer, class, CUSIP, event date, contacts."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.context import Context
from kg.forms.contacts import read_contacts
from kg.lookups import FORM_TYPES
from kg.patterns import build
from kg.read import clean
from kg.records import Filing, Section


@dataclass(frozen=True)
class FrontRules:
    form: re.Pattern
    amendment: re.Pattern
    captions: dict[str, re.Pattern]
    any_caption: re.Pattern
    cusip_line: re.Pattern


@cache
def rules() -> FrontRules:
    def make(d) -> FrontRules:
        captions = {name: re.compile(rx, re.I | re.S) for name, rx in d["captions"].items()}
        joined = "|".join(f"(?P<{name}>{rx})" for name, rx in d["captions"].items())
        return FrontRules(form=re.compile(d["form"], re.I), amendment=re.compile(d["amendment"], re.I),
                          captions=captions, any_caption=re.compile(rf"\(\s*(?:{joined})\s*\)", re.I | re.S),
                          cusip_line=re.compile(d["cusip_line"], re.I))
    return build("front.yml", make)


def read_front(ctx: Context, filing: Filing, front: Section) -> None:
    text = ctx.text
    _read_form(ctx, filing, front)
    captions = list(rules().any_caption.finditer(text, front.start, front.end))
    previous_end = front.start
    for caption in captions:
        key = caption.lastgroup
        value_span = _block_before(text, previous_end, caption.start())
        printed = clean.squash(text[value_span[0]:value_span[1]]) if value_span else None
        if key == "issuer":
            filing.issuer.name = printed.strip(" ,") if printed else None
            filing.issuer.trace("name", printed, value_span)
        elif key == "class":
            filing.security_class = printed
            filing.trace("security_class", printed, value_span)
        elif key == "event_date":
            filing.event_date = clean.parse_date(printed)
            filing.trace("event_date", printed, value_span)
        elif key == "notices":
            read_contacts(ctx, filing, value_span, (caption.end(), _next_start(captions, caption, front.end)))
        previous_end = caption.end()


def _next_start(captions, caption, default: int) -> int:
    later = [c.start() for c in captions if c.start() > caption.start()]
    return later[0] if later else default


def _read_form(ctx: Context, filing: Filing, front: Section) -> None:
    head = ctx.text[front.start:front.end]
    form = rules().form.search(head)
    if not form:
        return
    amendment = rules().amendment.search(head)
    number = amendment.group(1).strip() if amendment else ""
    filing.amendment_number = int(number) if number.isascii() and number.isdigit() and len(number) < 5 else None
    amended = filing.amendment_number or form.group(2)
    printed = f"schedule {form.group(1).lower()}" + ("/a" if amended else "")
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
    caption = re.search(r"\(\s*(?:" + rules().captions["cusip"].pattern + r")\s*\)", ctx.text, re.I)
    if caption:
        span = _block_before(ctx.text, max(0, caption.start() - 200), caption.start())
        if span:
            found.append((ctx.text[span[0]:span[1]], span))
    for match in rules().cusip_line.finditer(ctx.text):
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



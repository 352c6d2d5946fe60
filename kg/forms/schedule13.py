"""Schedules 13D/13G as text (legacy text, or HTML converted to text): one entry, `extract`."""
from __future__ import annotations

import re

from kg.context import Context
from kg.errors import StructureError
from kg.forms.annex import read_rosters
from kg.forms.checks import check_filing
from kg.forms.cover import read_cover
from kg.forms.front import read_cusips, read_front
from kg.forms.item5 import read_item5
from kg.forms.signature import read_signatures
from kg.read import clean
from kg.read.documents import Document
from kg.read.sections import find_sections
from kg.records import AmendedFiling, Filing

_IS_SCHEDULE = re.compile(r"\bSCHEDULE\s+13[DG]\b|\bSC\s+13[DG]\b", re.I)
_IS_13G = re.compile(r"\bSCHEDULE\s+13G\b|\bSC\s+13G\b", re.I)
_AMENDS = re.compile(r"(?:(?:Statement\s+on\s+)?Schedule\s+13[DG]|Amendment\s+No\.?\s*\d+)"
                     r"[^.;]{0,160}?\bfiled\b[^.;]{0,120}?\bon\s+([A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})", re.S)

_AMENDED_NOUN = re.compile(r"Schedule\s+13[DG]|Amendment\s+No\.?\s*\d+")


def is_schedule(text: str) -> bool:
    return bool(_IS_SCHEDULE.search(text[:20000]))


def extract(doc: Document, ctx: Context) -> Filing:
    text = doc.text
    if not is_schedule(text):
        raise StructureError(doc.source, "not a Schedule 13D or 13G: no 'SCHEDULE 13D/13G' title found")
    form = "13g" if _IS_13G.search(text[:20000]) and not re.search(r"SCHEDULE\s+13D", text[:5000], re.I) else "13d"
    sections = find_sections(text, form)
    filing = Filing(source=doc.source, sections=sections)
    read_front(ctx, filing, sections[0])
    read_cusips(ctx, filing)
    for section in sections:
        if section.name == "cover":
            person = read_cover(ctx, section)
            if person is not None:
                filing.reporting_persons.append(person)
    _read_amends(ctx, filing)
    _read_items(ctx, filing, sections)
    _name_principals(ctx, filing)
    _check_complete(ctx, filing, sections)
    check_filing(ctx, filing)
    return filing


def _read_items(ctx: Context, filing: Filing, sections) -> None:
    default = filing.reporting_persons[0].name if len(filing.reporting_persons) == 1 else None
    signature_end = None
    for index, section in enumerate(sections):
        if section.name == "item5" or (section.name == "item4" and filing.form_type and "13G" in filing.form_type):
            read_item5(ctx, filing, section.start, section.end, default)
        elif section.name == "signature":
            found, signature_end = read_signatures(ctx, section.start, section.end)
            filing.signatures.extend(found)
    read_rosters(ctx, filing, signature_end)


def _name_principals(ctx: Context, filing: Filing) -> None:
    """A signature 'on behalf of' a party printed in capitals takes the party's name as the
    filing prints it elsewhere: on a cover page, or in mixed case in the text
    ('ICS OPPORTUNITIES, LTD.' -> 'ICS Opportunities, Ltd.'). The printed form is kept."""
    names = {_name_key(p.name): p.name for p in filing.reporting_persons if p.name}
    searched: dict[str, str | None] = {}  # each name is looked for in the text once
    for signature in filing.signatures:
        printed = signature.on_behalf_of
        if not printed or printed.upper() != printed:
            continue
        better = names.get(_name_key(printed))
        if better is None:
            if printed not in searched:
                pattern = r"\s+".join(re.escape(word) for word in printed.split())
                searched[printed] = next((m.group(0) for m in re.finditer(pattern, ctx.text, re.I)
                                          if m.group(0).upper() != m.group(0)), None)
            better = searched[printed]
        if better and better != printed:
            signature.trace("on_behalf_of", printed, signature.spans.get("on_behalf_of"))
            signature.on_behalf_of = clean.squash(better)


def _name_key(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def _read_amends(ctx: Context, filing: Filing) -> None:
    if not filing.amendment_number:
        return
    for match in _AMENDS.finditer(ctx.text, 0, min(len(ctx.text), 30000)):
        nouns = _AMENDED_NOUN.findall(match.group(0).split(" filed")[0])
        described = clean.squash(nouns[-1]) if nouns else None
        record = AmendedFiling(description=described, date=clean.parse_date(match.group(1)), evidence=match.span())
        record.trace("date", match.group(1), match.span(1))
        if all(record.date != other.date for other in filing.amends):
            filing.amends.append(record)


def _check_complete(ctx: Context, filing: Filing, sections) -> None:
    names = {s.name for s in sections}
    if "cover" not in names:
        ctx.warn("unparsed-section", "no cover page with reporting persons was found", location=ctx.source)
    if "signature" not in names:
        ctx.warn("unparsed-section", "no signature section was found (truncated filing?)", location=ctx.source)
    if filing.form_type is None:
        ctx.warn("unparsed-section", "the form type could not be read from the first page", location=ctx.source)

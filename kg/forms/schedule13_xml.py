"""Schedules 13D and 13G as EDGAR XML (`primary_doc.xml`, filed since December 2024).

One entry, `extract(doc, ctx) -> Filing`. Both schemas are read by local element names
(the 13D schema says `issuerCIK`/`reportingPersonInfo`, the 13G schema `issuerCik`/
`coverPageHeaderReportingPersonDetails`), so namespaces and optional elements may vary.
"""
from __future__ import annotations

import re

from kg.context import Context
from kg.errors import StructureError
from kg.forms import xmltext
from kg.forms.checks import check_filing
from kg.lookups import FORM_TYPES, cover_codes
from kg.read import clean
from kg.read.documents import Document
from kg.read.xmlsafe import (
    Element,
    child,
    children,
    descendants,
    first,
    line_of,
    local,
    parse,
    raw_text,
    text,
    texts,
)
from kg.records import (
    AmendedFiling,
    Contact,
    Filing,
    ReportingPerson,
    SharesOutstanding,
)

_PERSON_TAGS = ("reportingPersonInfo", "coverPageHeaderReportingPersonDetails")
_FIELDS = {  # record field -> element local names (13D spelling first, then 13G)
    "sole_voting_power": ("soleVotingPower",),
    "shared_voting_power": ("sharedVotingPower",),
    "sole_dispositive_power": ("soleDispositivePower",),
    "shared_dispositive_power": ("sharedDispositivePower",),
    "aggregate_amount": ("aggregateAmountOwned", "reportingPersonBeneficiallyOwnedAggregateNumberOfShares"),
}
_DATE = r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
_OUTSTANDING = re.compile(
    r"(?<![\d,'’])(\d{1,3}(?:[,'’]\d{3}){1,4}|\d{4,15})(?![\d,'’])\s+(?:[A-Za-z-]+\s+){0,3}?(?:shares|units|ADSs)\b"
    r"(?:\s+of\s+(?:[A-Z][\w-]*\s*){1,4})?[^.;]{0,60}?\boutstanding\b[^.;]{0,40}?"
    r"\b(?:as\s+of|at|on)\s+(" + _DATE + r")", re.IGNORECASE)


def extract(doc: Document, ctx: Context) -> Filing:
    root = parse(doc.data or doc.text, doc.source)
    if local(root) != "edgarSubmission":
        raise StructureError(doc.source, f"XML root is <{local(root)}>, not <edgarSubmission>")
    form_data = child(root, "formData")
    if form_data is None:
        raise StructureError(doc.source, "Schedule 13D/G XML without <formData>")
    filing = Filing(source=doc.source)
    _read_header(ctx, filing, root)
    cover = child(form_data, "coverPageHeader")
    _read_cover_header(ctx, filing, cover)
    persons = [node for tag in _PERSON_TAGS for node in descendants(form_data, tag)]
    if not persons:
        ctx.warn("missing-section", "no reporting person (cover page) found in the XML")
    filing.reporting_persons = [_reporting_person(ctx, node) for node in persons]
    _read_items(ctx, filing, form_data)
    _read_signatures(filing, form_data)
    _name_individuals(filing)
    check_filing(ctx, filing)
    return filing


def _read_header(ctx: Context, filing: Filing, root: Element) -> None:
    header = child(root, "headerData")
    printed = text(header, "submissionType") or text(first(root, "submissionType"))
    if printed is None:
        ctx.warn("missing-section", "no <submissionType> in the XML header")
    else:
        filing.form_type = FORM_TYPES.get(" ".join(printed.lower().split()))
        filing.trace("form_type", printed, None)
        if filing.form_type is None:
            ctx.warn("unknown-code", f"submission type {printed!r} is not in lookups/form_types.yml",
                     value=printed)
    previous = text(header, "previousAccessionNumber")
    if previous:
        amended = AmendedFiling(accession_number=previous, description="previous accession number")
        amended.trace("accession_number", previous, None)
        filing.amends.append(amended)


def _read_cover_header(ctx: Context, filing: Filing, cover: Element | None) -> None:
    if cover is None:
        ctx.warn("missing-section", "no <coverPageHeader> in the XML")
        return
    filing.security_class = text(cover, "securitiesClassTitle")
    event = text(cover, "dateOfEvent") or text(cover, "eventDateRequiresFilingThisStatement")
    filing.event_date = clean.parse_date(event)
    filing.trace("event_date", event, None)
    amendment = text(cover, "amendmentNo")
    if amendment is not None:
        filing.amendment_number = _integer(ctx, amendment, "amendmentNo")
        filing.trace("amendment_number", amendment, None)
    issuer = child(cover, "issuerInfo")
    filing.issuer.name = text(issuer, "issuerName")
    cik = text(issuer, "issuerCIK") or text(issuer, "issuerCik")
    filing.issuer.cik = clean.parse_cik(cik)
    filing.issuer.trace("cik", cik, None)
    _read_cusips(ctx, filing, issuer)
    for info in descendants(child(cover, "authorizedPersons"), "notificationInfo"):
        filing.contacts.append(_contact(info))


def _read_cusips(ctx: Context, filing: Filing, issuer: Element | None) -> None:
    printed = [t for name in ("issuerCUSIP", "issuerCusip", "issuerCusipNumber", "issuerCUSIPNumber")
               for t in (text(node) for node in descendants(issuer, name)) if t]
    for value in printed:
        cusip = clean.parse_cusip(value)
        if cusip is None:
            ctx.warn("bad-value", f"issuer CUSIP {value!r} is not 9 CUSIP characters", value=value)
            continue
        if cusip not in filing.issuer.cusips:
            filing.issuer.cusips.append(cusip)
            filing.issuer.trace(f"cusip:{cusip}", value, None)
        if not clean.cusip_check_digit_ok(cusip):
            ctx.warn("cusip-check-digit", f"CUSIP {cusip} has a wrong check digit", cusip=cusip)
    if len(filing.issuer.cusips) > 1:
        ctx.warn("cusip-mismatch", f"several CUSIPs printed for the subject class: "
                 f"{', '.join(filing.issuer.cusips)}", cusips=list(filing.issuer.cusips))


def _contact(info: Element) -> Contact:
    address = child(info, "personAddress")
    parts = [text(address, name) for name in ("street1", "street2", "city", "stateOrCountry", "zipCode")]
    contact = Contact(role="notices", name=text(info, "personName"), phone=text(info, "personPhoneNum"),
                      address=clean.address_line(parts))
    printed = ", ".join(p for p in parts if p) or None  # the fields as printed, joined
    if printed != contact.address:
        contact.trace("address", printed, None)
    return contact


def _reporting_person(ctx: Context, node: Element) -> ReportingPerson:
    name = text(node, "reportingPersonName")
    where = f"{name or 'reporting person'} (line {line_of(node)})"
    person = ReportingPerson(name=name, cik=clean.parse_cik(text(node, "reportingPersonCIK")))
    for field, tags in _FIELDS.items():
        printed = next((t for t in (text(first(node, tag)) for tag in tags) if t is not None), None)
        if printed is not None:
            setattr(person, field, xmltext.share_count(ctx, printed, f"{where}: {field}"))
            person.trace(field, printed, None)
    percent = text(node, "percentOfClass") or text(node, "classPercent")
    person.percent_of_class = clean.parse_percent(percent)
    person.trace("percent_of_class", percent, None)
    if percent is not None and person.percent_of_class is None:
        ctx.warn("bad-value", f"{where}: percent of class {percent!r} is not a number", value=percent)
    code = text(node, "citizenshipOrOrganization")
    label, person.country, person.region = xmltext.place_of(ctx, code, where)
    person.citizenship_or_organization = label
    person.trace("citizenship_or_organization", code, None)
    person.source_of_funds = _codes(ctx, texts(node, "fundType"), "source_of_funds", where)
    person.type = _codes(ctx, texts(node, "typeOfReportingPerson"), "type_of_reporting_person", where)
    group = text(node, "memberOfGroup") or text(node, "memberGroup")
    if group is not None:
        person.member_of_group = group.strip("() ").lower() if group.strip("() ").lower() in ("a", "b") else None
        person.trace("member_of_group", group, None)
        if person.member_of_group is None:
            ctx.warn("unknown-code", f"{where}: member of group {group!r} is neither 'a' nor 'b'", value=group)
    comment = text(node, "commentContent") or text(node, "comments")
    person.trace("comment", comment, None)
    return person


def _codes(ctx: Context, printed: list[str], group: str, where: str) -> list[str]:
    known = cover_codes()[group]
    values = []
    for value in printed:
        code = value.strip().upper()
        if code not in known:
            ctx.warn("unknown-code", f"{where}: {group} code {value!r} is not in lookups/codes.yml", value=value)
        values.append(code)
    return values


def _integer(ctx: Context, printed: str, where: str) -> int | None:
    if re.fullmatch(r"\s*[0-9]{1,15}\s*", printed):
        return int(printed)
    ctx.warn("bad-value", f"{where}: {printed[:80]!r} is not a whole number"
             + (" kg reads (over 15 digits)" if clean.too_long(printed) else ""), value=printed[:200])
    return None


def _read_items(ctx: Context, filing: Filing, form_data: Element) -> None:
    items = child(form_data, "items1To7")
    items = child(form_data, "items") if items is None else items
    if items is None:
        return
    for item in items:
        name = local(item)
        if re.fullmatch(r"item\d+", name):
            filing.printed[name] = (raw_text(item) or "").strip()
    names = [p.name for p in filing.reporting_persons if p.name]
    item5 = child(items, "item5")
    filing.transactions.extend(xmltext.mine_transactions(
        ctx, raw_text(child(item5, "transactionDesc")), "Item 5(c)", names))
    for source in (child(item5, "percentageOfClassSecurities"), child(items, "item4", "amountBeneficiallyOwned"),
                   child(item5, "numberOfShares")):
        outstanding = _shares_outstanding(raw_text(source))
        if outstanding is not None:
            filing.shares_outstanding = outstanding
            break


def _shares_outstanding(body: str | None) -> SharesOutstanding | None:
    match = _OUTSTANDING.search(body or "")
    if match is None:
        return None
    record = SharesOutstanding(count=clean.parse_shares(match.group(1)), as_of=clean.parse_date(match.group(2)))
    record.trace("count", match.group(1), None)
    record.trace("as_of", match.group(2), None)
    return record


def _read_signatures(filing: Filing, form_data: Element) -> None:
    blocks = list(descendants(form_data, "signaturePerson")) + children(form_data, "signatureInformation")
    for block in blocks:
        on_behalf = text(block, "signatureReportingPerson") or text(block, "reportingPersonName")
        for details in children(block, "signatureDetails"):
            filing.signatures.append(xmltext.signature(
                text(details, "signature"), text(details, "title"), text(details, "date"), on_behalf))


def _name_individuals(filing: Filing) -> None:
    """EDGAR prints an individual's name 'LAST FIRST MIDDLE' ('Leonard Braden Michael'); when
    a signature in the filing writes that person given name first ('Braden M Leonard'),
    the name is reordered and the printed form kept in `name_as_printed`."""
    signers = [s.name.lower().split() for s in filing.signatures if s.name]
    for person in filing.reporting_persons:
        words = (person.name or "").lower().split()
        if "IN" not in person.type or len(words) < 2:
            continue
        if any(len(s) >= 2 and s[-1] == words[0] and s[0] == words[1] for s in signers):
            printed = person.name
            person.name = xmltext.given_name_first(printed)
            person.name_as_printed = printed
            for sig in filing.signatures:
                if sig.on_behalf_of == printed:
                    sig.on_behalf_of = person.name

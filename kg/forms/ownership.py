"""Forms 3, 4 and 5 (`ownershipDocument` XML): one entry, `extract(doc, ctx) -> Filing`.

The reporting owner becomes a reporting person (share fields: the holdings the form
states after its transactions); a director, officer or ten-percent owner is also a
`people[]` entry of the issuer. Table I transactions go to `transactions[]`, Table I
holdings to `holdings[]`; Table II rows go to `derivative_transactions[]` and
`derivative_holdings[]` (and, as before, a derivative=true entry of `holdings[]`).
Footnote references are resolved to the footnote text and kept, by id, on the field that
carries them; `positions[]` is the derived view of each owner's classes after the filing
(kg.forms.ownership_views).
"""
from __future__ import annotations

from kg.context import Context
from kg.errors import StructureError
from kg.forms import xmltext
from kg.forms.checks import check_filing
from kg.forms.ownership_owners import add_people, name_person
from kg.forms.ownership_rows import read_tables
from kg.forms.ownership_views import positions
from kg.lookups import FORM_TYPES
from kg.read import clean
from kg.read.documents import Document
from kg.read.xmlsafe import Element, SourceMap, child, children, descendants, line_of, local, parse, text
from kg.records import AmendedFiling, Filing, Footnote, ReportingPerson

_BOOLEAN = {"1": True, "true": True, "0": False, "false": False}  # xs:boolean lexical forms


def extract(doc: Document, ctx: Context) -> Filing:
    root = parse(doc.data or doc.text, doc.source)
    if local(root) != "ownershipDocument":
        raise StructureError(doc.source, f"XML root is <{local(root)}>, not <ownershipDocument>")
    filing = Filing(source=doc.source)
    _read_document(ctx, filing, root)
    owners = children(root, "reportingOwner")
    if not owners:
        raise StructureError(doc.source, "Form 3/4/5 without a <reportingOwner>")
    filing.reporting_persons = [_owner(ctx, node) for node in owners]
    person = filing.reporting_persons[0].name if len(owners) == 1 else None
    read_tables(ctx, filing, root, person)
    _set_post_transaction_amounts(filing)
    filing.positions = positions(filing)
    add_people(ctx, filing)
    _read_notes(ctx, filing, root)
    for block in children(root, "ownerSignature"):
        filing.signatures.append(xmltext.signature(
            text(block, "signatureName"), None, text(block, "signatureDate"),
            person or "; ".join(p.name for p in filing.reporting_persons if p.name)))
    check_filing(ctx, filing)
    return filing


def _read_document(ctx: Context, filing: Filing, root: Element) -> None:
    printed = text(root, "documentType")
    filing.form_type = FORM_TYPES.get(printed.lower()) if printed else None
    filing.trace("form_type", printed, None)
    if printed is None:
        ctx.warn("missing-section", "no <documentType> in the ownership document")
    elif filing.form_type is None:
        ctx.warn("unknown-code", f"document type {printed!r} is not in lookups/form_types.yml", value=printed)
    period = text(root, "periodOfReport")
    filing.event_date = filing.period = clean.parse_date(period)
    filing.trace("event_date", period, None)
    original = text(root, "dateOfOriginalSubmission")
    if original:
        amended = AmendedFiling(date=clean.parse_date(original), description="original submission")
        amended.trace("date", original, None)
        filing.amends.append(amended)
    issuer = child(root, "issuer")
    if issuer is None:
        ctx.warn("missing-section", "no <issuer> in the ownership document")
    filing.issuer.name = text(issuer, "issuerName")
    filing.issuer.cik = clean.parse_cik(text(issuer, "issuerCik"))
    filing.issuer.trace("cik", text(issuer, "issuerCik"), None)
    ticker = text(issuer, "issuerTradingSymbol")
    filing.issuer.ticker = ticker.upper() if ticker else None
    filing.issuer.trace("ticker", ticker, None)


def _read_notes(ctx: Context, filing: Filing, root: Element) -> None:
    """The Rule 10b5-1 box, the Section 16 box, remarks and the footnotes themselves."""
    spans = SourceMap(ctx.text)
    for field, tag in (("rule_10b5_1", "aff10b5One"), ("not_subject_to_section16", "notSubjectToSection16"),
                       ("no_securities_owned", "noSecuritiesOwned")):
        node = child(root, tag)
        setattr(filing, field, _flag(ctx, text(node), tag))
        filing.trace(field, text(node), spans.value_span(node))
    remarks = child(root, "remarks")
    filing.remarks = text(remarks)  # white space folded; the printed text keeps its line breaks
    span = spans.value_span(remarks) if filing.remarks else None
    filing.trace("remarks", ctx.text[span[0]:span[1]] if span else filing.remarks, span)
    for node in descendants(child(root, "footnotes"), "footnote"):
        note = Footnote(id=node.get("id") or "", text=text(node))
        note.evidence = spans.element_span(node)
        filing.footnotes.append(note)


def _owner(ctx: Context, node: Element) -> ReportingPerson:
    ident = child(node, "reportingOwnerId")
    printed = text(ident, "rptOwnerName")
    person = ReportingPerson(name=xmltext.given_name_first(printed), cik=clean.parse_cik(text(ident, "rptOwnerCik")))
    person.name_as_printed = printed if printed != person.name else None
    person.trace("name", printed, None)
    where = f"{printed or 'reporting owner'} (line {line_of(node)})"
    address = child(node, "reportingOwnerAddress")
    parts = [text(address, tag) for tag in ("rptOwnerStreet1", "rptOwnerStreet2", "rptOwnerCity",
                                            "rptOwnerState", "rptOwnerZipCode")]
    person.address = clean.address_line(parts)
    printed_address = ", ".join(p for p in parts if p) or None  # the fields as printed, joined
    if printed_address != person.address:
        person.trace("address", printed_address, None)
    person.trace("address_city", text(address, "rptOwnerCity"), None)
    person.trace("address_state", text(address, "rptOwnerState"), None)
    relation = child(node, "reportingOwnerRelationship")
    for field, tag in (("is_director", "isDirector"), ("is_officer", "isOfficer"),
                       ("is_ten_percent_owner", "isTenPercentOwner")):
        setattr(person, field, _flag(ctx, text(relation, tag), f"{where}: {tag}"))
    person.officer_title = text(relation, "officerTitle")
    other = text(relation, "otherText")
    person.trace("other_relationship", other, None)
    name_person(person)
    return person


def _flag(ctx: Context, printed: str | None, where: str) -> bool | None:
    if printed is None:
        return None
    value = _BOOLEAN.get(printed.strip().lower())
    if value is None:
        ctx.warn("bad-value", f"{where}: {printed!r} is not a boolean (1/0/true/false)", value=printed)
    return value


def _set_post_transaction_amounts(filing: Filing) -> None:
    """Aggregate amount: the non-derivative positions after the reported transactions,
    added up when they are all of one class of security (else left unknown)."""
    positions: dict[tuple, int | None] = {}
    for row in filing.transactions:
        positions[_position(row)] = row.shares_after
    for row in filing.holdings:
        if not row.derivative and row.printed.get("row") == "holding":
            positions[_position(row)] = row.shares
    if not positions or len({key[0] for key in positions}) != 1 or None in positions.values():
        return
    total = sum(positions.values())
    for person in filing.reporting_persons:
        person.aggregate_amount = total
        person.trace("aggregate_amount", f"sum of {len(positions)} post-transaction amounts", None)


def _position(row) -> tuple:
    return (row.security, row.direct_or_indirect, row.nature_of_ownership,
            row.printed.get("ownership_footnotes"))

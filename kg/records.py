"""Typed records of one filing. `kg extract --format json` is their serialisation.

Every record keeps, beside its cleaned values, the text as printed (`printed`, field ->
text) and where it was read (`spans`, field -> [start, end] character offsets into the
document text; `evidence`, the span of the whole record). Unknown values are None.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.record_base import Span, Traced
from kg.record_views import filing_html, filing_repr, short_repr, to_dict  # noqa: F401 (to_dict: the API)
from kg.records_derivative import DerivativeFields, DerivativeHolding, DerivativeTransaction, IndirectHolding, Position  # noqa: F401


@dataclass(kw_only=True)
class Issuer(Traced):
    name: str | None = None
    cik: str | None = None
    cusips: list[str] = field(default_factory=list)
    ticker: str | None = None
    former_names: list[str] = field(default_factory=list)  # from the EDGAR header


@dataclass(kw_only=True)
class Address(Traced):
    text: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None


@dataclass(kw_only=True)
class ReportingPerson(Traced):
    name: str | None = None
    name_as_printed: str | None = None
    cik: str | None = None
    citizenship_or_organization: str | None = None
    country: str | None = None
    region: str | None = None
    source_of_funds: list[str] = field(default_factory=list)
    type: list[str] = field(default_factory=list)
    sole_voting_power: int | None = None
    shared_voting_power: int | None = None
    sole_dispositive_power: int | None = None
    shared_dispositive_power: int | None = None
    aggregate_amount: int | None = None
    percent_of_class: float | None = None
    member_of_group: str | None = None
    address: str | None = None
    is_director: bool | None = None
    is_officer: bool | None = None
    is_ten_percent_owner: bool | None = None
    officer_title: str | None = None
    former_names: list[str] = field(default_factory=list)  # from the EDGAR header


@dataclass(kw_only=True)
class Affiliation:
    organization: str
    role: str | None = None


@dataclass(kw_only=True)
class Person(Traced):
    name: str | None = None
    name_as_printed: str | None = None
    cik: str | None = None
    organization: str | None = None
    bodies: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    other_positions: list[str] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    citizenship: str | None = None
    country: str | None = None
    address: str | None = None
    address_city: str | None = None
    address_country: str | None = None


@dataclass(kw_only=True)
class Transaction(Traced):
    date: str | None = None
    shares: int | None = None
    price: float | None = None
    kind: str | None = None
    person: str | None = None
    security: str | None = None
    code: str | None = None
    acquired_disposed: str | None = None
    shares_after: int | None = None
    direct_or_indirect: str | None = None
    nature_of_ownership: str | None = None
    derivative: bool = False
    footnotes: list[str] = field(default_factory=list)
    # Forms 3/4/5 only (derived or read from the XML; empty elsewhere):
    category: str | None = None  # trade category from the code (lookups/trade_categories.yml)
    value: float | None = None  # shares x price
    deemed_execution_date: str | None = None
    transaction_form_type: str | None = None  # the form the transaction is reported on (4, 5)
    equity_swap: bool | None = None
    rule_10b5_1_footnote: bool | None = None  # a footnote of the row cites Rule 10b5-1
    footnote_refs: list[dict[str, str]] = field(default_factory=list)  # {field, id}: a note on a field
    line: int | None = None  # line of the row in the XML


@dataclass(kw_only=True)
class Holding(Traced):
    """Ownership stated as of a date: after Item 5 transactions, or a Form 3/4/5 holding."""

    person: str | None = None
    security: str | None = None
    shares: int | None = None
    percent: float | None = None
    as_of: str | None = None
    direct_or_indirect: str | None = None
    nature_of_ownership: str | None = None
    derivative: bool = False
    footnotes: list[str] = field(default_factory=list)
    footnote_refs: list[dict[str, str]] = field(default_factory=list)  # {field, id}: a note on a field
    line: int | None = None  # line of the row in the XML (Forms 3/4/5)


@dataclass(kw_only=True)
class Footnote(Traced):
    id: str
    text: str | None = None


@dataclass(kw_only=True)
class SharesOutstanding(Traced):
    count: int | None = None
    as_of: str | None = None
    source: str | None = None


@dataclass(kw_only=True)
class Signature(Traced):
    name: str | None = None
    title: str | None = None
    on_behalf_of: str | None = None
    date: str | None = None


@dataclass(kw_only=True)
class Contact(Traced):
    role: str | None = None  # "notices" | "copy-to"
    name: str | None = None
    title: str | None = None
    organization: str | None = None
    address: str | None = None
    phone: str | None = None


@dataclass(kw_only=True)
class AmendedFiling(Traced):
    """An earlier filing that this one amends: by date and/or accession number."""

    description: str | None = None
    date: str | None = None
    accession_number: str | None = None


@dataclass(kw_only=True)
class Warning:
    code: str
    message: str
    location: str | None = None
    span: Span | None = None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(kw_only=True)
class Section:
    name: str
    start: int
    end: int
    title: str | None = None


@dataclass(kw_only=True)
class Filing(Traced):
    source: str
    accession_number: str | None = None
    form_type: str | None = None
    form_types: list[str] = field(default_factory=list)
    amendment_number: int | None = None
    event_date: str | None = None
    filed_date: str | None = None
    period: str | None = None
    issuer: Issuer = field(default_factory=Issuer)
    security_class: str | None = None
    reporting_persons: list[ReportingPerson] = field(default_factory=list)
    shares_outstanding: SharesOutstanding | None = None
    transactions: list[Transaction] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)
    derivative_transactions: list[DerivativeTransaction] = field(default_factory=list)
    derivative_holdings: list[DerivativeHolding] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    remarks: str | None = None
    rule_10b5_1: bool | None = None  # Forms 3/4/5: the Rule 10b5-1(c) box (aff10b5One)
    not_subject_to_section16: bool | None = None
    no_securities_owned: bool | None = None  # Form 3: the "no securities beneficially owned" box
    people: list[Person] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    amends: list[AmendedFiling] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    text_sha256: str | None = None
    document_kind: str | None = None


for _cls in (Issuer, Address, ReportingPerson, Person, Transaction, Holding, SharesOutstanding, Signature,
             Contact, AmendedFiling):
    _cls.__repr__ = short_repr
Filing.__repr__ = filing_repr
Filing._repr_html_ = filing_html

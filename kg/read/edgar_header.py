"""The SGML header of an EDGAR full submission, in both dialects, as a `SubmissionHeader`.

`parse_header(text, start, end)` reads the lines between `<SEC-HEADER>` and `</SEC-HEADER>`
(or `<IMS-HEADER>`); kg.read.edgar splits a submission and applies the header to a Filing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kg.read.clean import address_line, parse_cik

# Header labels of both dialects -> field names (dialect 2 tags with "-" read as " ").
_TOP_FIELDS = {
    "ACCESSION NUMBER": "accession_number",
    "CONFORMED SUBMISSION TYPE": "submission_type", "TYPE": "submission_type",
    "PUBLIC DOCUMENT COUNT": "document_count",
    "CONFORMED PERIOD OF REPORT": "period", "PERIOD": "period",
    "FILED AS OF DATE": "filed_date", "FILING DATE": "filed_date",
    "DATE AS OF CHANGE": "date_of_change", "DATE OF FILING DATE CHANGE": "date_of_change",
    "ACCEPTANCE DATETIME": "acceptance_datetime",
    "GROUP MEMBERS": "group_members",
}
_ROLES = {
    "SUBJECT COMPANY": "subject-company", "FILED BY": "filed-by", "FILER": "filer",
    "REPORTING OWNER": "reporting-owner", "ISSUER": "issuer",
}
_SECTIONS = {
    "COMPANY DATA": "company", "OWNER DATA": "company", "FILING VALUES": "filing",
    "BUSINESS ADDRESS": "business_address", "MAIL ADDRESS": "mail_address",
    "FORMER COMPANY": "former", "FORMER NAME": "former",
}
_PARTY_FIELDS = {
    "COMPANY CONFORMED NAME": "name", "CONFORMED NAME": "name",
    "CENTRAL INDEX KEY": "cik", "CIK": "cik",
    "STANDARD INDUSTRIAL CLASSIFICATION": "sic", "ASSIGNED SIC": "sic",
    "IRS NUMBER": "irs_number", "EIN": "irs_number", "STATE OF INCORPORATION": "state_of_incorporation",
    "FISCAL YEAR END": "fiscal_year_end", "ORGANIZATION NAME": "organization_name",
    "FORM TYPE": "form_type", "SEC ACT": "sec_act", "ACT": "sec_act",
    "SEC FILE NUMBER": "file_number", "FILE NUMBER": "file_number",
    "FILM NUMBER": "film_number",
}
_ADDRESS_FIELDS = {
    "STREET 1": "street1", "STREET1": "street1", "STREET 2": "street2", "STREET2": "street2",
    "CITY": "city", "STATE": "state", "ZIP": "zip",
    "BUSINESS PHONE": "phone", "PHONE": "phone",
}
_FORMER_FIELDS = {
    "FORMER CONFORMED NAME": "name", "DATE OF NAME CHANGE": "date_changed",
    "DATE CHANGED": "date_changed",
}
# Document types of the forms kg reads: the first such document is the primary one.
OWNERSHIP_TYPES = frozenset(["SC 13D", "SC 13D/A", "SC 13G", "SC 13G/A", "SCHEDULE 13D",
                             "SCHEDULE 13D/A", "SCHEDULE 13G", "SCHEDULE 13G/A",
                             "3", "3/A", "4", "4/A", "5", "5/A"])


@dataclass
class Address:
    street1: str | None = None
    street2: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    phone: str | None = None

    def text(self) -> str | None:
        """One line, as an address is written: '2277 PLAZA DRIVE, SUITE 500, SUGAR LAND, TX 77479'."""
        place = " ".join(p for p in (self.state, self.zip) if p)
        return address_line((self.street1, self.street2, self.city, place))

    def printed(self) -> str | None:
        """The header's fields joined as printed (a street printed '16690 COLLINS AVE,' keeps its comma)."""
        place = " ".join(p for p in (self.state, self.zip) if p)
        return ", ".join(p for p in (self.street1, self.street2, self.city, place) if p) or None


@dataclass
class FormerName:
    name: str | None = None
    date_changed: str | None = None  # ISO date


@dataclass
class Party:
    """A SUBJECT COMPANY / FILED BY / FILER / REPORTING-OWNER / ISSUER block."""

    role: str
    name: str | None = None
    cik: str | None = None
    sic: str | None = None
    irs_number: str | None = None
    state_of_incorporation: str | None = None
    fiscal_year_end: str | None = None
    organization_name: str | None = None
    form_type: str | None = None
    sec_act: str | None = None
    file_number: str | None = None
    film_number: str | None = None
    business_address: Address | None = None
    mail_address: Address | None = None
    former_names: list[FormerName] = field(default_factory=list)


@dataclass
class SubmissionHeader:
    accession_number: str | None = None
    submission_type: str | None = None
    form_types: list[str] = field(default_factory=list)
    document_count: int | None = None
    period: str | None = None  # ISO dates
    filed_date: str | None = None
    date_of_change: str | None = None
    acceptance_datetime: str | None = None
    group_members: list[str] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    other: dict[str, list[str]] = field(default_factory=dict)  # labels kg does not use
    problems: list[str] = field(default_factory=list)  # values that could not be read

    def by_role(self, *roles: str) -> list[Party]:
        return [party for party in self.parties if party.role in roles]

    @property
    def subjects(self) -> list[Party]:
        """The issuer: SUBJECT COMPANY (13D/G) or ISSUER (Forms 3/4/5)."""
        return self.by_role("subject-company", "issuer")

    @property
    def filers(self) -> list[Party]:
        """The reporting persons: FILED BY / FILER (13D/G) or REPORTING-OWNER (3/4/5)."""
        return self.by_role("filed-by", "filer", "reporting-owner")


# ---- the header --------------------------------------------------------------
HEADER_START = re.compile(r"<(SEC|IMS)-HEADER>", re.I)
_LINE = re.compile(r"^[ \t]*(?:<(/?)([A-Z0-9][A-Z0-9 -]*)>[ \t]*(.*?)|([A-Z][A-Z0-9 ()/&.,'-]*?):[ \t]*(.*?))[ \t]*$")


def _iso(value: str, label: str, header: SubmissionHeader) -> str | None:
    match = re.fullmatch(r"(\d{4})(\d{2})(\d{2})\d*", value)
    if not match:
        header.problems.append(f"{label}: {value!r} is not a date")
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        header.problems.append(f"{label}: {value!r} is not a date")
        return None


class _HeaderReader:
    def __init__(self) -> None:
        self.header = SubmissionHeader()
        self.party: Party | None = None
        self.section: str | None = None
        self.former: FormerName | None = None

    def line(self, label: str, value: str, closing: bool) -> None:
        label = " ".join(label.replace("-", " ").split()).upper()
        if closing:
            if label in _ROLES:
                self.party, self.section = None, None
            elif label in _SECTIONS:
                self.section = None
            return
        if label in _ROLES and not value:
            self.party = Party(role=_ROLES[label])
            self.header.parties.append(self.party)
            self.section = None
        elif label in _SECTIONS and not value and self.party is not None:
            self.section = _SECTIONS[label]
            if self.section == "former":
                self.former = FormerName()
                self.party.former_names.append(self.former)
        elif value:
            self.value(label, value)

    def value(self, label: str, value: str) -> None:
        header, party, section = self.header, self.party, self.section
        if label in _TOP_FIELDS and (party is None or label == "GROUP MEMBERS"):
            self.top(_TOP_FIELDS[label], label, value)
        elif party is not None and section in ("business_address", "mail_address") \
                and label in _ADDRESS_FIELDS:
            address = getattr(party, section) or Address()
            setattr(address, _ADDRESS_FIELDS[label], value)
            setattr(party, section, address)
        elif party is not None and section == "former" and label in _FORMER_FIELDS:
            name = _FORMER_FIELDS[label]
            setattr(self.former, name, _iso(value, label, header) if name == "date_changed" else value)
        elif party is not None and label in _PARTY_FIELDS:
            name = _PARTY_FIELDS[label]
            setattr(party, name, self._party_value(name, label, value))
        else:
            header.other.setdefault(label, []).append(value)

    def _party_value(self, name: str, label: str, value: str) -> str | None:
        if name == "cik":
            cik = parse_cik(value)
            if cik is None:
                self.header.problems.append(f"{label}: {value!r} is not a CIK")
            return cik
        return value

    def top(self, name: str, label: str, value: str) -> None:
        header = self.header
        if name == "group_members":
            header.group_members.append(value)
        elif name == "document_count":
            header.document_count = int(value) if re.fullmatch(r"[0-9]{1,9}", value) else None
        elif name in ("period", "filed_date", "date_of_change"):
            setattr(header, name, _iso(value, label, header))
        else:
            setattr(header, name, value)


def parse_header(text: str, start: int, end: int) -> SubmissionHeader:
    """Read the header lines in text[start:end] (either dialect)."""
    reader = _HeaderReader()
    for raw in text[start:end].splitlines():
        match = _LINE.match(raw)
        if not match:
            continue
        if match.group(2) is not None:
            label, value, closing = match.group(2), match.group(3), bool(match.group(1))
        else:
            label, value, closing = match.group(4), match.group(5), False
        if label.upper() in ("SEC HEADER", "SEC-HEADER", "IMS-HEADER", "IMS HEADER"):
            continue
        reader.line(label, value.strip(), closing)
    header = reader.header
    types = [header.submission_type] + [p.form_type for p in header.parties]
    header.form_types = list(dict.fromkeys(t for t in types if t))
    return header

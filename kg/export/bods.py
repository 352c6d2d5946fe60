"""Beneficial Ownership Data Standard 0.4 statements from an export graph (a JSON array).

Organisations (and agents of unknown kind) become entity statements, people person
statements; beneficial ownerships become relationship statements with a `shareholding`
interest (the percent of class as `share.exact`); memberships of a board whose role the
ontology aligns with ftm:Directorship become `boardMember` interests in the board's
organisation, other memberships of a body `otherInfluenceOrControl` with the role as
details. Statements are dated by their latest filing (or the statement's own date) and
sourced as self-declarations to the SEC. Parties come before the relationships that
name them, as BODS requires.
"""
from __future__ import annotations

import datetime as dt
import hashlib

import networkx as nx
import pycountry

from kg.export.ftm import edges_of, is_directorship, unit_parent, values
from kg.graph.vocab import KG, ORG

BODS_VERSION = "0.4"
DIRECT = {"D": "direct", "I": "indirect"}  # Form 3/4/5 ownership form code -> BODS directOrIndirect


def statement_id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _country(code) -> dict | None:
    country = pycountry.countries.get(alpha_3=str(code).upper()) if code else None
    return {"name": country.name, "code": country.alpha_2} if country else None


class _Writer:
    def __init__(self, graph: nx.MultiDiGraph, today: str):
        self.graph, self.today = graph, today
        self.filings = graph.graph.get("filings", {})
        self.statements: list[dict] = []
        self.records: set[str] = set()

    def date_of(self, data: dict) -> str:
        dates = [data.get("last_date")] + [self.filings.get(f, {}).get("filed") or self.filings.get(f, {}).get("event")
                                           for f in data.get("filings", [])]
        dates = sorted(d for d in dates if d)
        return dates[-1] if dates else self.today

    def statement(self, record_id: str, record_type: str, details: dict, data: dict, subject: str) -> None:
        sources = ", ".join(data.get("filings", [])) or "kg graph"
        self.statements.append({
            "statementId": statement_id(record_type, record_id, sources),
            "statementDate": self.date_of(data),
            "recordId": record_id, "recordType": record_type, "recordStatus": "new",
            "declarationSubject": subject,
            "recordDetails": details,
            "publicationDetails": {"publicationDate": self.today, "bodsVersion": BODS_VERSION,
                                   "publisher": {"name": "kg"}},
            "source": {"type": ["selfDeclaration"], "description": f"SEC filing(s): {sources}"},
        })

    def party(self, node: str) -> str | None:
        """The record id of a node's person or entity statement, written on first use."""
        data = self.graph.nodes[node]
        if node in self.records:
            return node
        if data.get("kind") == "person":
            details = {"isComponent": False, "personType": "knownPerson",
                       "names": [{"type": "legal", "fullName": data["label"]}]}
            nationalities = [c for c in map(_country, values(data, "nationality")) if c]
            if nationalities:
                details["nationalities"] = nationalities
        elif data.get("kind") == "organization" or data.get("type") == "agent":
            details = {"isComponent": False, "entityType": {"type": "registeredEntity" if data.get("cik")
                                                            else "legalEntity"}, "name": data["label"]}
            jurisdiction = next((c for c in map(_country, values(data, "jurisdiction")) if c), None)
            if jurisdiction:
                details["jurisdiction"] = jurisdiction
            if data.get("cik"):
                details["identifiers"] = [{"id": cik, "scheme": "US-SEC", "schemeName": "SEC Central Index Key"}
                                          for cik in values(data, "cik")]
        else:
            return None
        for address in values(data, "address"):
            details.setdefault("addresses", []).append({"type": "service", "address": address})
        self.statement(node, "person" if data.get("kind") == "person" else "entity", details, data, node)
        self.records.add(node)
        return node

    def relationship(self, subject: str, party: str, interests: list[dict], data: dict) -> None:
        subject_id, party_id = self.party(subject), self.party(party)
        if subject_id is None or party_id is None or self.graph.nodes[subject].get("kind") == "person":
            return
        details = {"isComponent": False, "subject": subject_id, "interestedParty": party_id, "interests": interests}
        record = f"{party_id} -> {subject_id} ({data.get('label')}, {data.get('role') or ''})"
        self.statement(record, "relationship", details, data, subject_id)


def bods_statements(graph: nx.MultiDiGraph, today: str | None = None) -> list[dict]:
    writer = _Writer(graph, today or dt.date.today().isoformat())
    for owner, issuer, data in edges_of(graph, KG.BeneficialOwnership):
        interest = {"type": "shareholding", "beneficialOwnershipOrControl": graph.nodes[owner].get("kind") == "person",
                    "directOrIndirect": DIRECT.get(str(data.get("directOrIndirect")), "unknown"),
                    "details": "beneficial ownership reported to the SEC"}
        if isinstance(data.get("percentOfClass"), (int, float)):
            interest["share"] = {"exact": data["percentOfClass"]}
        writer.relationship(issuer, owner, [interest], data)
    for person, unit, data in edges_of(graph, ORG.Membership):
        organisation = unit_parent(graph, unit)
        if organisation is None or not data.get("role"):
            continue  # an affiliation: no control interest in the organisation
        kind = "boardMember" if is_directorship(data["role"]) else "otherInfluenceOrControl"
        interest = {"type": kind, "beneficialOwnershipOrControl": False, "directOrIndirect": "direct",
                    "details": str(data["role"])}
        writer.relationship(organisation, person, [interest], data)
    return writer.statements

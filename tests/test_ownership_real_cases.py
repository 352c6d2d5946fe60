"""Real Forms 3/4 for the cases the first bundled set lacked (tests/data/forms345/SOURCES.md):
several reporting owners on one form (a Form 4 of eight owners, read from a full EDGAR
submission, and a Form 3 of two), a conversion (code C) in both tables, a second form with
only Table II (an option grant). Their tables are
scored field by field against the gold in tests/test_ownership_tables.py; here, what the
gold of the tables does not hold: the owners, the signatures, the remarks as printed, the graph."""
from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef

from kg.extract import extract
from kg.graph.mapping import map_filing
from kg.graph.shacl import validate_graph
from kg.graph.vocab import KG
from kg.read.documents import load

FORMS = Path(__file__).parent / "data" / "forms345"
SOFTBANK = FORMS / "form4_betr_softbank_joint.txt"
HOFFMAN = FORMS / "form3_lnkd_hoffman_joint.xml"
MUSK = FORMS / "form4_tsla_musk_award_only_table2.xml"


def _graph(path: Path):
    filing = extract(path)
    return filing, map_filing(filing, load(path).text, tool_version="test").graph


def test_eight_owners_of_one_form4_each_hold_the_class_a_shares():
    filing = extract(SOFTBANK)
    assert (filing.form_type, filing.accession_number, filing.event_date, filing.filed_date) == (
        "4", "0001493152-25-009612", "2024-12-09", "2025-03-07")
    owners = filing.reporting_persons
    assert len(owners) == 8 and {o.is_ten_percent_owner for o in owners} == {True}
    assert {o.is_director for o in owners} == {o.is_officer for o in owners} == {False}
    # the one Class A position after the form (Table I), the same for every owner of the group
    assert {o.aggregate_amount for o in owners} == {628553}
    # the rows belong to the group, not to one owner
    assert {r.person for r in [*filing.transactions, *filing.derivative_transactions, *filing.positions]} == {None}


def test_a_conversion_reads_as_one_class_out_and_the_other_in():
    filing = extract(SOFTBANK)
    [out] = filing.derivative_transactions
    [into] = filing.transactions
    assert (out.code, out.category, out.acquired_disposed, out.underlying_security, out.underlying_shares) == (
        "C", "conversion", "D", "Class A Common Stock", 628553)
    assert (into.code, into.category, into.acquired_disposed, into.security, into.shares) == (
        "C", "conversion", "A", "Class A Common Stock", 628553)
    # the conversion price and dates are only in a footnote: none is made up, the note is on the field
    assert (out.exercise_price, out.exercise_date, out.expiration_date) == (None, None, None)
    assert {r["field"] for r in out.footnote_refs if r["id"] == "F2"} == {
        "exercise_price", "exercise_date", "expiration_date"}
    assert into.price is None and into.value is None  # Table I price: a footnote, not a number
    assert out.footnotes[0].startswith("Each outstanding share of Class B")  # F2, the first note printed


def test_entity_signatures_name_the_signer_for_the_entity():
    filing = extract(SOFTBANK)
    signed = [(s.on_behalf_of, s.name, s.title) for s in filing.signatures]
    assert len(signed) == 8 and {s.date for s in filing.signatures} == {"2025-03-07"}
    assert signed[0] == ("SoftBank Group Corp.", "Yuko Yamamoto", "Head of Corporate Legal Department")
    assert signed[1] == ("SB Global Advisers Limited", "Stephen Lam", "General Counsel")
    assert signed[2] == ("SoftBank Vision Fund II-2 L.P.", "Stephen Lam", "General Counsel")  # signed through its manager
    assert signed[7] == ("SB Northstar LP", "Stephen Lam", "Director")
    [musk] = extract(MUSK).signatures  # 'By: Aaron Beckman, Power of Attorney For: Elon R Musk'
    assert (musk.name, musk.title, musk.date) == ("Aaron Beckman", "Power of Attorney For: Elon R Musk", "2018-03-21")
    hoffman = extract(HOFFMAN)
    assert [(s.name, s.title[:24]) for s in hoffman.signatures] == [
        ("Lora Blum", "by power of attorney for"), ("Lora Blum", "by power of attorney for")]


def test_joint_form3_owners_and_the_remarks_as_printed():
    filing = extract(HOFFMAN)
    assert [(o.cik, o.name, o.is_director) for o in filing.reporting_persons] == [
        ("0001519339", "Reid Hoffman", True), ("0001521103", "Reid Hoffman & Michelle Yee Living Trust", False)]
    assert filing.no_securities_owned is False and filing.not_subject_to_section16 is None
    start, end = filing.spans["remarks"]
    printed = filing.printed["remarks"]
    assert load(HOFFMAN).text[start:end] == printed and "\n" in printed  # two lines as printed
    assert filing.remarks == " ".join(printed.split())
    [holding] = filing.derivative_holdings
    assert holding.shares is None and holding.underlying_shares == 2028942  # a Form 3 gives the underlying amount


def test_joint_graphs_are_valid_and_holdings_belong_to_each_owner():
    filing, graph = _graph(HOFFMAN)
    assert validate_graph(graph) == []
    held = [s for s in graph.subjects(KG.derivative, Literal(True)) if (s, KG.owner, None) in graph]
    assert len(held) == 2 * len(filing.derivative_holdings) == 2  # the preferred stock, for each owner
    filing, graph = _graph(SOFTBANK)
    assert validate_graph(graph) == []
    conversion = [s for s in graph.subjects(KG.tradeCategory, KG.CategoryConversion)]
    assert len(conversion) == 2 and all(graph.value(URIRef(str(s)), KG.party) is None for s in conversion)
    owners = {graph.value(s, KG.owner) for s in graph.subjects(KG.owner, None)}
    assert len(owners) == 8

"""Forms 3/4/5 as complete as the best insider-trading tools: both tables of real forms equal
their hand-written gold field by field; spans quote what was printed; derived views; the
graph (derivative classes with their underlying, footnotes on fields) and the curated queries."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.extract import extract
from kg.graph.mapping import map_filing
from kg.graph.ontology import concepts
from kg.graph.shacl import validate_graph
from kg.graph.vocab import KG, SCHEMA
from kg.lookups import TRADE_CATEGORIES, TRANSACTION_CODES
from kg.read.documents import load
from kg.records import to_dict

HERE = Path(__file__).parent
XML = HERE / "data" / "xml"
FORMS = HERE / "data" / "forms345"  # real forms of the cases the first set lacked (SOURCES.md)
GOLDS = sorted((XML / "tables").glob("*.json")) + sorted((FORMS / "tables").glob("*.json"))
EXAMPLES = HERE.parent / "examples" / "filings"
TABLES = ("derivative_transactions", "derivative_holdings", "transactions")
NOT_IN_GOLD = {"printed", "spans", "evidence", "footnotes"}


def _record(path: Path) -> dict:
    return json.loads(json.dumps(to_dict(extract(path))))


def _source(gold_path: Path) -> Path:
    """The form a gold file describes: `source` names it in the folder above `tables/`."""
    return gold_path.parent.parent / json.loads(gold_path.read_text(encoding="utf-8"))["source"]


SOURCES = [_source(p) for p in GOLDS]


@pytest.mark.parametrize("gold_path", GOLDS, ids=[p.stem for p in GOLDS])
def test_every_field_of_both_tables_equals_the_gold(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    got = _record(_source(gold_path))
    for table in TABLES:
        assert len(got[table]) == len(gold[table]), table
        for index, (want, row) in enumerate(zip(gold[table], got[table])):
            fields = set(want) | ({k for k, v in row.items() if v not in (None, [], {})} - NOT_IN_GOLD)
            if table == "transactions":
                fields -= {"kind", "derivative"}  # scored by the gold of the whole filing
            for name in sorted(fields):
                assert row.get(name) == want.get(name), f"{table}[{index}].{name}"
    got_positions = [{k: v for k, v in p.items() if k not in NOT_IN_GOLD} for p in got["positions"]]
    assert got_positions == gold["positions"]
    for key in ("rule_10b5_1", "not_subject_to_section16", "no_securities_owned", "remarks"):
        assert got[key] == gold[key], key
    assert [note["id"] for note in got["footnotes"]] == gold["footnotes"]
    if "reporting_owners" in gold:  # (CIK, name as printed) of each owner, in the form's order
        assert [[p["cik"], p["name_as_printed"] or p["name"]] for p in got["reporting_persons"]] == \
            gold["reporting_owners"]
    if "signatures" in gold:
        assert len(got["signatures"]) == gold["signatures"]


def test_the_gold_covers_the_cases():
    rows = {p.stem: json.loads(p.read_text()) for p in GOLDS}
    codes = {r["code"] for g in rows.values() for r in g["derivative_transactions"]}
    assert {"M", "A", "C"} <= codes  # an option exercise, grants, a conversion
    assert any(len(g.get("reporting_owners", [])) > 1 for g in rows.values())  # a joint filing
    only_table_ii = [name for name, g in rows.items() if not g["transactions"] and g["derivative_transactions"]]
    assert sorted(only_table_ii) == ["form4_tsla_musk_award_only_table2", "form4_vertex_sachs_dsu"]
    holdings = {name: len(g["derivative_holdings"]) for name, g in rows.items() if g["derivative_holdings"]}
    assert holdings == {"form3_snow_garrett": 6, "form3_lnkd_hoffman_joint": 1}  # the Forms 3


@pytest.mark.parametrize("path", SOURCES, ids=[p.stem for p in SOURCES])
def test_spans_quote_the_printed_values(path: Path):
    name = path.stem
    doc = load(path)
    filing = extract(path)
    rows = [*filing.derivative_transactions, *filing.derivative_holdings, *filing.transactions, *filing.holdings]
    checked = 0
    for row in rows:
        for field, (start, end) in row.spans.items():
            assert doc.text[start:end] == row.printed[field], (name, field)
            checked += 1
        if row.evidence:
            start, end = row.evidence
            assert doc.text[start:end].lstrip("<").split(">")[0].split()[0].endswith(("Transaction", "Holding"))
            assert doc.text.count("\n", 0, start) + 1 == row.line
    assert checked > 10


def test_the_option_exercise_of_the_issue():
    """'An option exercise of 200,000 shares at $8.88 expiring 2029-08-26' is visible as such."""
    filing = extract(XML / "form4_snow_scarpelli.xml")
    [row] = filing.derivative_transactions
    assert (row.security, row.code, row.category, row.shares, row.exercise_price, row.expiration_date,
            row.underlying_security, row.underlying_shares, row.shares_after) == (
        "Stock Option (Right to Buy)", "M", "option-exercise", 200000, 8.88, "2029-08-26",
        "Class A Common Stock", 200000, 2219299)
    assert row.footnote_refs == [{"field": "exercise_date", "id": "F16"}]
    assert "immediately exercisable" in row.footnotes[0]
    exercise = filing.transactions[0]
    assert (exercise.category, exercise.value) == ("option-exercise", 1776000.0)


def test_direct_and_indirect_holdings_beside_the_total():
    filing = extract(XML / "form4_snow_scarpelli.xml")
    owner = filing.reporting_persons[0]
    [common] = [p for p in filing.positions if not p.derivative]
    assert common.shares_after == owner.aggregate_amount == 894585
    assert common.direct == 101097 and len(common.indirect) == 8
    assert common.direct + sum(h.shares for h in common.indirect) == common.shares_after
    assert {h.nature_of_ownership for h in common.indirect} == {"Trust"}
    assert len({tuple(h.footnote_ids) for h in common.indirect}) == 8  # each trust its own footnote
    assert (common.acquired, common.disposed, common.net_change, common.transactions) == (200000, 200000, 0, 6)


def test_rule_10b5_1_box_and_footnotes(tmp_path: Path):
    assert extract(XML / "form4_374water.xml").rule_10b5_1 is False
    text = (XML / "form4_374water.xml").read_text(encoding="utf-8")
    checked = text.replace("<aff10b5One>false</aff10b5One>", "<aff10b5One>1</aff10b5One>")
    checked = checked.replace('<footnote id="F1">', '<footnote id="F1">Made under a Rule 10b5-1 trading plan. ')
    path = tmp_path / "planned.xml"
    path.write_text(checked, encoding="utf-8")
    filing = extract(path)
    assert filing.rule_10b5_1 is True
    assert filing.derivative_transactions[0].rule_10b5_1_footnote is True  # F1 is on its share count
    assert filing.transactions[0].rule_10b5_1_footnote is True  # F1 is on the Table I row's count too
    unplanned = extract(XML / "form4_snow_scarpelli.xml")
    assert {t.rule_10b5_1_footnote for t in unplanned.transactions} == {False} and unplanned.rule_10b5_1 is None


def test_every_code_has_a_kind_and_a_category_in_the_ontology():
    assert set(TRADE_CATEGORIES) == set(TRANSACTION_CODES)
    assert set(TRADE_CATEGORIES.values()) == set(concepts(KG.TradeCategories))


# ---- graph ---------------------------------------------------------------------------
def _graph(path: Path):
    doc = load(path)
    return map_filing(extract(path), doc.text, tool_version="test").graph


@pytest.mark.parametrize("path", SOURCES, ids=[p.stem for p in SOURCES])
def test_graph_of_forms_with_derivatives_is_valid(path: Path):
    graph = _graph(path)
    assert validate_graph(graph) == []
    filing = extract(path)
    classes = set(graph.subjects(KG.derivative, Literal(True)))
    instruments = {s for s in classes if (s, KG.underlyingSecurity, None) in graph}
    expected = {(r.security, r.exercise_price, r.expiration_date, r.underlying_security)
                for r in [*filing.derivative_transactions, *filing.derivative_holdings]}
    found = set()
    for s in instruments:
        price = graph.value(s, KG.exercisePrice)
        expiry = graph.value(s, KG.expirationDate)
        found.add((str(graph.value(s, SCHEMA.name)), None if price is None else float(price),
                   None if expiry is None else str(expiry), str(graph.value(graph.value(s, KG.underlyingSecurity),
                                                                            SCHEMA.name))))
    assert found == expected


def test_graph_keeps_footnotes_on_their_field():
    graph = _graph(XML / "form4_snow_scarpelli.xml")
    refs = {(str(graph.value(ref, KG.onProperty)), str(graph.value(graph.value(ref, KG.citesFootnote), KG.footnoteId)))
            for ref in graph.subjects(None, KG.FootnoteReference)}
    assert (str(KG.price), "F3") in refs and (str(KG.exerciseDate), "F16") in refs
    assert (str(KG.transactionCode), "F2") in refs and (str(KG.natureOfOwnership), "F9") in refs
    sale = URIRef(next(str(s) for s in graph.subjects(KG.tradeCategory, KG.CategoryOpenMarketSale)))
    assert graph.value(sale, KG.tradeValue) is not None


# ---- curated queries on the demo store ----------------------------------------------------
@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    from kg.batch import expand_inputs
    from kg.graph.store import build, open_store
    location = tmp_path_factory.mktemp("demo") / "store"
    with open_store(location, write=True) as store:
        report = build(store, expand_inputs([str(EXAMPLES)]), validate=True)
        assert report.failed == []
    return location


@pytest.mark.parametrize("name", ["insider-trades", "derivative-positions"])
def test_example_of_the_query_returns_rows_on_the_demo_store(demo_store, name):
    import shlex

    from kg.graph.store import open_store
    from kg.sparql.queries import find_query, parse_params, run_query
    query = find_query(name)
    words = shlex.split(query.example)
    pairs = [words[i + 1] for i, word in enumerate(words) if word in ("--param", "-p")]
    with open_store(demo_store) as store:
        result = run_query(store, query, parse_params(query, pairs))
    rows = [dict(zip(result.columns, row)) for row in result.rows]
    if name == "insider-trades":
        assert sorted(int(str(r["shares"])) for r in rows) == [4441, 5496, 41986, 73170, 74907]
        assert {str(r["category"]) for r in rows} == {"OpenMarketSale"}
    else:
        [row] = rows
        assert tuple(str(row[c]) for c in ("exercise_price", "expiration", "underlying", "held_after")) == (
            "8.88", "2029-08-26", "Class A Common Stock", "2219299")


def test_graphml_export_has_the_option_with_its_underlying(demo_store, tmp_path):
    import networkx as nx

    from kg.export.exporter import export
    from kg.graph.store import open_store
    with open_store(demo_store) as store:
        export(store.oxigraph, "graphml", tmp_path / "f4.graphml", filing="form4_xml_snow_scarpelli.xml")
    graph = nx.read_graphml(tmp_path / "f4.graphml")
    labels = {(graph.nodes[a].get("label"), data.get("label"), graph.nodes[b].get("label"))
              for a, b, data in graph.edges(data=True)}
    assert ("Stock Option (Right to Buy)", "underlying", "Class A Common Stock") in labels
    traded = [data for _, _, data in graph.edges(data=True) if data.get("label") == "traded"]
    assert traded and sum(int(d.get("count", 1)) for d in traded) == 7  # six Table I rows and the exercise


# ---- code paths no bundled real form has yet (variants of a real form, said as such) -----------
# (several owners on one form and conversions: real forms in tests/test_ownership_real_cases.py)
def _variant(tmp_path: Path, name: str, *edits: tuple[str, str]) -> Path:
    text = (XML / f"{name}.xml").read_text(encoding="utf-8")
    for old, new in edits:  # each edit at the last place the old text is printed
        assert old in text
        head, _, tail = text.rpartition(old)
        text = head + new + tail
    path = tmp_path / f"variant_{name}.xml"
    path.write_text(text, encoding="utf-8")
    return path


def test_joint_filing_amendment_and_expiration_variants(tmp_path: Path):
    """The Scarpelli Form 4 made a 4/A with a second reporting owner and its exercise an
    expiration (code H): Table II reads the same, the owners hold together."""
    second = ("</reportingOwner>", "</reportingOwner>\n    <reportingOwner><reportingOwnerId><rptOwnerCik>0000000001"
              "</rptOwnerCik><rptOwnerName>Scarpelli Family Trust</rptOwnerName></reportingOwnerId>"
              "<reportingOwnerRelationship><isOther>1</isOther></reportingOwnerRelationship></reportingOwner>")
    path = _variant(tmp_path, "form4_snow_scarpelli", ("<documentType>4</documentType>",
                    "<documentType>4/A</documentType>\n    <dateOfOriginalSubmission>2022-12-14</dateOfOriginalSubmission>"),
                    second, ("<transactionCode>M</transactionCode>\n                <equitySwapInvolved>0",
                             "<transactionCode>H</transactionCode>\n                <equitySwapInvolved>0"))
    filing = extract(path)
    assert filing.form_type == "4/A" and [a.date for a in filing.amends] == ["2022-12-14"]
    [row] = filing.derivative_transactions
    assert (row.code, row.kind, row.category, row.person, row.exercise_price) == ("H", "expiration", "expiration",
                                                                                 None, 8.88)
    assert {p.person for p in filing.positions} == {None}
    graph = map_filing(filing, load(path).text, tool_version="test").graph
    assert validate_graph(graph) == []
    tx = URIRef(next(str(s) for s in graph.subjects(KG.tradeCategory, KG.CategoryExpiration)))
    assert graph.value(tx, KG.party) is None  # a joint filing's row has no single party

"""Forms 3/4/5 as EDGAR renders them (xslF345X0n HTML), read by kg/forms/ownership_html.py:
three real renderings of forms whose XML is bundled (tests/data/xml) give the same tables as
the XML, field by field (the tables' gold), but for what a rendering does not show."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import extract
from kg.graph.mapping import map_filing
from kg.graph.shacl import validate_graph
from kg.read.documents import load
from kg.records import to_dict

DATA = Path(__file__).parent / "data"
RENDERINGS = DATA / "forms345" / "renderings"
TABLES = ("derivative_transactions", "derivative_holdings", "transactions")
NOT_SHOWN = {"transaction_form_type", "equity_swap"}  # in the XML, not in its rendering
PAIRS = [("form4_374water", True), ("form3_snow_garrett", True), ("form5_snow_mcmahon", False)]


def _dict(path: Path) -> dict:
    return json.loads(json.dumps(to_dict(extract(path))))


@pytest.mark.parametrize("name,has_tables_gold", PAIRS, ids=[p[0] for p in PAIRS])
def test_a_rendering_reads_as_its_xml(name: str, has_tables_gold: bool):
    path = RENDERINGS / f"{name}.html"
    got = _dict(path)
    assert got["document_kind"] == "html" and got["warnings"] == []
    xml = _dict(DATA / "xml" / f"{name}.xml")
    gold = json.loads((DATA / "xml" / "tables" / f"{name}.json").read_text()) if has_tables_gold else xml
    html_lines = path.read_text(encoding="utf-8").splitlines()
    for table in (*TABLES, "holdings"):
        want_rows = [r for r in gold.get(table, xml[table])]
        assert len(got[table]) == len(want_rows), table
        for want, row in zip(want_rows, got[table]):
            for field in set(want) - {"printed", "spans", "evidence", "line", "kind", "derivative"}:
                expected = None if field in NOT_SHOWN else want[field]
                assert row.get(field) == expected, f"{table}.{field}"
            assert "<tr>" in html_lines[row["line"] - 1]  # the row's line in the HTML
            assert row["spans"] == {} and row["evidence"] is None  # no offsets into a rebuilt document
    assert [{k: v for k, v in p.items() if k not in ("printed", "spans", "evidence")} for p in got["positions"]] \
        == [{k: v for k, v in p.items() if k not in ("printed", "spans", "evidence")} for p in xml["positions"]]
    for key in ("form_type", "event_date", "remarks", "security_class", "rule_10b5_1"):
        assert got[key] == xml[key], key
    assert [(n["id"], n["text"]) for n in got["footnotes"]] == [(n["id"], n["text"]) for n in xml["footnotes"]]
    def owner(p):  # a box the XML leaves out is drawn unchecked: false where the XML has null
        return (p["name"], p["cik"], p["address"], bool(p["is_director"]), bool(p["is_officer"]),
                bool(p["is_ten_percent_owner"]), p["officer_title"], p["aggregate_amount"])
    assert [owner(p) for p in got["reporting_persons"]] == [owner(p) for p in xml["reporting_persons"]]
    assert None not in {p[k] for p in got["reporting_persons"] for k in ("is_director", "is_officer")}
    assert [(s["name"], s["title"], s["date"]) for s in got["signatures"]] == \
        [(s["name"], s["title"], s["date"]) for s in xml["signatures"]]
    assert {k: got["issuer"][k] for k in ("name", "cik", "ticker")} == {k: xml["issuer"][k] for k in ("name", "cik", "ticker")}


def test_boxes_the_rendering_shows_and_those_it_does_not():
    water = extract(RENDERINGS / "form4_374water.html")
    assert (water.rule_10b5_1, water.not_subject_to_section16) == (False, False)  # both boxes shown, unchecked
    garrett = extract(RENDERINGS / "form3_snow_garrett.html")
    assert garrett.no_securities_owned is None  # the Form 3 rendering has no such box: not guessed
    assert garrett.amends == [] and garrett.form_type == "3"


def test_a_rendering_maps_to_a_valid_graph():
    path = RENDERINGS / "form4_374water.html"
    graph = map_filing(extract(path), load(path).text, tool_version="test").graph
    assert validate_graph(graph) == []


def test_an_unknown_column_heading_is_a_finding_not_a_guess(tmp_path: Path):
    text = (RENDERINGS / "form4_374water.html").read_text(encoding="utf-8")
    renamed = text.replace("8. Price of Derivative Security", "8. Something Else Entirely")
    path = tmp_path / "renamed.html"
    path.write_text(renamed, encoding="utf-8")
    filing = extract(path)
    assert [w.code for w in filing.warnings] == ["unparsed-section"]
    assert filing.derivative_transactions[0].price is None  # the column was not read

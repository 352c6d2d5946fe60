"""The Python API: kg.extract_many, kg.frames (typed DataFrames), kg.Graph, short reprs."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal

import pandas as pd
import pytest
from conftest import DATA, ROOT, SEED, build_bundled

import kg

EXAMPLES = ROOT / "examples" / "filings"


@pytest.fixture(scope="module")
def filings():
    return list(kg.extract_many([EXAMPLES]))


@pytest.fixture(scope="module")
def tables(filings):
    return kg.frames(filings)


def test_import_kg_stays_light():
    code = "import sys, kg; print(sorted(m for m in ('pandas', 'pyarrow', 'rdflib', 'pyoxigraph') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_extract_many_reports_errors_and_goes_on(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    seen = []
    batch = kg.extract_many([SEED, bad, str(tmp_path / "none-*.txt"), DATA / "filings"], jobs=2,
                            on_error=lambda source, problem: seen.append(source))
    got = list(batch)
    assert [f.source for f in got][0] == str(SEED) and len(got) == 1 + len(list((DATA / "filings").glob("*.gold.json")))
    assert [source for source, _ in batch.errors] == [str(tmp_path / "none-*.txt"), str(bad)] == sorted(seen, reverse=True)
    assert dict(batch.errors)[str(bad)] == "empty file"
    assert "2 failed" in repr(batch)


def test_frames_are_flat_typed_and_keyed(filings, tables):
    assert set(tables) == {"filings", "reporting_persons", "people", "positions", "transactions", "holdings",
                           "signatures", "warnings"}
    keys = {f.accession_number or f.source for f in filings}
    for name, frame in tables.items():
        assert set(frame["filing"]) <= keys and frame["filing"].notna().all(), name
        assert all(not isinstance(v, (list, dict)) for v in frame.iloc[0]) if len(frame) else True, name
    assert len(tables.filings) == len(filings)
    assert len(tables.people) == sum(len(f.people) for f in filings)
    tx = tables.transactions
    assert pd.api.types.is_datetime64_any_dtype(tx["date"]) and str(tx["shares"].dtype) == "Int64"
    assert "decimal" in str(tx["price"].dtype)
    scarpelli = next(f for f in filings if f.source.endswith("form4_xml_snow_scarpelli.xml"))
    mine = tx[tx.filing == (scarpelli.accession_number or scarpelli.source)]
    assert int(mine["shares"].sum()) == sum(t.shares for t in scarpelli.transactions)
    assert mine["price"].iloc[0] == Decimal(repr(scarpelli.transactions[0].price))
    assert (mine["date"] == pd.Timestamp(scarpelli.transactions[0].date)).any()
    rp = tables.reporting_persons
    icahn = rp[(rp.name == "Carl C. Icahn") & rp.percent_of_class.notna()]
    assert sorted(icahn["percent_of_class"]) == [Decimal("67.2"), Decimal("87.28")]
    assert rp["sole_voting_power"].isna().any()  # a missing number is null, never 0


def test_positions_are_one_row_per_body_and_position(filings, tables):
    power = next(f for f in filings if "power_corp" in f.source)
    rows = tables.positions[tables.positions.filing == power.source]
    person = power.people[0]
    expected = len(person.bodies) + len(person.positions) + len(person.other_positions) + len(person.affiliations)
    assert len(rows[rows.person == 0]) == expected > 0
    assert set(rows.kind) <= {"body", "position", "other position", "affiliation"}


def test_table_files_from_the_command_line(tmp_path, tables):
    out = tmp_path / "tx.parquet"
    result = subprocess.run([sys.executable, "-m", "kg", "extract", str(EXAMPLES), "--table", "transactions",
                             "--format", "parquet", "-o", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    back = pd.read_parquet(out)
    assert len(back) == len(tables.transactions) and back["date"].iloc[0] == tables.transactions["date"].iloc[0].date()
    csv_out = subprocess.run([sys.executable, "-m", "kg", "extract", str(EXAMPLES), "--table", "people"],
                             capture_output=True, text=True).stdout.splitlines()
    assert csv_out[0].startswith("filing,person,name,") and len(csv_out) == len(tables.people) + 1
    assert "^^" not in "".join(csv_out)


def test_graph_query_and_entities(tmp_path_factory):
    location = build_bundled(tmp_path_factory, "api_store")
    subprocess.run([sys.executable, "-m", "kg", "link", "--store", str(location), "--format", "json"],
                   capture_output=True, check=True)
    with kg.Graph(location) as graph:
        holders = graph.query("major-holders", issuer_name="icahn", min_percent=80)
        assert list(holders.owner) == ["Carl C. Icahn"] and "min_percent" not in holders.columns
        assert "decimal" in str(holders.percent.dtype) and holders.percent.iloc[0] == Decimal("87.28")
        tx = graph.query("transactions-of-filer", filer_name="scarpelli", from_date=dt.date(2022, 12, 1))
        assert str(tx.shares.dtype) == "Int64" and pd.api.types.is_datetime64_any_dtype(tx.first_date)
        assert tx[tx.row == "total"]["filing"].isna().all()  # a total row has no filing of its own
        count = graph.query("SELECT (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert int(count.graphs.iloc[0]) == len(graph.store.graphs())
        people = graph.entities(kind="person", name="pistorio")
        assert list(people.names) == ["Pasquale Pistorio"] and int(people.filings.iloc[0]) == 2
        assert len(graph.queries()) >= 14
        assert repr(graph).startswith("<kg.Graph ") and len(repr(graph)) < 200


def test_reprs_are_short(filings):
    seed = kg.extract(SEED)
    assert len(repr(seed)) < 300 and "26 people" in repr(seed) and "<table>" in seed._repr_html_()
    assert len(repr(seed.people[0])) < 1000 and "printed" not in repr(seed.people[0])
    assert repr(kg.frames(seed)).startswith("Frames(filings: 1 rows")

"""The linker on Splink's Spark backend (pyspark, local[*]) gives DuckDB's results."""
from __future__ import annotations

import os
import shutil

import pytest
from conftest import DATA

pytest.importorskip("pyspark", reason="pyspark (the test extra) is not installed")
if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
    if os.environ.get("KG_REQUIRE_SERVERS"):
        pytest.fail("Java is needed for pyspark (apt-get install default-jre-headless)")
    pytest.skip("Java is not installed (pyspark needs it)", allow_module_level=True)

FILES = sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix not in (".json", ".md", ".jsonl")
               and "rosters_real" not in p.parts)   # the roster accuracy corpus is not linked


def test_spark_and_duckdb_link_the_bundled_filings_alike():
    """Every bundled filing: the same candidate pairs, comparison levels, scores, decisions
    and entities on both engines."""
    import numpy as np

    from kg.graph.store import build, open_store
    from kg.link.mentions import mentions_from_store
    from kg.link.resolve import resolve

    with open_store("memory") as store:
        assert build(store, [str(p) for p in FILES], validate=False).failed == []
        mentions = mentions_from_store(store)
    duck, spark = resolve(mentions, engine="duckdb"), resolve(mentions, engine="spark")
    assert len(duck.pairs) > 30   # pairs between profiles, a star within each (kg.link.rows)
    for name in ("left", "right", "levels", "score"):
        assert np.array_equal(getattr(duck.pairs, name), getattr(spark.pairs, name)), name
    assert np.array_equal(duck.decision, spark.decision)
    assert duck.entity_of == spark.entity_of and [e.iri for e in duck.entities] == [e.iri for e in spark.entities]


def test_kg_link_takes_the_spark_engine(tmp_path):
    from click.testing import CliRunner

    from kg.cli.main import main
    store = str(tmp_path / "s")
    files = [str(DATA / "rosters" / "labelled_blocks_power_corp.txt"),
             str(DATA / "rosters" / "all_caps_last_first_power_corp_relayout.txt")]
    assert CliRunner().invoke(main, ["build", *files, "--store", store, "--no-validate", "--no-link"]).exit_code == 0
    duck = CliRunner().invoke(main, ["link", "--store", store, "--format", "json"])
    spark = CliRunner().invoke(main, ["link", "--store", store, "--format", "json", "--engine", "spark"])
    assert duck.exit_code == spark.exit_code == 0, spark.output
    assert duck.output == spark.output

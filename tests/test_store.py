"""The graph store: idempotent builds, whole-or-nothing graphs, one writer at a time,
recovery after kill -9, SHACL validation in plain words, RDF export, CLI commands."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli.graph import build_command, export_rdf_command, validate_command
from kg.errors import StoreError
from kg.graph.checks import validate
from kg.graph.mapping import map_filing
from kg.graph.store import build, build_batches, map_file, open_store
from kg.records import Filing

SEED = Path(__file__).parent / "data" / "seed" / "000_1f89013551cd3d2c.txt"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="seed filing not in tests/data/seed yet")


def variants(folder: Path, count: int) -> list[str]:
    """Copies of the seed that differ only in trailing blank lines: distinct filings (by text hash)."""
    text = SEED.read_bytes()
    paths = []
    for index in range(count):
        path = folder / f"seed_{index}.txt"
        path.write_bytes(text + b"\n" * (index + 1))
        paths.append(str(path))
    return paths


def small(source: str, accession: str) -> Filing:
    return Filing(source=source, accession_number=accession, form_type="SC 13G", event_date="2024-01-02")


def test_memory_store_replaces_a_filing_graph_whole():
    store = open_store("memory")
    first = map_filing(small("a.txt", "0000000001-24-000001"))
    store.replace([first])
    count = len(store)
    changed = small("a.txt", "0000000001-24-000001")
    changed.form_type = "SC 13G/A"
    store.replace([map_filing(changed)])
    assert len(store) == count
    forms = [row[0].value for row in store.oxigraph.query(
        "SELECT ?f WHERE { GRAPH ?g { ?s <https://w3id.org/kg-sec/ontology#formType> ?f } }")]
    assert forms == ["SC 13G/A"]


@needs_seed
def test_rebuilding_the_same_filing_is_idempotent(tmp_path):
    location = tmp_path / "store"
    with open_store(location, write=True) as store:
        report = build(store, [str(SEED)])
        assert report.filings == 1 and report.failed == []
        first = len(store)
        assert report.triples == first > 1000
        build(store, [str(SEED)])
        assert len(store) == first
        assert len(store.filing_graphs()) == 1 and len(store.graphs()) == 2  # and its summary graph (board seats)
    with open_store(location) as store:  # reopened from disk
        assert len(store) == first
        assert validate(store) == []


def test_a_second_writer_is_refused_while_a_build_runs(tmp_path):
    location = tmp_path / "store"
    with open_store(location, write=True):
        with pytest.raises(StoreError, match="another kg build"):
            open_store(location, write=True)
    with open_store(location, write=True):  # released on close
        pass


def test_readers_neither_wait_for_nor_block_a_build(tmp_path):
    location = tmp_path / "store"
    with open_store(location, write=True) as writer:
        writer.replace([map_filing(small("a.txt", "0000000001-24-000001"))])
    with open_store(location) as before:
        graphs = before.graphs()
        with open_store(location, write=True) as writer:  # a reader is open: the build goes on
            writer.replace([map_filing(small("b.txt", "0000000001-24-000002"))])
            with open_store(location) as during:  # a build is open: the reader reads the last one finished
                assert during.graphs() == graphs and during.unfinished is None
            assert len(writer.graphs()) == 2
        assert before.graphs() == graphs  # an open reader keeps what it opened
    with open_store(location) as after:
        assert len(after.graphs()) == 2
    assert [p.name for p in (location / "snapshots").iterdir() if p.is_dir()] == [after.snapshot]  # old ones go


def test_reading_a_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no graph store here"):
        open_store(tmp_path / "nothing")


def test_lock_is_held_across_processes(tmp_path):
    location = tmp_path / "store"
    with open_store(location, write=True):
        code = ("import sys; from kg.graph.store import open_store; from kg.errors import StoreError\n"
                "try:\n    open_store(sys.argv[1], write=True)\nexcept StoreError as e:\n    print(e); sys.exit(3)")
        result = subprocess.run([sys.executable, "-c", code, str(location)], capture_output=True, text=True,
                                timeout=120, check=False)
    assert result.returncode == 3, result.stderr
    assert "another kg build is writing to this store" in result.stdout


@needs_seed
def test_kill_during_a_build_leaves_a_consistent_store_and_a_rebuild_completes(tmp_path):
    files = variants(tmp_path, 6)
    location = tmp_path / "store"
    per_graph, per_summary = len(map_file(files[0]).graph), len(map_file(files[0]).summary)
    code = ("import sys; from kg.graph.store import open_store, build\n"
            "with open_store(sys.argv[1], write=True) as s:\n    build(s, sys.argv[2:], validate=False, batch_size=1)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(location), *files])
    journal = location / "journal.json"
    deadline = time.time() + 120
    seen = 0
    while time.time() < deadline and proc.poll() is None:
        if journal.exists():
            seen += 1
            if seen >= 2:  # let at least one batch commit, then kill in the middle of another
                break
            while journal.exists() and proc.poll() is None:
                time.sleep(0.001)
        time.sleep(0.001)
    assert proc.poll() is None, "the build finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    with open_store(location, write=True) as store:
        assert not journal.exists()
        assert not list((location / "spool").glob("*")), "the killed build's spool is removed"
        for name in store.filing_graphs():  # every graph left is whole
            assert len(store.graph(name)) == per_graph, name
        summaries = [name for name in store.graphs() if name not in store.filing_graphs()]  # with its summary
        assert [len(store.graph(name)) for name in summaries] == [per_summary] * len(store.filing_graphs())
        assert sorted(name.replace("/summary", "/graph") for name in summaries) == store.filing_graphs()
        assert store.recovered, "the interrupted batch is named for rebuilding"
        report = build(store, files, validate=False)
        assert report.failed == []
        assert len(store.filing_graphs()) == len(files) and len(store.graphs()) == 2 * len(files)
        assert len(store) == sum(len(store.graph(name)) for name in store.graphs())
        assert all(len(store.graph(name)) == per_graph for name in store.filing_graphs())


def test_validate_reports_violations_in_plain_words():
    store = open_store("memory")
    mapped = map_filing(small("a.txt", "0000000001-24-000001"))
    store.replace([mapped])
    store.oxigraph.add(pyoxigraph.Quad(pyoxigraph.NamedNode(str(mapped.filing_iri)),
                                       pyoxigraph.NamedNode("https://w3id.org/kg-sec/ontology#formType"),
                                       pyoxigraph.Literal("SC 13D"), pyoxigraph.NamedNode(str(mapped.graph_iri))))
    problems = validate(store)
    assert [p.message for p in problems] == ["a filing has at most one form type, as text"]
    assert str(problems[0]).startswith(str(mapped.graph_iri))


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld", "turtle"])
def test_export_formats_parse_back(fmt):
    store = open_store("memory")
    store.replace([map_filing(small("a.txt", "0000000001-24-000001")),
                   map_filing(small("b.txt", "0000000001-24-000002"))])
    data = store.export(fmt)
    if fmt == "turtle":  # the union: the software agent both graphs describe counts once
        distinct = store.oxigraph.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                                        "WHERE { GRAPH ?g { ?s ?p ?o } } }")
        assert len(Graph().parse(data=data, format="turtle")) == int(next(distinct)[0].value) < len(store)
    else:
        dataset = Dataset().parse(data=data, format={"nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt])
        graphs = [g for g in dataset.graphs() if len(g)]
        assert len(graphs) == 2
        assert sum(len(g) for g in graphs) == len(store)


@needs_seed
def test_cli_build_validate_export(tmp_path):
    runner = CliRunner()
    location = str(tmp_path / "store")
    result = runner.invoke(build_command, [str(SEED), "--store", location])
    assert result.exit_code == 0, result.output
    assert "1 filing(s)" in result.output
    result = runner.invoke(validate_command, ["--store", location])
    assert result.exit_code == 0, result.output
    assert "1 filing graph(s) conform" in result.output
    out = tmp_path / "out.nq"
    result = runner.invoke(export_rdf_command, ["--format", "nquads", "-o", str(out), "--store", location])
    assert result.exit_code == 0, result.output
    assert len(Dataset().parse(out, format="nquads")) > 1000


def test_cli_build_reports_a_bad_file_and_goes_on(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = CliRunner().invoke(build_command, [str(bad), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "1 of 1 file(s) failed" in result.output


def test_journal_names_the_sources_of_the_interrupted_batch(tmp_path):
    location = tmp_path / "store"
    with open_store(location, write=True) as store:
        store.replace([map_filing(small("a.txt", "0000000001-24-000001"))])
    journal = {"graphs": ["https://w3id.org/kg-sec/id/filing/0000000001-24-000001/graph"], "sources": ["a.txt"]}
    (location / "journal.json").write_text(json.dumps(journal))
    with open_store(location) as reader:
        assert [p.focus for p in validate(reader)] == ["a.txt"]
    with open_store(location, write=True) as store:
        assert store.recovered == ["a.txt"]
        assert store.graphs() == []  # the graph that batch was writing is dropped


def test_the_same_filing_given_twice_in_one_build_is_one_graph(tmp_path):
    import shutil

    from kg.graph.store import build, open_store
    copy = tmp_path / "copy_of_seed.txt"
    shutil.copy(SEED, copy)
    with open_store(str(tmp_path / "store"), write=True) as store:
        build(store, [str(SEED), str(copy)], validate=False)
        sources = store.oxigraph.query(
            "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?f <https://w3id.org/kg-sec/ontology#sourceFile> ?s } }")
        assert int(next(iter(sources))[0].value) == 1
        assert len(store.filing_graphs()) == 1


def test_a_build_in_worker_processes_writes_the_same_store(tmp_path):
    """--jobs 2: workers extract, map and validate; the store is the same quads, the same
    filings fail for the same reasons, in input order."""
    from kg.batch import expand_inputs
    data = Path(__file__).parent / "data"
    files = expand_inputs([str(data / name) for name in ("seed", "xml", "edgar", "filings")])
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    files = files[:3] + [str(bad)] + files[3:]
    dumps, failures = [], []
    for jobs in (1, 2):
        failed = []
        with open_store(tmp_path / f"store{jobs}", write=True) as store:
            report = build(store, files, jobs=jobs, batch_size=4, on_error=lambda s, p: failed.append((s, p)))
            dumps.append(set(store.oxigraph.dump(format=pyoxigraph.RdfFormat.N_QUADS).splitlines()))
        failures.append(failed)
        assert report.filings == len(files) - len(failed) and report.triples == len(dumps[-1])
    assert dumps[0] == dumps[1] and failures[0] == failures[1]
    assert (str(bad), "empty file") in failures[1]


def test_every_reader_reports_a_killed_build(tmp_path):
    location = tmp_path / "store"
    with open_store(location, write=True) as store:
        store.replace([map_filing(small("a.txt", "0000000001-24-000001"))])
    code = ("import os, signal, sys\nfrom kg.graph.store import open_store\nfrom kg.graph.mapping import map_filing\n"
            "from kg.records import Filing\nstore = open_store(sys.argv[1], write=True)\n"
            "store.replace([map_filing(Filing(source='b.txt', accession_number='0000000001-24-000002', "
            "form_type='SC 13G'))])\nos.kill(os.getpid(), signal.SIGKILL)")
    killed = subprocess.run([sys.executable, "-c", code, str(location)], capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    with open_store(location) as reader:
        assert reader.unfinished and len(reader.graphs()) == 1  # the last finished build: a.txt only
    from click.testing import CliRunner

    from kg.cli.main import main
    for command in (["query", "filings"], ["validate"], ["export-rdf", "-o", str(tmp_path / "out.nq")],
                    ["export", "--format", "graphml", "-o", str(tmp_path / "out.graphml")]):
        result = CliRunner().invoke(main, [*command, "--store", str(location)])
        assert "did not finish" in result.stderr, (command, result.stderr)
    with open_store(location, write=True) as store:  # the next build takes over: what the killed one committed
        assert len(store.graphs()) == 2                 # is whole, and is published when it closes
    with open_store(location) as reader:
        assert reader.unfinished is None and len(reader.graphs()) == 2


def test_an_unknown_reporting_person_type_is_a_finding_not_a_crash(tmp_path):
    xml = Path(__file__).parent / "data" / "xml" / "sc13d_aadi_bml.xml"
    odd = tmp_path / "odd_type.xml"
    odd.write_bytes(xml.read_bytes().replace(b"<typeOfReportingPerson>PN<", b"<typeOfReportingPerson>ZZ<", 1))
    with open_store(tmp_path / "store", write=True) as store:
        report = build(store, [str(odd)], validate=False)
        assert report.failed == [] and report.filings == 1
        findings = [row[0].value for row in store.oxigraph.query(
            "SELECT ?m WHERE { GRAPH ?g { ?w <https://w3id.org/kg-sec/ontology#message> ?m } }")]
    assert any("'ZZ'" in message for message in findings), findings
    if SEED.exists():  # a text cover page: the same finding
        from kg.extract import extract
        text = tmp_path / "odd_type.txt"
        text.write_bytes(SEED.read_bytes().replace(b"TYPE OF REPORTING PERSON: CO", b"TYPE OF REPORTING PERSON: ZZ"))
        assert [w.values["value"] for w in extract(text).warnings if w.code == "unknown-code"] == ["ZZ"]


@needs_seed
def test_a_build_with_one_bad_filing_stores_the_others(tmp_path, monkeypatch):
    """Whatever goes wrong with one filing (a KgError, an exception no one expected, a graph the
    store refuses) is that filing's error in the report; the batch stores the others."""
    import kg.graph.mapping
    files = variants(tmp_path, 4)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    real = kg.graph.mapping.map_filing

    def unexpected(filing, text=None, **kw):  # fault injection: a bug in mapping, for one filing only
        if filing.source == files[1]:
            raise TypeError("a bug")
        return real(filing, text, **kw)

    monkeypatch.setattr(kg.graph.mapping, "map_filing", unexpected)
    errors = []
    with open_store(tmp_path / "store", write=True) as store:
        report = build(store, [files[0], str(empty), files[1], files[2], files[3]], validate=False,
                       on_error=lambda source, problem: errors.append((source, problem)))
        assert [source for source, _ in report.failed] == [str(empty), files[1]] == [s for s, _ in errors]
        assert "internal error (TypeError: a bug)" in report.failed[1][1]
        assert report.filings == 3 and len(store.filing_graphs()) == 3


def test_a_graph_the_store_refuses_costs_only_its_filing(tmp_path):
    from rdflib import Literal, URIRef
    good = [map_filing(small(f"{n}.txt", f"0000000001-24-00000{n}")) for n in (1, 2, 3)]
    bad = map_filing(small("bad.txt", "0000000001-24-000009"))
    bad.triples.add((URIRef("urn:x"), URIRef("urn:p"), URIRef("no-scheme/not-absolute")))  # the store refuses it
    bad.triples.add((URIRef("urn:x"), URIRef("urn:q"), Literal("x")))
    refused = []
    with open_store(tmp_path / "store", write=True) as store:
        build_batches(store, [good[0], bad, good[1], good[2]], on_error=lambda s, p: refused.append(s))
        assert refused == ["bad.txt"]
        assert sorted(store.filing_graphs()) == sorted(str(m.graph_iri) for m in good)
        assert not (tmp_path / "store" / "journal.json").exists()


def test_a_batch_written_in_the_background_is_the_same_and_refuses_the_same(tmp_path):
    """kg build --jobs N loads each batch in a thread while the next fills: the same graphs, the
    same refusal (handed over in the caller's thread), one write at a time, none left running."""
    from rdflib import Literal, URIRef

    from kg.graph.batches import WriteBatch
    good = [map_filing(small(f"{n}.txt", f"0000000001-24-00000{n}")) for n in (1, 2, 3, 4, 5)]
    bad = map_filing(small("bad.txt", "0000000001-24-000009"))
    bad.triples.add((URIRef("urn:x"), URIRef("urn:p"), URIRef("no-scheme/not-absolute")))  # the store refuses it
    bad.triples.add((URIRef("urn:x"), URIRef("urn:q"), Literal("x")))
    dumps, written = [], []
    for background in (False, True):
        refused = []
        with open_store(tmp_path / f"store{background}", write=True) as store:
            batch = WriteBatch(store, 2, lambda item, problem: refused.append((item.source, threading.current_thread())),
                           background=background)
            for item in [good[0], bad, good[1], good[2], good[3], good[4]]:
                batch.add(item)
            written.append(batch.finish())
            batch.close()
            assert [source for source, _ in refused] == ["bad.txt"]
            assert refused[0][1] is threading.main_thread()
            assert not (tmp_path / f"store{background}" / "journal.json").exists()
            dumps.append(set(store.oxigraph.dump(format=pyoxigraph.RdfFormat.N_QUADS).splitlines()))
    assert dumps[0] == dumps[1] and written[0] == written[1] == len(dumps[0])


def test_a_build_on_disk_loads_through_a_spool_file_the_same_graphs(tmp_path, monkeypatch):
    """A store on disk gets its batches through a spool file read by the bulk loader (many
    filings a load); the quads are those of a store in memory, the batches split as asked, and
    no spool file is left."""
    from kg.batch import expand_inputs
    from kg.graph.store import GraphStore
    data = Path(__file__).parent / "data"
    files = expand_inputs([str(data / name) for name in ("seed", "xml", "filings")])
    loads = []
    real = GraphStore.replace

    def replace(self, batch, path=None, side=False):
        loads.append((len(batch), path is not None and path.exists()))
        return real(self, batch, path, side)

    monkeypatch.setattr(GraphStore, "replace", replace)
    dumps = []
    for location, batch_size in (("memory", None), (tmp_path / "one", None), (tmp_path / "three", 3)):
        loads.clear()
        with open_store(location, write=True) as store:
            report = build(store, files, validate=False, batch_size=batch_size)
            dumps.append(set(store.oxigraph.dump(format=pyoxigraph.RdfFormat.N_QUADS).splitlines()))
        assert report.failed == [] and report.triples == len(dumps[-1])
        if location == "memory":
            assert all(not from_file for _, from_file in loads)
        else:
            assert all(from_file for _, from_file in loads)
            assert [count for count, _ in loads] == ([len(files)] if batch_size is None else
                                                     [3] * (len(files) // 3) + [len(files) % 3] * bool(len(files) % 3))
            assert not list((location / "spool").glob("*"))
    assert dumps[0] == dumps[1] == dumps[2]


def test_a_spool_left_behind_is_removed_when_the_store_is_next_written(tmp_path):
    location = tmp_path / "store"
    with open_store(location, write=True) as store:
        build(store, [str(SEED)], validate=False)
    (location / "spool").mkdir(exist_ok=True)
    (location / "spool" / "7.nq").write_bytes(b"<urn:a> <urn:b> <urn:c> <urn:g> .\n")
    with open_store(location) as reader:  # a reader leaves it alone, and the folder is still a store
        assert len(reader.filing_graphs()) == 1
    with open_store(location, write=True) as store:
        assert not (location / "spool").exists()
        assert len(store.filing_graphs()) == 1

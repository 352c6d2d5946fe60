"""What linking adds to `kg build`: time and links-graph size on N filings.

    .venv/bin/python benchmarks/bench_link_build.py 1000

The bundled filings (examples/filings) are extracted once and repeated with distinct
accession numbers up to N filings (as benchmarks/bench_build.py does); they are mapped,
SHACL-validated and committed to a fresh on-disk store (what `kg build --no-link` does),
then linked as `kg build` links the filings it wrote (kg.link.update.update_links with the
graphs written). Reports both times, their ratio (the default build against --no-link),
the triples of the filing graphs and of the links graph, and peak RSS.
"""
from __future__ import annotations

import copy
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

BUNDLED = ROOT / "examples" / "filings"


def bundled_files() -> list[str]:
    return sorted(str(path) for path in BUNDLED.iterdir() if path.is_file() and not path.name.startswith("."))


def bundled_filings(files: list[str]):
    """(filing, text) for each bundled filing, extracted once; plus the extraction time."""
    from kg.extract import extract_document
    from kg.read.documents import load

    started = time.perf_counter()
    items = []
    for path in files:
        doc = load(path)
        items.append((extract_document(doc), doc.text))
    return items, time.perf_counter() - started


def run(count: int) -> dict:
    import pyoxigraph as ox

    from kg.graph.mapping import map_filing
    from kg.graph.shacl import validate_graph
    from kg.graph.store import build_batches, open_store
    from kg.link.update import update_links
    from kg.link.vocab import LINKS_GRAPH

    items, _ = bundled_filings(bundled_files())
    graphs = []

    def mapped():
        for index in range(count):
            filing, text = items[index % len(items)]
            filing = copy.copy(filing)
            filing.accession_number = f"9999999999-{index // 1000000 % 100:02d}-{index % 1000000:06d}"
            result = map_filing(filing, text)
            assert not validate_graph(result.graph)
            graphs.append(str(result.graph_iri))
            yield result

    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "store", write=True) as store:
        started = time.perf_counter()
        build_batches(store, mapped(), 50)
        build_s = time.perf_counter() - started
        filing_triples = len(store)
        started = time.perf_counter()
        update = update_links(store, "", changed=graphs)
        link_s = time.perf_counter() - started
        links = sum(1 for _ in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(LINKS_GRAPH))))
    people = sum(1 for m in update.result.mentions if m.kind == "person")
    return {"filings": count, "mentions": update.mentions, "person_mentions": people,
            "pairs": len(update.result.pairs), "entities": len(update.result.entities),
            "build_no_link_s": round(build_s, 1), "link_s": round(link_s, 1),
            "default_over_no_link": round((build_s + link_s) / build_s, 2), "filing_triples": filing_triples,
            "links_triples": links, "links_over_filings": round(links / filing_triples, 4),
            "peak_rss_gb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6, 2)}


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["1000"]:
        print(run(int(arg)), flush=True)

"""The mapping writes N-Triples text directly (kg.graph.ntriples); its graphs must stay those
the rdflib-built mapping made. tests/graph_snapshots holds, for each bundled real filing, the
graph the rdflib mapping wrote (N-Triples, sorted, gzip); each filing is mapped again and
compared line by line (no blank nodes: isomorphism is equality), apart from what was added
since: the name search keys (kg:nameKey), checked against the names they index, and the
graph's triple count (kg:tripleCount).

After a deliberate change of the mapping, write the snapshots again with
`KG_WRITE_SNAPSHOTS=1 python -m pytest tests/test_graph_snapshots.py` and review the diff.
"""
from __future__ import annotations

import gzip
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import XSD, Graph, Literal, URIRef

from kg.graph.mapping import map_filing
from kg.graph.mapping_base import FilingGraph
from kg.graph.ntriples import Triples, term_text
from kg.graph.vocab import KG

DATA = Path(__file__).parent / "data"
SNAPSHOTS = Path(__file__).parent / "graph_snapshots"
FOLDERS = ("edgar", "filings", "rosters", "seed", "xml")
FILES = sorted(p for folder in FOLDERS for p in (DATA / folder).iterdir()
               if p.suffix in (".txt", ".htm", ".xml"))
KEY_PROPERTIES = {f"<{KG.nameKey}>", f"<{KG.tripleCount}>"}  # added since the snapshots


def snapshot_path(path: Path) -> Path:
    return SNAPSHOTS / f"{path.parent.name}__{path.name}.nt.gz"


def mapped_lines(path: Path) -> list[str]:
    """The filing's triples (read by its path from the repository root, as the snapshots were)."""
    from kg.extract import extract_document
    from kg.read.documents import load
    root = DATA.parent.parent
    cwd = os.getcwd()
    os.chdir(root)
    try:
        doc = load(str(path.relative_to(root)))
    finally:
        os.chdir(cwd)
    mapped = map_filing(extract_document(doc), doc.text, tool_version="test")
    return sorted(f"{line} ." for line in mapped.triples.lines())


def predicate(line: str) -> str:
    return line.split(" ", 2)[1]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_graph_is_the_rdflib_mappings_graph(path):
    lines = mapped_lines(path)
    if os.environ.get("KG_WRITE_SNAPSHOTS"):
        kept = [line for line in lines if predicate(line) not in KEY_PROPERTIES]
        snapshot_path(path).write_bytes(gzip.compress(("\n".join(kept) + "\n").encode(), mtime=0))
    expected = gzip.decompress(snapshot_path(path).read_bytes()).decode().splitlines()
    got = [line for line in lines if predicate(line) not in KEY_PROPERTIES]
    missing, extra = sorted(set(expected) - set(got)), sorted(set(got) - set(expected))
    assert not missing and not extra, "\n".join(["missing:", *missing[:10], "extra:", *extra[:10]])
    assert len(got) == len(set(got))
    counts = [line for line in lines if predicate(line) == f"<{KG.tripleCount}>"]
    assert len(counts) == 1 and f'"{len(lines)}"^^' in counts[0]


@pytest.mark.parametrize("path", FILES[:6], ids=lambda p: p.name)
def test_rdflib_reads_the_same_graph_back(path):
    """The N-Triples text parses (rdflib) to a graph of as many triples, each one written."""
    lines = mapped_lines(path)
    graph = Graph().parse(data="\n".join(lines), format="nt")
    assert len(graph) == len(lines)
    sample = Graph()
    for line in lines[:200]:
        sample.parse(data=line, format="nt")
    assert set(sample) <= set(graph)


def test_every_name_has_its_search_keys():
    from kg.graph.search import name_keys
    graph = Graph().parse(data="\n".join(mapped_lines(DATA / "seed" / "000_1f89013551cd3d2c.txt")), format="nt")
    names: dict[URIRef, set[str]] = {}
    for subject, name in graph.subject_objects(URIRef("http://schema.org/name")):
        names.setdefault(subject, set()).update(name_keys(str(name)))
    keys: dict[URIRef, set[str]] = {}
    for subject, key in graph.subject_objects(KG.nameKey):
        keys.setdefault(subject, set()).add(str(key))
    assert len(names) > 30 and names == keys
    assert keys[next(s for s in keys if s.endswith("/person/douglas-dunn"))] == {"dou", "doug", "dougla", "dun", "dunn"}


def test_name_keys_fold_case_accents_and_punctuation():
    from kg.graph.search import name_keys, query_key
    assert name_keys("Tom de Waard") == ("de", "tom", "waa", "waar")
    assert name_keys("SOCIÉTÉ GÉNÉRALE S.A.") == ("a", "gen", "gene", "genera", "s", "soc", "soci", "societ")
    assert name_keys("8x8, Inc.") == ("8x8", "inc")
    assert name_keys("Stmicroelectronics")[-1] == "stmicroel"
    assert query_key("tom de waard") == "waar" and query_key("Société") == "societ" and query_key(" ,. ") is None
    assert query_key("tom de waard", (3,)) == "waa" and query_key("st") == "st"


@given(st.text(alphabet="abcdé XY-1", max_size=30), st.text(alphabet="abcdé XY-1", max_size=12))
def test_a_name_beginning_with_the_words_given_has_their_key(name, given):
    """A name with a word that begins with the longest word given (three characters or more)
    has the key a query looks up for it (so longer keys find every name the shorter found)."""
    from kg.graph.search import name_keys, query_key, words
    key, longest = query_key(given), max(words(given), key=len, default="")
    if len(longest) >= 3 and any(w.startswith(longest) for w in words(name)):  # three characters or more
        assert key in name_keys(name)


# ---- literals and IRIs as rdflib wrote them ---------------------------------------------------
def rdflib_text(term) -> str:
    graph = Graph()
    graph.add((URIRef("urn:s"), URIRef("urn:p"), term))
    line = graph.serialize(format="nt", encoding="utf-8").decode().strip()
    return line[len("<urn:s> <urn:p> "):-2]


@given(st.text())
def test_strings_are_written_as_rdflib_wrote_them(text):
    if text:
        assert term_text(FilingGraph.literal(text)) == rdflib_text(Literal(text))
    folded = FilingGraph.text_value(text)
    if folded is not None:
        assert term_text(folded) == rdflib_text(Literal(" ".join(text.split())))
        assert str(folded) == " ".join(text.split())


@given(st.integers(min_value=-10**20, max_value=10**20))
def test_integers_are_written_as_rdflib_wrote_them(value):
    assert term_text(FilingGraph.integer(value)) == rdflib_text(Literal(value, datatype=XSD.integer))


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_decimals_are_written_as_rdflib_wrote_them(value):
    assert term_text(FilingGraph.decimal(value)) == rdflib_text(Literal(Decimal(str(value)), datatype=XSD.decimal))


def test_booleans_dates_and_foreign_terms():
    assert term_text(FilingGraph.boolean(True)) == rdflib_text(Literal(True, datatype=XSD.boolean))
    assert term_text(FilingGraph.boolean(False)) == rdflib_text(Literal(False, datatype=XSD.boolean))
    assert term_text(Literal("x", lang="en")) == rdflib_text(Literal("x", lang="en"))
    import pyoxigraph as ox
    assert term_text(ox.NamedNode("urn:a")) == "<urn:a>"
    assert term_text(ox.Literal("1", datatype=ox.NamedNode(str(XSD.integer)))) == rdflib_text(
        Literal("1", datatype=XSD.integer))


def test_an_iri_nt_cannot_hold_is_refused_and_a_plain_string_is_not_a_term():
    from kg.errors import StructureError
    triples = Triples()
    with pytest.raises(StructureError, match="cannot be an IRI"):
        triples.add((URIRef("urn:a b"), KG.cik, Literal("1")))
    with pytest.raises(TypeError):
        triples.add((URIRef("urn:a"), KG.cik, "1"))


def test_the_graph_answers_what_mapping_code_asks():
    triples = Triples()
    a, b = URIRef("urn:a"), URIRef("urn:b")
    triples.add((a, KG.cik, Literal("1")))
    triples.add((a, KG.cik, FilingGraph.literal("1")))  # the same triple twice is one
    triples.add((b, KG.cik, Literal("2")))
    assert len(triples) == 2 and (a, KG.cik, Literal("1")) in triples
    triples.remove((a, None, None))
    assert len(triples) == 1 and (a, KG.cik, Literal("1")) not in triples
    assert re.fullmatch(r"<urn:b> <\S+> \"2\" <urn:g> \.\n", triples.nquads("urn:g").decode())

"""Read kg's ontology and SHACL shapes; generate `kg/graph/vocab.py` from the ontology.

The files live in the repository's `ontology/` folder. The package reaches them as
`kg/ontology/` (a symbolic link to `../ontology` in the source tree, which setuptools
copies as package data, so an installed wheel carries real files); when that is
missing the repository folder beside the package is used.

    python -m kg.graph.ontology --write-vocab   # regenerate kg/graph/vocab.py
    python -m kg.graph.ontology --check         # exit 1 when kg/graph/vocab.py is out of date
"""
from __future__ import annotations

import argparse
import keyword
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.errors import DataError

KG_NS = "https://w3id.org/kg-sec/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-sec/ontology")
VOCAB_PATH = Path(__file__).with_name("vocab.py")

# Namespaces whose declared terms become classes of constants in kg/graph/vocab.py.
PREFIXES = {
    "KG": KG_NS,
    "ORG": "http://www.w3.org/ns/org#",
    "SCHEMA": "http://schema.org/",
    "PROV": "http://www.w3.org/ns/prov#",
    "OA": "http://www.w3.org/ns/oa#",
    "SKOS": str(SKOS),
}
_DECLARING_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                    SKOS.Concept, SKOS.ConceptScheme}


def path(name: str) -> Path:
    """The path of an ontology file (`kg.ttl`, `shapes.ttl`), in the package or the repository."""
    packaged = resources.files("kg") / "ontology" / name
    if packaged.is_file():
        return Path(str(packaged))
    repository = Path(__file__).resolve().parents[2] / "ontology" / name
    if repository.is_file():
        return repository
    raise DataError(name, "ontology file not found in the kg package nor beside it")


def _parse(name: str) -> Graph:
    file = path(name)
    try:
        return Graph().parse(file, format="turtle")
    except Exception as exc:  # rdflib raises several parser-specific types
        raise DataError(str(file), f"cannot parse as Turtle: {exc}") from exc


@lru_cache(maxsize=1)
def ontology() -> Graph:
    """The ontology `ontology/kg.ttl` as an rdflib Graph (parsed once; do not modify)."""
    return _parse("kg.ttl")


@lru_cache(maxsize=1)
def shapes() -> Graph:
    """The SHACL shapes `ontology/shapes.ttl` as an rdflib Graph (parsed once; do not modify)."""
    return _parse("shapes.ttl")


def declared_terms(graph: Graph | None = None) -> set[URIRef]:
    """Every IRI the ontology declares (a class, property, concept or concept scheme)."""
    graph = ontology() if graph is None else graph
    return {subject for type_ in _DECLARING_TYPES for subject in graph.subjects(RDF.type, type_)
            if isinstance(subject, URIRef)}


@lru_cache(maxsize=None)
def concepts(scheme: URIRef) -> dict[str, URIRef]:
    """Notation -> concept IRI for the concepts of a SKOS scheme (the ontology as lookup table;
    read once, do not modify)."""
    graph = ontology()
    table: dict[str, URIRef] = {}
    for concept in graph.subjects(SKOS.inScheme, scheme):
        for notation in graph.objects(concept, SKOS.notation):
            if str(notation) in table:
                raise DataError("kg.ttl", f"notation {notation!s} used twice in {scheme}")
            table[str(notation)] = concept
    if not table:
        raise DataError("kg.ttl", f"concept scheme {scheme} has no concepts with a notation")
    return table


@lru_cache(maxsize=4096)
def annotation(subject: URIRef, prop: URIRef) -> URIRef | Literal:
    """The one value of an annotation of `subject`; DataError when missing."""
    value = ontology().value(subject, prop)
    if value is None:
        raise DataError("kg.ttl", f"{subject} has no {prop}")
    return value


@lru_cache(maxsize=1)
def property_notations() -> dict[str, URIRef]:
    """Notation -> property, for properties that stand for a categorical value (contact roles;
    read once, do not modify)."""
    graph = ontology()
    return {str(value): term for term, value in graph.subject_objects(SKOS.notation)
            if isinstance(term, URIRef) and (term, RDF.type, OWL.ObjectProperty) in graph}


def edge_classes() -> dict[URIRef, tuple[URIRef, URIRef, str]]:
    """Reified classes that become edges in exports: class -> (source property, target property, label)."""
    graph = ontology()
    edges = {}
    for cls, source in graph.subject_objects(URIRef(KG_NS + "edgeSource")):
        target = graph.value(cls, URIRef(KG_NS + "edgeTarget"))
        label = graph.value(cls, URIRef(KG_NS + "edgeLabel"))
        if target is None or label is None:
            raise DataError("kg.ttl", f"{cls} has kg:edgeSource but no kg:edgeTarget/kg:edgeLabel")
        edges[cls] = (source, target, str(label))
    return edges


def edge_properties() -> dict[URIRef, str]:
    """Object properties whose statements become edges in exports: property -> label."""
    graph = ontology()
    return {prop: str(graph.value(prop, URIRef(KG_NS + "edgeLabel")) or prop)
            for prop, flag in graph.subject_objects(URIRef(KG_NS + "exportEdge")) if flag.toPython() is True}


# ---- vocab.py generation ------------------------------------------------------
def _identifier(local: str, term: URIRef) -> str:
    if not local.isidentifier() or keyword.iskeyword(local):
        raise DataError("kg.ttl", f"term {term} has no usable Python name ({local!r})")
    return local


def generate_vocab(graph: Graph | None = None) -> str:
    """The text of kg/graph/vocab.py for the ontology `graph`."""
    graph = ontology() if graph is None else graph
    terms = declared_terms(graph)
    lines = [
        '"""kg\'s vocabulary. GENERATED from ontology/kg.ttl by `python -m kg.graph.ontology --write-vocab`.',
        "",
        "Do not edit: tests/test_ontology.py fails when this file and the ontology drift.",
        "Code spells ontology terms only through these constants.",
        '"""',
        "from rdflib import URIRef",
        "",
        f'INSTANCE_BASE = "{annotation(ONTOLOGY_IRI, URIRef(KG_NS + "instanceBase"))}"',
        f'COUNTRY_BASE = "{annotation(ONTOLOGY_IRI, URIRef(KG_NS + "countryBase"))}"',
    ]
    for name, namespace in PREFIXES.items():
        members = sorted(str(term)[len(namespace):] for term in terms if str(term).startswith(namespace))
        lines += ["", "", f"class {name}:", f'    """Terms of <{namespace}> that kg uses."""', "",
                  f'    NS = "{namespace}"']
        for local in members:
            term = URIRef(namespace + local)
            label = graph.value(term, RDFS.label) or graph.value(term, SKOS.prefLabel)
            comment = f"  # {label}" if label is not None else ""
            lines.append(f'    {_identifier(local, term)} = URIRef("{term}"){comment}')
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.graph.ontology", description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write-vocab", action="store_true", help="regenerate kg/graph/vocab.py")
    group.add_argument("--check", action="store_true", help="exit 1 when kg/graph/vocab.py is out of date")
    args = parser.parse_args(argv)
    text = generate_vocab()
    if args.write_vocab:
        VOCAB_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {VOCAB_PATH}")
        return 0
    current = VOCAB_PATH.read_text(encoding="utf-8") if VOCAB_PATH.exists() else ""
    if current != text:
        print(f"{VOCAB_PATH} is out of date: run python -m kg.graph.ontology --write-vocab", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

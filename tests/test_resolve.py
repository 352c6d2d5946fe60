"""Linking people and organisations across the bundled real filings (kg.link.resolve*)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import DATA
from rdflib import OWL, RDF, RDFS, SKOS, URIRef

from kg.errors import InputError
from kg.graph import ontology
from kg.link.cluster import load_judgements
from kg.link.mentions import former_names, mentions_from_store
from kg.link.names import org_name, person_name
from kg.link.resolve import resolve
from kg.link.score import DIFFERENT_AT, SAME_AT
from kg.link.vocab import LINKS_GRAPH, linking_ontology

PAIRS = DATA / "linking" / "pairs.jsonl"
# The linking corpus: every bundled filing but the roster accuracy corpus (tests/data/rosters_real, kept for
# measuring the roster reader; a held-out part is read only by the final measurement) and EDGAR's HTML
# renderings of Forms 3/4/5 (tests/data/forms345/renderings: the same filings as XML files of tests/data/xml).
FILES = sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix not in (".json", ".md", ".jsonl")
               and "rosters_real" not in p.parts and "renderings" not in p.parts)


@pytest.fixture(scope="module")
def corpus():
    """Every bundled filing built into one in-memory store, with EDGAR former names."""
    from kg.graph.store import build, open_store
    store = open_store("memory")
    report = build(store, [str(p) for p in FILES], validate=False)
    assert report.failed == []
    mentions = mentions_from_store(store, former_names([str(p) for p in FILES]))
    return store, mentions


def _find(mentions, spec) -> int:
    found = [i for i, m in enumerate(mentions) if m.source.endswith(spec["file"])
             and spec["name"] in m.names and (spec.get("role") is None or spec["role"] in m.roles)]
    assert len(found) == 1, f"{spec}: {len(found)} mentions"
    return found[0]


def _write(tmp_path, lines) -> str:
    path = tmp_path / "judgements.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return str(path)


# ---- names -----------------------------------------------------------------------
@pytest.mark.parametrize("printed,expected", [
    ("DESMARAIS, PAUL, JR.", ("paul", "", "desmarais", "jr")),
    ("DESMARAIS, PAUL G., P.C., C.C", ("paul", "g", "desmarais", "")),
    ("MALSON KELLY M", ("kelly", "m", "malson", "")),
    ("Tom de Waard", ("tom", "", "dewaard", "")),
    ("Denis J. Walsh III, CFA", ("denis", "j", "walsh", "iii")),
    ("The Honorable Gerald R. Ford", ("gerald", "r", "ford", "")),
    ("José Álvarez", ("jose", "", "alvarez", "")),
])
def test_person_names_are_normalised(printed, expected):
    name = person_name(printed)
    assert (name.given, name.middle, name.family, name.suffix) == expected


def test_nicknames_and_initial_given_names_are_kept_as_alternatives():
    assert person_name("Sylvester “Chip” Johnson").given_alt == "chip"
    assert person_name("C. Michael Armstrong").given_alt == "michael"


def test_legal_forms_are_rewritten_not_deleted():
    assert org_name("Icahn Enterprises L.P.").key == org_name("ICAHN ENTERPRISES L P").key == "icahn enterprises lp"
    assert org_name("STMicroelectronics N.V.").forms == ("nv",)
    assert org_name("Fiat S.p.A.").key == "fiat spa"
    assert org_name("Marex Group plc").key != org_name("Marex Group Inc.").key
    assert org_name("Power Corp. of Canada").key == org_name("Power Corporation of Canada").key


# ---- the labelled set ---------------------------------------------------------------
def test_labelled_pairs_precision_and_recall(corpus):
    _, mentions = corpus
    result = resolve(mentions)
    tp = fp = fn = 0
    wrong = []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        a, b = _find(mentions, pair["a"]), _find(mentions, pair["b"])
        together = result.entity_of[a] == result.entity_of[b]
        tp += together and pair["same"]
        fp += together and not pair["same"]
        fn += pair["same"] and not together
        if together != pair["same"]:
            wrong.append(pair)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"labelled pairs: precision {precision:.2f}, recall {recall:.2f} ({tp} tp, {fp} fp, {fn} fn)")
    assert precision == 1.0, wrong
    assert recall == 1.0, wrong
    assert tp + fn >= 45 and fp + (sum(1 for _ in PAIRS.open()) - tp - fn) >= 25


def test_blocking_never_compares_all_pairs(corpus):
    _, mentions = corpus
    result = resolve(mentions)
    people = sum(1 for m in mentions if m.kind == "person")
    model = [j for j in result.judgements if j.decided_by in ("model", "rule") and j.score is not None]
    assert 0 < len(model) < people * (people - 1) / 2 / 20
    ferro = {i for i, m in enumerate(mentions) if m.name == "Carlo Ferro"}
    bozotti = {i for i, m in enumerate(mentions) if m.name == "Carlo Bozotti"}
    assert not any({j.a, j.b} & ferro and {j.a, j.b} & bozotti for j in result.judgements)


def test_judgements_carry_score_and_reasons(corpus):
    _, mentions = corpus
    result = resolve(mentions)
    capped = [j for j in result.judgements if mentions[j.a].name in ("Paul G. Desmarais", "Paul Desmarais, Jr.")
              and mentions[j.b].name in ("Paul G. Desmarais", "Paul Desmarais, Jr.")
              and mentions[j.a].name != mentions[j.b].name]
    assert capped and all(j.decision in ("different", "unsure") for j in capped)
    assert any("roster" in j.reasons[0] for j in capped)
    same = [j for j in result.judgements if j.decision == "same" and j.decided_by == "model"]
    assert same and all(j.score >= SAME_AT and any("same full name" in r or "compatible" in r for r in j.reasons)
                        for j in same)


def test_one_score_one_decision(corpus):
    """The weights printed beside the reasons add up to the score printed, and the model's
    decision is that score against the thresholds it prints."""
    _, mentions = corpus
    result = resolve(mentions)
    model = [j for j in result.judgements if j.score is not None]
    assert len(model) > 30   # pairs between profiles and a star within each (kg.link.rows), of three decisions
    assert {j.decision for j in model} == {"same", "different", "unsure"}
    for j in model:
        assert sum(weight for _, weight in j.weights) == j.score
        printed = [r for r in j.reasons if r.startswith(("score ", "model score "))]
        assert len(printed) == 1 and f"{j.score / 10:+.1f}" in printed[0]
        if j.decided_by == "model":
            expected = "same" if j.score >= SAME_AT else "different" if j.score <= DIFFERENT_AT else "unsure"
            assert j.decision == expected and printed[0].endswith(expected)


def test_organisations_link_by_cik_cusip_and_name(corpus):
    _, mentions = corpus
    result = resolve(mentions)
    by_name = {}
    for i, m in enumerate(mentions):
        by_name.setdefault(m.name, set()).add(result.entity_of[i])
    assert len(by_name["Snowflake Inc."]) == 1
    assert len(by_name["Icahn Enterprises L.P."]) == 1
    assert by_name["Icahn Enterprises L.P."] != by_name["Icahn Enterprises Holdings L.P."]
    holdings = next(m for m in mentions if m.cik == "0001034563")
    assert holdings.aliases == ["AMERICAN REAL ESTATE HOLDINGS L P"]  # former name from the EDGAR header


# ---- the judgements file --------------------------------------------------------------
def test_mentions_are_read_only_and_share_what_repeats(corpus):
    """A corpus's mentions fit in memory: sets frozen, equal sets one object, texts interned."""
    _, mentions = corpus
    filers = [m.roles for m in mentions if m.roles == {"reporting-person"}]
    assert len(filers) > 10 and all(roles is filers[0] for roles in filers)
    assert all(isinstance(m.orgs, frozenset) and isinstance(m.ties, frozenset) for m in mentions)
    assert len({id(m.positions) for m in mentions if not m.positions}) == 1
    first: dict[str, str] = {}
    assert all(first.setdefault(m.graph, m.graph) is m.graph for m in mentions)   # one string per filing graph
    with pytest.raises(AttributeError):
        mentions[0].roles.add("signer")
    with pytest.raises(AttributeError):
        mentions[0].note = "no other fields"


def test_user_same_merges_what_the_model_keeps_apart(corpus, tmp_path):
    _, mentions = corpus
    path = _write(tmp_path, [{"a": "Carlo Ferro", "b": "Carlo Bozotti", "decision": "same", "note": "test"}])
    result = resolve(mentions, load_judgements(path))
    ferro = {result.entity_of[i] for i, m in enumerate(mentions) if m.name == "Carlo Ferro"}
    bozotti = {result.entity_of[i] for i, m in enumerate(mentions) if m.name == "Carlo Bozotti"}
    assert ferro == bozotti and len(ferro) == 1


def test_user_different_blocks_merges_through_a_third_mention(corpus, tmp_path):
    _, mentions = corpus
    shrout = [i for i, m in enumerate(mentions) if m.name == "Travis Shrout"]
    assert len(shrout) == 3 and len({resolve(mentions).entity_of[i] for i in shrout}) == 1
    path = _write(tmp_path, [{"a": mentions[shrout[0]].iri, "b": mentions[shrout[2]].iri, "decision": "different"}])
    result = resolve(mentions, load_judgements(path))
    first, middle, last = (result.entity_of[i] for i in shrout)
    assert first != last
    assert middle in (first, last)  # joins one of them, never both
    refused = [j for j in result.judgements if j.decision == "same" and j.merged is False]
    assert refused and "judged different" in refused[0].reasons[-1]


def test_bad_judgements_file_names_the_line(tmp_path):
    path = _write(tmp_path, [{"a": "x", "b": "y", "decision": "same"}, {"a": "x", "b": "y", "decision": "maybe"}])
    with pytest.raises(InputError) as info:
        load_judgements(path)
    assert info.value.source.endswith(":2")


# ---- the graph and the command line -----------------------------------------------------
@pytest.fixture
def small_store(tmp_path):
    from kg.graph.store import build, open_store
    folder = tmp_path / "store"
    files = [DATA / "rosters" / "labelled_blocks_power_corp.txt",
             DATA / "rosters" / "all_caps_last_first_power_corp_relayout.txt"]
    with open_store(folder, write=True) as store:
        assert build(store, [str(f) for f in files], validate=False).failed == []
    return str(folder)


def test_link_json_output_shape(small_store):
    from kg.cli.main import main
    out = CliRunner().invoke(main, ["link", "--store", small_store, "--format", "json"])
    assert out.exit_code == 0, out.output
    entities = json.loads(out.output)
    assert all(set(e) == {"iri", "kind", "names", "filings", "mentions"} for e in entities)
    assert {e["kind"] for e in entities} == {"person", "organization"}
    fribourg = [e for e in entities if "Paul Fribourg" in e["names"]]
    assert len(fribourg) == 1 and fribourg[0]["mentions"] == 2 and "FRIBOURG, PAUL" in fribourg[0]["names"]
    assert len(fribourg[0]["filings"]) == 2


def test_links_graph_is_separate_and_uses_declared_terms(small_store):
    from kg.cli.main import main
    from kg.graph.store import open_store
    with open_store(small_store) as store:
        before = {g: len(store.graph(g)) for g in store.graphs()}
    assert CliRunner().invoke(main, ["link", "--store", small_store]).exit_code == 0
    with open_store(small_store) as store:
        after = {g: len(store.graph(g)) for g in store.graphs() if g != str(LINKS_GRAPH)}
        links = store.graph(str(LINKS_GRAPH))
    assert after == before
    assert len(list(links.triples((None, OWL.sameAs, None)))) >= 7
    declared = ontology.declared_terms() | ontology.declared_terms(linking_ontology())
    used = {t for triple in links for t in (triple[1], triple[2] if triple[1] == RDF.type else None) if t}
    builtins = {RDF.type, OWL.sameAs}
    assert sorted(str(t) for t in used - declared - builtins) == []


def test_explain_says_why(small_store):
    from kg.cli.main import main
    out = CliRunner().invoke(main, ["explain", "Paul Desmarais, Jr.", "--store", small_store])
    assert out.exit_code == 0, out.output
    assert "two entries of one roster" in out.output and "father and son" in out.output


def test_linking_ontology_documents_its_terms():
    from kg.graph.vocab import KG
    from kg.link.vocab import _TERMS
    graph = linking_ontology()
    terms = {URIRef(KG.NS + name) for name in _TERMS} & ontology.declared_terms(graph)
    assert len(terms) == len(_TERMS)
    assert [t for t in terms if graph.value(t, RDFS.label) is None and graph.value(t, SKOS.prefLabel) is None] == []
    documented = [t for t in terms if set(graph.objects(t, RDF.type)) & {OWL.Class, OWL.ObjectProperty,
                                                                          OWL.DatatypeProperty}]
    assert documented and [t for t in documented if graph.value(t, RDFS.comment) is None] == []


def test_edgar_former_names_reach_the_graph_and_link_an_old_name():
    """The CVR submission's header lists AMERICAN REAL ESTATE HOLDINGS L P as a former name of
    Icahn Enterprises Holdings L.P.; a filing that still uses the old name links to it."""
    import kg
    from kg.link.mentions import mentions_from_filings
    from kg.records import Filing, Issuer

    cvr = kg.extract(DATA / "filings" / "13d_submission_cvr_icahn.txt")
    holdings = next(p for p in cvr.reporting_persons if p.name == "Icahn Enterprises Holdings L.P.")
    assert holdings.former_names == ["AMERICAN REAL ESTATE HOLDINGS L P"]
    old = Filing(source="old-name.txt", text_sha256="0" * 64, form_type="SC 13D",
                 issuer=Issuer(name="American Real Estate Holdings L.P."))
    result = resolve(mentions_from_filings([cvr, old]))
    entity_of = {m.names[0]: result.entity_of[i] for i, m in enumerate(result.mentions)}
    assert entity_of["Icahn Enterprises Holdings L.P."] == entity_of["American Real Estate Holdings L.P."]


# ---- incremental linking -----------------------------------------------------------
def _link_quads(store) -> set[str]:
    import pyoxigraph as ox
    return {str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(LINKS_GRAPH)))}


def _build_linked(location, batches, judgements=None, updates=None):
    """`kg build` batch after batch into one on-disk store; returns the links graph's quads."""
    from kg.graph.store import build, open_store
    from kg.link.update import update_links
    for batch in batches:
        with open_store(location, write=True) as store:
            report = build(store, [str(p) for p in batch], validate=False)
            update = update_links(store, judgements, changed=report.graphs)
            if updates is not None:
                updates.append(update)
    with open_store(location) as store:
        return _link_quads(store)


def test_incremental_builds_link_like_one_build(tmp_path):
    """Building the corpus in three steps (each linking only its new filings against the
    saved state) writes the same links graph as one build of everything."""
    from kg.graph.store import open_store
    from kg.link.state import load_state
    steps = [FILES[0::3], FILES[1::3], FILES[2::3]]
    stepwise = _build_linked(tmp_path / "steps", steps)
    at_once = _build_linked(tmp_path / "once", [FILES])
    assert stepwise == at_once
    with open_store(tmp_path / "steps") as store:
        state = load_state(store)
        assert state is not None and state.graphs == set(store.filing_graphs())
        assert len(state.mentions) == len(mentions_from_store(store))


def test_incremental_build_compares_only_new_mentions(tmp_path, monkeypatch):
    """The second build hands the scorer only its own mentions and their block neighbours."""
    import kg.link.update as update
    seen = []
    original = update.candidate_levels
    monkeypatch.setattr(update, "candidate_levels", lambda rows, fresh_from=None, engine="duckdb": (
        seen.append((len(rows["unique_id"]), fresh_from)), original(rows, fresh_from, engine))[1])
    first, second = FILES[:-2], FILES[-2:]
    updates = []
    _build_linked(tmp_path / "s", [first, second], updates=updates)
    assert seen[0][1] is None and seen[1][1] is not None   # from scratch, then incremental
    assert seen[1][0] < seen[0][0] / 2
    assert not updates[0].incremental and updates[1].incremental
    assert 0 < updates[1].compared < updates[0].compared / 2  # only the new mentions and their block neighbours


def test_a_changed_judgements_file_is_applied_to_every_component(tmp_path):
    first = _write(tmp_path, [{"a": "Paul Desmarais, Jr.", "b": "Paul G. Desmarais", "decision": "same"}])
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"a": "Carlo Ferro", "b": "Carlo Bozotti", "decision": "same"}) + "\n")
    stepwise = _build_linked(tmp_path / "s", [FILES[:-1]], first)
    stepwise = _build_linked(tmp_path / "s", [FILES[-1:]], str(second))
    assert stepwise == _build_linked(tmp_path / "once", [FILES], str(second))
    assert any("judgements file line 1" in quad for quad in stepwise)


def test_rebuilding_a_filing_or_skipping_links_stays_consistent(tmp_path):
    """A filing built again replaces its mentions; a build without linking leaves the
    state behind, and the next linked build starts over from every mention."""
    from kg.graph.store import build, open_store
    half = FILES[: len(FILES) // 2]
    reference = _build_linked(tmp_path / "ref", [FILES])
    _build_linked(tmp_path / "s", [half])
    _build_linked(tmp_path / "s", [half[:3]])                # the same filings again
    with open_store(tmp_path / "s", write=True) as store:    # --no-link
        build(store, [str(p) for p in FILES[len(FILES) // 2:-1]], validate=False)
    assert _build_linked(tmp_path / "s", [FILES[-1:]]) == reference


def test_explain_reads_the_saved_state(tmp_path, monkeypatch):
    """`kg explain` on a linked store answers from the saved pairs, as from scratch."""
    from kg.cli.main import main
    from kg.graph.store import open_store
    from kg.link.state import folder_of
    _build_linked(tmp_path / "s", [FILES])
    args = ["explain", "Paul Desmarais, Jr.", "--store", str(tmp_path / "s")]
    with monkeypatch.context() as patch:
        import kg.link.update as update
        patch.setattr(update, "candidate_levels", lambda *a, **k: pytest.fail("compared strings again"))
        from_state = CliRunner().invoke(main, args)
    assert from_state.exit_code == 0, from_state.output
    assert "two entries of one roster" in from_state.output
    with open_store(tmp_path / "s") as store:
        import shutil
        shutil.rmtree(folder_of(store))
    assert CliRunner().invoke(main, args).output == from_state.output


def test_builds_keep_the_judgements_file_of_the_last_link(tmp_path):
    """A forced judgement stays in force in later builds (the file is read again), until
    `--judgements ''`; a remembered file that is gone is an error naming it."""
    from kg.cli.main import main
    from kg.graph.store import open_store
    path = _write(tmp_path, [{"a": "Carlo Ferro", "b": "Carlo Bozotti", "decision": "same", "note": "kept"}])
    store = str(tmp_path / "s")

    def run(*args):
        return CliRunner().invoke(main, [*args, "--store", store])

    def forced() -> bool:
        with open_store(store) as opened:
            return any("judgements file line 1: kept" in quad for quad in _link_quads(opened))

    assert run("build", *map(str, FILES[:-1]), "--no-validate", "--judgements", path).exit_code == 0 and forced()
    out = run("build", str(FILES[-1]), "--no-validate")
    assert out.exit_code == 0 and "mentions resolved again" in out.output and forced()
    assert run("link", "--judgements", "").exit_code == 0 and not forced()
    assert run("link", "--judgements", path).exit_code == 0 and forced()
    (tmp_path / "judgements.jsonl").unlink()
    out = run("build", str(FILES[-1]), "--no-validate")
    assert out.exit_code == 1 and f"Error: {path}: the judgements file" in out.output


def _roster_filings(start: int, stop: int):
    """Small filings, each with one "John Smith" (at one of ten companies) and one rare name."""
    from kg.graph.mapping import map_filing
    from kg.records import Filing, Issuer, Person
    for index in range(start, stop):
        people = [Person(name="John Smith", organization=f"Company {index % 10} Inc.", positions=["Director"]),
                  Person(name=f"Quentin Zyx{index}", organization=f"Company {index % 10} Inc.", positions=["Director"])]
        filing = Filing(source=f"synthetic-{index}.txt", accession_number=f"0000000000-26-{index:06d}",
                        form_type="SC 13D", issuer=Issuer(name=f"Issuer {index % 7} Inc."), people=people)
        yield map_filing(filing, None)


def test_a_common_name_is_paired_only_through_an_organisation(tmp_path):
    """Past COMMON_NAME mentions a name stops pairing every mention with every other (a
    star per organisation instead); a store that crosses the line in an incremental build
    links like one built at once."""
    from kg.graph.store import build_batches, open_store
    from kg.link.rows import COMMON_NAME
    from kg.link.state import load_state
    from kg.link.update import update_links
    total = COMMON_NAME + 44
    for location, steps in (("steps", [(0, COMMON_NAME - 56), (COMMON_NAME - 56, total)]), ("once", [(0, total)])):
        for start, stop in steps:
            with open_store(tmp_path / location, write=True) as store:
                graphs = [str(m.graph_iri) for m in _roster_filings(start, stop)]
                build_batches(store, _roster_filings(start, stop))
                update_links(store, "", changed=graphs)
    with open_store(tmp_path / "steps", write=True) as store:   # rebuild the filing of a representative
        graphs = [str(m.graph_iri) for m in _roster_filings(0, 1)]
        build_batches(store, _roster_filings(0, 1))
        assert not update_links(store, "", changed=graphs).incremental
    with open_store(tmp_path / "steps") as steps, open_store(tmp_path / "once") as once:
        assert _link_quads(steps) == _link_quads(once)
        state = load_state(once)
    smith = {i for i, m in enumerate(state.mentions) if m.name == "John Smith"}
    pairs = sum(1 for a, b in zip(state.left.tolist(), state.right.tolist()) if a in smith and b in smith)
    # stars, not all pairs: around each company's first John Smith and each profile's first (and, for a
    # profile whose first shares its roster with another John Smith, its first in another roster)
    assert len(smith) == total and total - 10 <= pairs <= 2 * total
    entities = {state.entity[i] for i in smith}
    assert len(entities) == 10    # one John Smith per company


def test_a_damaged_linker_state_is_set_aside(tmp_path, caplog):
    """The saved state is a cache: unreadable, it is set aside (a warning) and the next
    build links every mention again, with the same result."""
    from kg.graph.store import open_store
    from kg.link.state import folder_of
    reference = _build_linked(tmp_path / "ref", [FILES])
    _build_linked(tmp_path / "s", [FILES[:-1]])
    with open_store(tmp_path / "s") as store:
        (folder_of(store) / "pairs.parquet").write_bytes(b"not parquet")
    updates = []
    assert _build_linked(tmp_path / "s", [FILES[-1:]], updates=updates) == reference
    assert not updates[0].incremental and "cannot be read" in caplog.text


def test_rebuilding_a_filing_replaces_its_mentions_in_the_links(tmp_path):
    """A rebuilt filing's old mentions leave the links graph (here: one name, two CIKs, then
    the filing renamed), and the result is the links graph of one build."""
    from kg.graph.mapping import map_filing
    from kg.graph.store import build_batches, open_store
    from kg.link.update import update_links
    from kg.records import Filing, Issuer

    def filing(index: int, name: str, cik: str):
        return map_filing(Filing(source=f"acme-{index}.txt", accession_number=f"0000000001-26-{index:06d}",
                                 form_type="SC 13D", issuer=Issuer(name=name, cik=cik)), None)

    def linked(location, steps):
        for step in steps:
            with open_store(tmp_path / location, write=True) as store:
                build_batches(store, step)
                update_links(store, "", changed=[str(m.graph_iri) for m in step])
        with open_store(tmp_path / location) as store:
            return _link_quads(store)

    first = [filing(2, "Acme Holdings Inc.", "0000000002"), filing(1, "Acme Holdings Inc.", "0000000001")]
    before = linked("steps", [first])
    assert sum("CanonicalEntity" in quad for quad in before) == 2   # one name, two CIKs: two organisations
    after = linked("steps", [[filing(2, "Zenith Corp.", "0000000002")]])
    assert any('"Zenith Corp."' in quad for quad in after) and sum('"Acme Holdings Inc."' in q for q in after) == 1
    assert after == linked("once", [[first[1], filing(2, "Zenith Corp.", "0000000002")]])

"""Linking with collective evidence, a small links graph, review and explain (kg.link)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.link.vocab import LINKS_GRAPH

CVR = DATA / "filings" / "13d_submission_cvr_icahn.txt"
ICAHN_XML = DATA / "xml" / "sc13da_icahn_enterprises_amd85.xml"
POWER = [DATA / "rosters" / "labelled_blocks_power_corp.txt", DATA / "rosters" / "all_caps_last_first_power_corp_relayout.txt",
         DATA / "rosters" / "name_labels_power_corp_relayout.txt"]


def _run(*args):
    from kg.cli.main import main
    return CliRunner().invoke(main, [str(a) for a in args])


def _built(tmp_path, files, name="store") -> str:
    store = tmp_path / name
    out = _run("build", *files, "--store", store, "--no-validate")
    assert out.exit_code == 0, out.output
    return str(store)


def _quads(location) -> list[str]:
    import pyoxigraph as ox

    from kg.graph.store import open_store
    with open_store(location) as store:
        return [str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(LINKS_GRAPH)))]


@pytest.fixture(scope="module")
def icahn(tmp_path_factory):
    """The CVR full submission (Carl C. Icahn, a reporting person without a CIK on the page)
    and the XML 13D/A (Carl C. Icahn with CIK 0000921669), built together by `kg build`."""
    return _built(tmp_path_factory.mktemp("icahn"), [CVR, ICAHN_XML])


def test_a_person_without_a_cik_joins_the_entity_of_his_cik(icahn):
    from kg.graph.store import open_store
    from kg.link.update import current_resolution
    with open_store(icahn) as store:
        result = current_resolution(store)
    icahns = [i for i, m in enumerate(result.mentions) if m.name == "Carl C. Icahn"]
    assert len(icahns) == 2 and {result.mentions[i].cik for i in icahns} == {None, "0000921669"}
    entities = {result.entities[result.entity_of[i]].iri for i in icahns}
    assert entities == {"https://w3id.org/kg-sec/id/cik/0000921669"}
    assert any('owl#sameAs> <https://w3id.org/kg-sec/id/filing/0001104659-25-002604/person/carl-c-icahn>' in q
               for q in _quads(icahn))


def test_explain_shows_the_organisation_shared_by_entity(icahn):
    """The two Icahn mentions share Icahn Enterprises L.P. as an entity (the XML's issuer with
    its CIK; the submission's contacts' employer, named without one): evidence by entity."""
    out = _run("explain", "Carl Icahn", "--store", icahn)
    assert out.exit_code == 0, out.output
    assert "SAME (merged) by model" in out.output and "(same entity)" in out.output
    assert "no shared organisation" not in out.output


def test_explain_finds_mentions_by_part_of_a_name_an_iri_or_a_cik(icahn):
    by_part = _run("explain", "icahn", "--store", icahn, "--format", "json")
    by_cik = _run("explain", "921669", "--store", icahn, "--format", "json")
    by_iri = _run("explain", "https://w3id.org/kg-sec/id/cik/0000921669", "--store", icahn, "--format", "json")
    assert by_part.exit_code == by_cik.exit_code == by_iri.exit_code == 0
    assert json.loads(by_cik.output) == json.loads(by_iri.output) and json.loads(by_cik.output)
    assert len(json.loads(by_part.output)) > len(json.loads(by_cik.output))   # the Icahn companies too
    missing = _run("explain", "Nobody Atall", "--store", icahn)
    assert missing.exit_code == 1 and "no mention is named" in missing.output


def test_the_links_graph_holds_entities_not_pair_decisions(tmp_path):
    """Entities, owl:sameAs and undecided pairs only: no judgement is stored for a pair the
    model decided, and the links graph is a small fraction of the filing data."""
    from kg.graph.store import open_store
    location = _built(tmp_path, [CVR, ICAHN_XML, *POWER])
    quads = _quads(location)
    with open_store(location) as store:
        filing_triples = len(store) - len(quads)
        from kg.link.update import current_resolution
        result = current_resolution(store)
    judgements = [q for q in quads if "ontology#Judgement>" in q]
    undecided = [q for q in quads if "ontology#Unsure>" in q]
    assert len(judgements) == len(undecided)          # no same/different decisions stored
    assert sum("ontology#CanonicalEntity>" in q for q in quads) == len(result.entities)
    assert sum("owl#sameAs>" in q for q in quads) <= len(result.mentions)
    assert len(quads) < 0.5 * filing_triples


def test_review_lists_undecided_pairs_and_records_answers(tmp_path):
    """Father and son across layouts (a suffix on one side only) are left for review; an
    answer given with --decide is written to the judgements file and applied by kg link."""
    location = _built(tmp_path, POWER)
    path = tmp_path / "answers.jsonl"
    listed = _run("review", "--store", location, "--judgements", path, "--format", "json")
    assert listed.exit_code == 0, listed.output
    items = json.loads(listed.output)
    assert items and items == sorted(items, key=lambda i: (-i["joins"], -i["score"]))
    first = items[0]
    assert {first["a"]["name"], first["b"]["name"]} >= {"Paul G. Desmarais"} or "JR" in json.dumps(first).upper()
    assert first["a"]["quotes"] and first["b"]["quotes"] and first["reasons"]
    text = _run("review", "--store", location, "--judgements", path, "--list")
    assert text.exit_code == 0 and first["key"] in text.output and "would join" in text.output
    decided = _run("review", "--store", location, "--judgements", path, "--decide", f"{first['key']}=different")
    assert decided.exit_code == 0, decided.output
    line = json.loads(path.read_text().splitlines()[-1])
    assert line["decision"] == "different" and {line["a"], line["b"]} == {first["a"]["mention"], first["b"]["mention"]}
    assert _run("link", "--store", location, "--judgements", path).exit_code == 0
    after = json.loads(_run("review", "--store", location, "--format", "json").output)
    assert first["key"] not in {i["key"] for i in after}
    assert any("kg review:" in q for q in _quads(location))       # the user's judgement is in the links graph
    wrong = _run("review", "--store", location, "--decide", "nokey=same")
    assert wrong.exit_code == 1 and "no pair to review" in wrong.output


def test_review_prompts_and_skip_is_recorded(tmp_path):
    location = _built(tmp_path, POWER)
    path = tmp_path / "answers.jsonl"
    from kg.cli.main import main
    out = CliRunner().invoke(main, ["review", "--store", location, "--judgements", str(path), "--limit", "1"],
                             input="k\n")
    assert out.exit_code == 0, out.output
    assert json.loads(path.read_text().splitlines()[-1])["decision"] == "skip"


def test_record_judgement_appends_and_refuses_unknown_decisions(tmp_path):
    from kg.errors import InputError
    from kg.link.cluster import load_judgements
    from kg.link.review import record_judgement
    path = tmp_path / "j.jsonl"
    path.write_text('{"a": "x", "b": "y", "decision": "same"}')   # no final newline
    record_judgement(path, "Carl C. Icahn", "Carl Icahn", "same", note="one man")
    assert [o.decision for o in load_judgements(path)] == ["same", "same"]
    with pytest.raises(InputError):
        record_judgement(path, "a", "b", "maybe")


# ---- names ----------------------------------------------------------------------------
_WORD = st.sampled_from(["John", "Mary", "Li", "Wei", "De", "Van", "Smith", "O'Brien", "Jean-Paul", "A.", "J",
                         "MALSON", "Kelly", "M", "Jr.", "III", "Dr.", "Bishop", "José", "Dean", "King", "Ann"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=2, max_size=4), st.booleans())
def test_the_fast_name_path_agrees_with_nameparser(words, comma):
    """Names the fast path takes are parsed as nameparser parses them."""
    from kg.link import names
    text = f"{words[-1]}, {' '.join(words[:-1])}" if comma else " ".join(words)
    names.person_name.cache_clear()
    fast = names.person_name(text)
    original = names._plain_parts
    try:
        names._plain_parts = lambda _: None
        names.person_name.cache_clear()
        assert names.person_name(text) == fast
    finally:
        names._plain_parts = original
        names.person_name.cache_clear()


def test_given_name_variants_nicknames_and_romanisations():
    from kg.link.names import family_sound, given_variants
    assert "robert" in given_variants("bob") and "sergey" in given_variants("sergei")
    assert "mohamed" in given_variants("muhammad")
    assert family_sound("tchaikovsky") == family_sound("chaikovski")
    assert given_variants("j") == ("j",)


@pytest.mark.parametrize("printed, plain", [
    ("Karl Huber FRSE", "Karl Huber"), ("Jane Smith FMedSci", "Jane Smith"), ("Hans Weber, FREng", "Hans Weber"),
    ("Dipl.-Volksw. Karl Huber", "Karl Huber"), ("Univ.-Prof. Eva Roth", "Eva Roth"), ("Dr. h.c. Eva Roth", "Eva Roth"),
    ("Prof. Dr.-Ing. Hans Weber", "Hans Weber"), ("WEBER, Dr. rer. nat. Hans", "Hans Weber"),
    ("Jane Smith CBE FCCA", "Jane Smith"), ("JANE SMITH, PH.D.", "Jane Smith"),
])
def test_academic_titles_and_post_nominal_letters_are_no_part_of_the_name_key(printed, plain):
    """The linker takes off what the roster reader takes off (kg/patterns/name_affixes.yml): a German academic
    title or British letters in one filing and the plain name in another give one name key."""
    from kg.link.names import person_name
    assert person_name(printed).key == person_name(plain).key


@pytest.mark.parametrize("printed, family", [("John Obe", "obe"), ("Adebayo Obe", "obe"), ("Mark Cfa", "cfa"),
                                             ("John Smith OBE", "smith"), ("John Smith, Esq.", "smith")])
def test_a_credential_matches_as_printed_or_in_capitals_only(printed, family):
    """'Obe' printed in title case is a surname, not the order 'OBE' (the lookups match as printed or in capitals)."""
    from kg.forms.roster_names import display_name
    from kg.link.names import person_name
    assert person_name(printed).family == family
    assert display_name(printed).endswith(printed.split()[-1].rstrip(".")) == (family != "smith")

"""Filing chains as evidence (kg.link.chains): the same role at the same organisation in two
filings of one chain (a Schedule 13D and its amendments) counts for the same person."""
from __future__ import annotations

import json

import pytest
from conftest import DATA
from test_linking import _built, _run

from kg.link.score import CONTEXT_COMPARISONS, tenths

ICAHN_XML = DATA / "xml" / "sc13da_icahn_enterprises_amd85.xml"
CVR = DATA / "filings" / "13d_submission_cvr_icahn.txt"
CHAIN_REASON = CONTEXT_COMPARISONS[-1][2][1][1]
CHAIN_WEIGHT = tenths(*CONTEXT_COMPARISONS[-1][2][1][2:]) / 10


def _next_amendment(tmp_path):
    """An edited copy of the real Icahn Enterprises Schedule 13D/A No. 85, labelled as such:
    Amendment No. 86 of the same chain (same issuer, same filers) whose signer for the Icahn
    entities is printed with her initial only ("R. Asuncion-Gumabong")."""
    text = ICAHN_XML.read_text(encoding="utf-8")
    assert text.count("<amendmentNo>85</amendmentNo>") == 1 and "Rowella Asuncion-Gumabong" in text
    text = (text.replace("<amendmentNo>85</amendmentNo>", "<amendmentNo>86</amendmentNo>")
            .replace("<dateOfEvent>06/25/2026</dateOfEvent>", "<dateOfEvent>08/14/2026</dateOfEvent>")
            .replace("Rowella Asuncion-Gumabong", "R. Asuncion-Gumabong"))
    path = tmp_path / "sc13da_icahn_enterprises_amd86_EDITED_COPY.xml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def chain(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chain")
    return _built(folder, [ICAHN_XML, _next_amendment(folder), CVR])


def _explained(store, name):
    out = _run("explain", name, "--store", store, "--format", "json")
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


def _pairs(found):
    return found["judgements"] if isinstance(found, dict) else found


def test_the_same_signer_across_two_amendments_is_scored_as_one_chain(chain):
    pairs = [p for p in _pairs(_explained(chain, "Asuncion-Gumabong"))
             if {p["a"]["name"], p["b"]["name"]} == {"Rowella Asuncion-Gumabong", "R. Asuncion-Gumabong"}]
    assert len(pairs) == 1
    pair = pairs[0]
    weights = {w["reason"]: w["weight"] for w in pair["weights"]}
    assert weights[CHAIN_REASON] == CHAIN_WEIGHT > 0
    assert round(sum(weights.values()), 1) == pair["score"]          # the reasons add up to the printed score
    assert any(line.startswith(f"{CHAIN_REASON}: +{CHAIN_WEIGHT:.1f}") for line in pair["reasons"])
    assert pair["decision"] == "same" and pair["a"]["entity"] == pair["b"]["entity"]


def test_a_filing_about_another_issuer_is_no_link_of_the_chain(chain):
    """Carl C. Icahn is a reporting person of the Icahn Enterprises 13D/As and of the CVR
    Energy tender offer: two chains (other issuer, other form), so no chain evidence between them."""
    pairs = _pairs(_explained(chain, "Carl C. Icahn"))
    across = [p for p in pairs if "0001104659-25-002604" in (p["a"]["filing"] + p["b"]["filing"])]
    within = [p for p in pairs if "0001104659-25-002604" not in (p["a"]["filing"] + p["b"]["filing"])]
    assert across and within
    assert all(CHAIN_REASON not in {w["reason"] for w in p["weights"]} for p in across)
    assert all(CHAIN_REASON in {w["reason"] for w in p["weights"]} for p in within)

"""Real 13D/13G filings of every kind (text, HTML, EDGAR submission) against their gold."""
from __future__ import annotations

import pytest
from conftest import differences, gold_files, score_against_gold

import kg

FILINGS = gold_files("filings")


@pytest.mark.parametrize("gold", FILINGS, ids=lambda p: p.name[: -len(".gold.json")])
def test_filing_scores_perfectly_against_gold(gold):
    report, _ = score_against_gold(gold)
    assert report.f1() == 1.0, differences(report)


def test_several_reporting_persons_on_separate_html_cover_pages():
    gold = next(g for g in FILINGS if "livent" in g.name)
    _, prediction = score_against_gold(gold)
    names = [p["name"] for p in prediction["reporting_persons"]]
    assert names == ["ICS Opportunities, Ltd.", "Millennium Management LLC", "Millennium Group Management LLC",
                     "Israel A. Englander"]
    assert all(p["aggregate_amount"] == 0 for p in prediction["reporting_persons"])  # printed -0-


def test_submission_header_gives_accession_dates_and_ciks():
    gold = next(g for g in FILINGS if "submission" in g.name)
    from conftest import source_of
    filing = kg.extract(source_of(gold))
    assert filing.accession_number == "0001104659-25-002604"
    assert filing.form_types == ["SC TO-T/A", "SC 13D/A"]
    assert filing.issuer.cik == "0001376139"
    assert any(p.cik for p in filing.reporting_persons)
    assert filing.document_kind == "submission"


@pytest.mark.parametrize("gold", FILINGS + gold_files("seed"), ids=lambda p: p.name[: -len(".gold.json")])
def test_contacts_match_gold(gold):
    """The scorer does not count contacts; the gold lists them, so compare them here."""
    import json
    expected = json.loads(gold.read_text())["contacts"]
    _, prediction = score_against_gold(gold)
    got = [{key: c[key] for key in expected[0]} for c in prediction["contacts"]] if expected else prediction["contacts"]
    assert got == expected


@pytest.mark.parametrize("gold", FILINGS + gold_files("seed"), ids=lambda p: p.name[: -len(".gold.json")])
def test_signatures_on_behalf_of_and_dates_match_gold(gold):
    """The scorer counts signers and titles; the gold also gives whom they sign for and when."""
    import json
    expected = [(s["name"], s.get("on_behalf_of"), s.get("date")) for s in json.loads(gold.read_text())["signatures"]]
    _, prediction = score_against_gold(gold)
    assert [(s["name"], s["on_behalf_of"], s["date"]) for s in prediction["signatures"]] == expected

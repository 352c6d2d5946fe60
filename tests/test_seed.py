"""The seed filing (a damaged text 13D/A) read completely, checked against its gold."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import DATA, SEED, differences, score_against_gold

GOLD = DATA / "seed" / "000_1f89013551cd3d2c.gold.json"


@pytest.mark.parametrize("area", ["filing", "reporting", "transactions", "signatures", "warnings", "people"])
def test_seed_area_f1_is_perfect(area):
    report, _ = score_against_gold(GOLD)
    assert area in report.areas and report.f1(area) == 1.0, differences(report, area)


def test_cli_json_is_the_contract(tmp_path):
    out = subprocess.run([sys.executable, "-m", "kg", "extract", str(SEED), "--format", "json"],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert data["form_type"] == "SC 13D/A" and data["amendment_number"] == 2
    assert data["source"] == str(SEED)


def test_cover_page_values_and_printed_text(seed_filing):
    (st,) = seed_filing.reporting_persons
    assert st.name == "STMicroelectronics N.V." and st.country == "NL"
    assert st.shared_voting_power is None and st.shared_dispositive_power is None  # blank, not 0
    assert st.printed["percent_of_class"] == "2.08%*"
    start, end = st.spans["aggregate_amount"]
    assert SEED.read_text()[start:end] == "714,400 shares of common stock"


def test_both_cusips_are_kept_and_the_mismatch_reported(seed_filing):
    assert seed_filing.issuer.cusips == ["282912104", "757209101"]
    codes = [w.code for w in seed_filing.warnings]
    assert codes.count("cusip-mismatch") == 1 and "cusip-check-digit" not in codes


def test_signature_dated_before_event_is_kept_and_reported(seed_filing):
    (sig,) = seed_filing.signatures
    assert sig.date == "2003-01-19" and seed_filing.event_date == "2003-12-30"
    assert sig.on_behalf_of == "STMicroelectronics N.V."
    assert "signature-date-before-event" in [w.code for w in seed_filing.warnings]


def test_transactions_add_up_to_the_stated_aggregate(seed_filing):
    assert len(seed_filing.transactions) == 51
    assert sum(t.shares for t in seed_filing.transactions) == 1_487_600
    assert {t.kind for t in seed_filing.transactions} == {"sale"}
    assert "transactions-sum-mismatch" not in [w.code for w in seed_filing.warnings]


def test_shares_outstanding_holding_after_and_amended_filings(seed_filing):
    assert (seed_filing.shares_outstanding.count, seed_filing.shares_outstanding.as_of) == (34_309_526, "2003-11-30")
    assert "Form S-3" in seed_filing.shares_outstanding.source
    (after,) = seed_filing.holdings
    assert (after.shares, after.percent, after.as_of) == (714_400, 2.08, "2004-01-16")
    assert [(a.description, a.date) for a in seed_filing.amends] == [
        ("Schedule 13D", "2000-03-03"), ("Amendment No. 1", "2003-12-29")]


def test_contacts(seed_filing):
    notices, copy_to = seed_filing.contacts
    assert (notices.name, notices.organization) == ("Pierre Ollivier", "STMicroelectronics N.V.")
    assert (copy_to.role, copy_to.name, copy_to.organization) == ("copy-to", "Michael J. Coleman", "Shearman & Sterling LLP")


def test_displaced_names_are_tied_to_their_blocks(seed_filing):
    people = {p.name: p for p in seed_filing.people}
    assert len(people) == 26
    assert people["Tom de Waard"].citizenship == "Dutch"
    assert people["Douglas Dunn"].citizenship == "British"
    assert people["Riccardo Gallo"].other_positions == ["Chairman for the Italian Institute for Industrial Promotion"]
    assert people["Robert M. White"].country == "US"
    assert people["Carlo Bozotti"].positions == ["Corporate Vice President, Memory Products Group"]
    assert people["Andrea Cuomo"].positions == ["Corporate Vice President, Advanced System Technology"]
    assert "unassigned-name" not in [w.code for w in seed_filing.warnings]


def test_affiliations_are_parsed_out_of_other_positions(seed_filing):
    dunn = next(p for p in seed_filing.people if p.name == "Douglas Dunn")
    assert [(a.organization, a.role) for a in dunn.affiliations][-3:] == [
        ("ARM plc", "member of the boards of directors"), ("Sendo plc", "member of the boards of directors"),
        ("MEDEA+", "member of the boards of directors")]


def test_person_evidence_points_at_the_name(seed_filing):
    text = SEED.read_text()
    for person in seed_filing.people:
        start, end = person.spans["name"]
        assert text[start:end] == person.name


def _variant(tmp_path, old, new):
    text = SEED.read_text()
    assert old in text
    path = tmp_path / "variant.txt"
    path.write_text(text.replace(old, new, 1))
    import kg
    return kg.extract(path)


def test_transactions_that_do_not_add_up_are_reported(tmp_path):
    filing = _variant(tmp_path, "12/29/2003\t10,000\t4.51", "12/29/2003\t11,000\t4.51")
    (warning,) = [w for w in filing.warnings if w.code == "transactions-sum-mismatch"]
    assert warning.values == {"stated": 1_487_600, "total": 1_488_600}
    assert len(filing.transactions) == 51  # every row kept


def test_percent_that_disagrees_with_outstanding_shares_is_reported(tmp_path):
    filing = _variant(tmp_path, "AMOUNT IN ROW (11): 2.08%*", "AMOUNT IN ROW (11): 3.08%*")
    assert filing.reporting_persons[0].percent_of_class == 3.08  # the printed value is kept
    (warning,) = [w for w in filing.warnings if w.code == "percent-mismatch"]
    assert warning.values["computed"] == pytest.approx(2.0822, abs=1e-4)


def test_wrong_cusip_check_digit_is_reported(tmp_path):
    filing = _variant(tmp_path, "282912 10 4", "282912 10 5")
    assert "282912105" in filing.issuer.cusips
    assert [w.values["cusip"] for w in filing.warnings if w.code == "cusip-check-digit"] == ["282912105"]


def test_a_cover_value_that_is_not_a_number_is_a_warning_and_null(tmp_path):
    filing = _variant(tmp_path, "SOLE VOTING POWER: 714,400 shares", "SOLE VOTING POWER: see Item 5 shares")
    assert filing.reporting_persons[0].sole_voting_power is None
    assert any(w.code == "bad-value" and "sole voting power" in w.message for w in filing.warnings)


def test_item_5c_written_as_sentences(tmp_path):
    text = SEED.read_text()
    start = text.index("From December 29, 2003 through January 16, 2004")
    end = text.index("On December 30, 2003, ST ceased")
    sentences = ("(c) On January 14, 2004, STMicroelectronics N.V. sold 23,000 shares of Common Stock at $5.60 per "
                 "share. On January 16, 2004, STMicroelectronics N.V. sold 32,000 shares at $5.15 per share.\n\n")
    path = tmp_path / "sentences.txt"
    path.write_text(text[:start] + sentences + text[end:])
    import kg
    filing = kg.extract(path)
    assert [(t.date, t.shares, t.price, t.kind, t.person) for t in filing.transactions] == [
        ("2004-01-14", 23000, 5.6, "sale", "STMicroelectronics N.V."),
        ("2004-01-16", 32000, 5.15, "sale", "STMicroelectronics N.V.")]

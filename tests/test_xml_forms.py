"""XML filings (Schedules 13D/G since Dec 2024, Forms 3/4/5): gold scores, safety, tolerance."""
from __future__ import annotations

import json
import re
from dataclasses import fields
from pathlib import Path

import pycountry
import pytest

from kg.context import Context
from kg.errors import InputError, UnsafeXMLError
from kg.evaluate import score
from kg.extract import extract
from kg.forms.xmltext import given_name_first, mine_transactions
from kg.lookups import edgar_codes
from kg.read.xmlsafe import parse
from kg.records import ReportingPerson, to_dict

HERE = Path(__file__).parent
XML = HERE / "data" / "xml"
FILINGS = sorted(XML.glob("*.xml"))
TEXT_13D = HERE.parent / "examples" / "filings" / "13d_a_stmicro_8x8_2004.txt"


def _json(path: Path) -> dict:
    return json.loads(json.dumps(to_dict(extract(path))))


@pytest.mark.parametrize("path", FILINGS, ids=[p.name for p in FILINGS])
def test_xml_filing_matches_its_gold(path: Path):
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    report = score(gold, _json(path))
    assert report.f1() == 1.0, "\n".join(map(str, report.differences))


def test_every_bundled_filing_has_gold():
    assert len(FILINGS) >= 8
    assert all(p.with_suffix(".gold.json").exists() for p in FILINGS)


# ---- details the scorer does not see ----------------------------------------------
def test_13d_amendment_keeps_previous_accession_and_items():
    filing = extract(XML / "sc13da_icahn_enterprises_amd85.xml")
    assert [a.accession_number for a in filing.amends] == ["0001539497-26-001145"]
    assert {p.member_of_group for p in filing.reporting_persons} == {"a"}
    assert filing.printed["item5"].startswith("The Reporting Persons may be deemed")
    assert "unknown-code" not in {w.code for w in filing.warnings}
    assert {t.kind for t in filing.transactions} == {"distribution"}  # 'received' in Item 5(c)


def test_form4_footnotes_resolved_and_derivative_kept_apart():
    filing = extract(XML / "form4_snow_scarpelli.xml")
    sale = filing.transactions[1]
    assert (sale.code, sale.kind, sale.acquired_disposed, sale.shares_after) == ("S", "sale", "D", 227927)
    assert any("weighted-average price" in note for note in sale.footnotes)
    assert all(not t.derivative for t in filing.transactions)
    option = [h for h in filing.holdings if h.derivative]
    assert len(option) == 1 and option[0].shares == 2219299 and option[0].printed["transaction_code"] == "M"
    trusts = [h for h in filing.holdings if h.nature_of_ownership == "Trust"]
    assert len(trusts) == 8 and "Scarpelli Family Trust" in trusts[1].footnotes[0]
    assert filing.signatures[0].title == "Attorney-in-Fact"


def test_form_flags_written_true_or_1():
    water = extract(XML / "form4_374water.xml").reporting_persons[0]
    assert (water.is_officer, water.is_director, water.officer_title) == (True, None, "Chief Technology Officer")
    garrett = extract(XML / "form3_snow_garrett.xml").reporting_persons[0]
    assert (garrett.is_director, garrett.is_officer, garrett.name_as_printed) == (True, False, "GARRETT MARK")


def test_unknown_transaction_code_is_a_warning(tmp_path: Path):
    text = (XML / "form5_snow_mcmahon.xml").read_text(encoding="utf-8")
    path = tmp_path / "form5.xml"
    path.write_text(text.replace("<transactionCode>G</transactionCode>", "<transactionCode>Q</transactionCode>"))
    filing = extract(path)
    assert filing.transactions[0].kind is None and filing.transactions[0].code == "Q"
    assert [w.code for w in filing.warnings] == ["unknown-code"]


# ---- safety -----------------------------------------------------------------------
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<ownershipDocument><documentType>4</documentType><issuer><issuerName>&xxe;</issuerName></issuer>
</ownershipDocument>"""
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
<edgarSubmission><formData>&lol2;</formData></edgarSubmission>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE edgarSubmission SYSTEM "http://example.com/evil.dtd">
<edgarSubmission><formData/></edgarSubmission>"""


@pytest.mark.parametrize("data", [XXE, LAUGHS, EXTERNAL_DTD], ids=["xxe", "billion-laughs", "external-dtd"])
def test_unsafe_xml_is_refused_naming_the_file(tmp_path: Path, data: bytes):
    path = tmp_path / "evil.xml"
    path.write_bytes(data)
    with pytest.raises(UnsafeXMLError) as caught:
        extract(path)
    assert caught.value.source == str(path) and "refused" in caught.value.problem


def test_malformed_xml_is_an_input_error(tmp_path: Path):
    path = tmp_path / "broken.xml"
    path.write_bytes(b"<?xml version='1.0'?>\n<ownershipDocument><issuer></ownershipDocument>")
    with pytest.raises(InputError) as caught:
        extract(path)
    assert caught.value.source == str(path) and "malformed XML" in caught.value.problem
    assert "line 2" in caught.value.problem


# ---- tolerance --------------------------------------------------------------------
def test_leading_blank_line_and_missing_declaration():
    assert (XML / "sc13g_jushi_marex.xml").read_bytes().startswith(b"\n<?xml")
    assert extract(XML / "sc13g_jushi_marex.xml").form_type == "SC 13G"
    assert (XML / "form5_snow_mcmahon.xml").read_bytes().startswith(b"<ownershipDocument>")
    assert parse("\n\n<ownershipDocument/>", "s").tag == "ownershipDocument"


def test_namespaces_present_or_absent_give_the_same_record(tmp_path: Path):
    original = (XML / "sc13d_aadi_bml.xml").read_text(encoding="utf-8")
    bare = re.sub(r'\sxmlns(?::\w+)?="[^"]*"', "", original).replace("<com:", "<").replace("</com:", "</")
    inline = original.replace("<com:street1>", '<street1 xmlns="http://www.sec.gov/edgar/common">') \
        .replace("</com:street1>", "</street1>")
    expected = _json(XML / "sc13d_aadi_bml.xml")
    for name, text in (("bare.xml", bare), ("inline.xml", inline)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        got = _json(path)
        for record in (got, expected):
            record.pop("source", None), record.pop("text_sha256", None)
        assert got == expected, name


def test_optional_elements_missing(tmp_path: Path):
    text = (XML / "sc13d_aadi_bml.xml").read_text(encoding="utf-8")
    text = re.sub(r"<fundType>\w+</fundType>|<percentOfClass>[\d.]+</percentOfClass>|<items1To7>.*</items1To7>",
                  "", text, flags=re.DOTALL)
    path = tmp_path / "thin.xml"
    path.write_text(text, encoding="utf-8")
    filing = extract(path)
    assert [p.percent_of_class for p in filing.reporting_persons] == [None, None]
    assert [p.source_of_funds for p in filing.reporting_persons] == [[], []]
    assert filing.reporting_persons[1].aggregate_amount == 2435000 and filing.transactions == []


# ---- tables and helpers -------------------------------------------------------------
def test_edgar_codes_table():
    codes = edgar_codes()
    assert codes["DE"][1:] == ("US", "US-DE") and codes["X0"][1] == "GB" and codes["P7"][1] == "NL"
    assert codes["L2"][1] == "IE" and codes["A6"][1:] == ("CA", "CA-ON") and codes["X1"][1:] == ("US", None)
    assert all(pycountry.countries.get(alpha_2=country) for _, country, _ in codes.values())


@pytest.mark.parametrize("printed, expected", [
    ("Scarpelli Michael", "Michael Scarpelli"), ("GARRETT MARK", "Mark Garrett"),
    ("McMahon John Dennis", "John Dennis McMahon"), ("SMITH JOHN A JR", "John A Smith Jr"),
    ("BERKSHIRE HATHAWAY INC", "BERKSHIRE HATHAWAY INC"), ("Doe, Jane", "Jane Doe")])
def test_given_name_first(printed: str, expected: str):
    assert given_name_first(printed) == expected


def test_item5c_text_transactions_in_any_common_form():
    ctx = Context(source="t")
    text = ("12/29/2003   Sale   100,500   $4.50\n"
            "30 December 2003  sold  1'000'000  $4.25\n"
            "On January 12, 2004, the Fund purchased 17,000 shares of Common Stock at a price of $5.05 per share.")
    found = mine_transactions(ctx, text, "Item 5(c)", ["The Fund"])
    assert [(t.date, t.shares, t.price, t.kind) for t in found] == [
        ("2003-12-29", 100500, 4.5, "sale"), ("2003-12-30", 1000000, 4.25, "sale"),
        ("2004-01-12", 17000, 5.05, "purchase")]
    assert found[2].person == "The Fund" and ctx.warnings == []


def test_same_person_same_record_shape_in_text_and_xml():
    if not TEXT_13D.exists():
        pytest.skip("the seed text filing is not in examples/")
    text_person = extract(TEXT_13D).reporting_persons[0]
    xml_person = extract(XML / "sc13d_aadi_bml.xml").reporting_persons[0]
    assert type(text_person) is type(xml_person) is ReportingPerson
    assert to_dict(text_person).keys() == to_dict(xml_person).keys() == {f.name for f in fields(ReportingPerson)}
    owner = extract(XML / "form4_snow_scarpelli.xml")
    assert type(owner.reporting_persons[0]) is ReportingPerson
    assert to_dict(owner.people[0]).keys() == to_dict(extract(TEXT_13D).people[0]).keys()

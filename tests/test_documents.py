"""The documents layer on real filings: sniffing, encodings, refusals, HTML offsets, EDGAR headers."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from kg.errors import InputError, KgError, StructureError
from kg.read import edgar
from kg.read.documents import Document, decode, kind_of, load, normalise_text
from kg.read.html import DELIMITER, html_to_text
from kg.records import Filing, ReportingPerson

DATA = Path(__file__).parent / "data"
FORM4 = DATA / "edgar" / "form4_nicholas_financial_0001357521-18-000008.txt"
HEADER_ONLY = DATA / "edgar" / "header_only_13ga_mckesson_0000950123-96-000525.txt"
TEXT_13G = DATA / "filings" / "13g_text_trinity_blackrock.txt"
HTML_13G = DATA / "filings" / "13g_html_livent_millennium.htm"
HTML_ROSTER = DATA / "rosters" / "html_table_bodies_southwestern.htm"
XML_13G = DATA / "xml" / "sc13g_jushi_marex.xml"
XML_FORM4 = DATA / "xml" / "form4_374water.xml"
SEED = Path(__file__).parents[1] / "examples" / "filings" / "13d_a_stmicro_8x8_2004.txt"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path.name} is not in the test data")
    return path


def letters(text: str, markup: bool = False) -> str:
    """The characters of a text (or of an HTML source) without white space."""
    if markup:
        text = html.unescape(re.sub(r"<[^>]*>", "", text))
    return re.sub(r"[\s\xa0]+", "", text)


# ---- sniffing ------------------------------------------------------------------
@pytest.mark.parametrize("path, kind", [
    (SEED, "text"), (HTML_ROSTER, "html"), (XML_13G, "xml"), (XML_FORM4, "xml"),
    (FORM4, "submission"), (HEADER_ONLY, "submission"), (TEXT_13G, "submission"),
    (HTML_13G, "submission"),
])
def test_each_kind_is_sniffed(path, kind):
    doc = load(need(path))
    assert doc.kind == kind
    assert doc.source == str(path)


def test_document_wrapper_parts_get_their_own_kind():
    assert [p.kind for p in load(need(TEXT_13G)).parts] == ["text"]
    html_doc = load(need(HTML_13G))
    assert [(p.kind, p.type) for p in html_doc.parts] == [("html", "SC 13G")]
    assert html_doc.text == html_doc.parts[0].text
    assert "<" not in html_doc.text[:2000]


def test_xhtml_with_xml_declaration_is_html():
    assert kind_of('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>') == "html"
    assert kind_of('<?xml version="1.0"?>\n<ownershipDocument></ownershipDocument>') == "xml"


# ---- encodings -----------------------------------------------------------------
def test_utf8_bom_is_dropped(tmp_path):
    data = need(SEED).read_bytes()
    plain, bommed = tmp_path / "plain.txt", tmp_path / "bom.txt"
    plain.write_bytes(data)
    bommed.write_bytes(b"\xef\xbb\xbf" + data)
    assert load(bommed).text == load(plain).text


def test_utf16_with_bom_is_read(tmp_path):
    text = need(SEED).read_text(encoding="utf-8")
    path = tmp_path / "utf16.txt"
    path.write_bytes(text.encode("utf-16"))
    assert load(path).text == load(SEED).text


def test_cp1252_quotes_and_latin1_accents(tmp_path):
    original = need(SEED).read_text(encoding="utf-8")
    edited = original.replace("Plan-Les-Ouates", "Plan-les-Ouates \u2019Genève\u2019")
    assert edited != original
    path = tmp_path / "cp1252.txt"
    path.write_bytes(edited.encode("cp1252"))
    doc = load(path)
    assert "\u2019Genève\u2019" in doc.text
    assert len(doc.text) == len(doc.raw)


def test_crlf_and_stray_control_bytes_keep_offsets(tmp_path):
    data = need(SEED).read_bytes().replace(b"\n", b"\r\n").replace(b"Geneva", b"Gen\x07eva", 1)
    path = tmp_path / "crlf.txt"
    path.write_bytes(data)
    doc = load(path)
    assert len(doc.text) == len(doc.raw) == len(data.decode("utf-8")) - 0
    assert "Gen eva" in doc.text and "\r" not in doc.text


def test_normalise_text_keeps_length():
    raw = need(SEED).read_text(encoding="utf-8")
    assert len(normalise_text(raw)) == len(raw)


# ---- refusals ------------------------------------------------------------------
@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\t\n", "empty file"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
    ("filing.zip", b"PK\x03\x04\x14\x00\x00\x00" + bytes(200), "ZIP"),
    ("blob.bin", bytes(range(256)) * 40, "binary"),
])
def test_non_filings_are_refused_naming_the_file(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        load(path)
    assert caught.value.source == str(path)
    assert str(path) in str(caught.value)
    assert problem.casefold() in caught.value.problem.casefold()


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load(tmp_path / "nothing.txt")
    with pytest.raises(InputError, match="folder"):
        load(tmp_path)


def test_decode_refuses_invalid_utf16():
    with pytest.raises(InputError, match="UTF-16"):
        decode(b"\xff\xfe\x00\xd8", "odd.txt")


# ---- HTML ------------------------------------------------------------------------
def test_table_rows_are_lines_and_cells_are_delimited():
    doc = load(need(HTML_13G))
    lines = doc.text.splitlines()
    row = next(line for line in lines if "SOLE VOTING POWER" in line)
    assert DELIMITER in row
    assert "\t" not in doc.text
    assert any(line.startswith("12" + DELIMITER + "TYPE OF REPORTING PERSON") for line in lines)


def test_html_offsets_map_back_to_the_source_cell():
    doc = load(need(HTML_ROSTER))
    assert doc.offsets is not None and len(doc.offsets) == len(doc.text)
    checked = 0
    for line in doc.text.splitlines():
        for cell in line.split(DELIMITER):
            cell = cell.strip()
            if len(cell) < 12:
                continue
            start = doc.text.index(cell)
            begin, end = doc.source_span((start, start + len(cell)))
            assert letters(doc.raw[begin:end], markup=True) == letters(cell)
            assert doc.raw[begin] == cell[0]
            checked += 1
    assert checked > 20


def test_hidden_elements_breaks_and_entities():
    source = ('<html><head><title>T</title><style>p {}</style></head><body>'
              '<div style="display: none">secret</div><p>Smith&nbsp;&amp;&nbsp;Co<br>Line&#160;2</p>'
              '<table><tr><td>&nbsp;</td><td>a</td><td></td><td>b</td></tr></table></body></html>')
    text, offsets = html_to_text(source)
    assert text.splitlines() == ["Smith & Co", "Line 2", "", "a | b"]
    assert "secret" not in text and "T" not in text.split()
    assert source[offsets[text.index("Co")]:offsets[text.index("Co")] + 2] == "Co"


def test_deeply_nested_html_does_not_overflow():
    source = "<html><body>" + "<font>" * 5000 + "deep" + "</font>" * 5000 + "</body></html>"
    text, _ = html_to_text(source)
    assert text == "deep"


# ---- EDGAR full submissions --------------------------------------------------------
def test_form4_submission_header_fields():
    doc = load(need(FORM4))
    header = doc.header
    assert header.accession_number == "0001357521-18-000008"
    assert header.submission_type == "4" and header.form_types == ["4"]
    assert (header.period, header.filed_date) == ("2018-10-15", "2018-10-15")
    (owner,) = header.filers
    assert (owner.role, owner.name, owner.cik) == ("reporting-owner", "MALSON KELLY M", "0001357521")
    assert owner.former_names[0].name == "Snape Kelly Malson"
    assert owner.former_names[0].date_changed == "2006-03-27"
    (issuer,) = header.subjects
    assert (issuer.role, issuer.name, issuer.cik) == ("issuer", "NICHOLAS FINANCIAL INC", "0001000045")
    assert issuer.state_of_incorporation == "FL"
    assert issuer.business_address.city == "CLEARWATER"


def test_form4_submission_xml_part_maps_into_the_file():
    doc = load(need(FORM4))
    (part,) = doc.parts
    assert (part.kind, part.type, part.sequence, part.filename) == ("xml", "4", 1, "primary_doc.xml")
    assert doc.primary is part and doc.text == part.text
    assert part.text.startswith("<?xml") and part.text.rstrip().endswith("</ownershipDocument>")
    start = part.text.index("<rptOwnerCik>")
    begin, end = part.source_span((start, start + 35))
    assert doc.raw[begin:end] == part.text[start:start + 35]
    assert b"<rptOwnerCik>0001357521</rptOwnerCik>" in part.data


def test_header_only_submission_tag_dialect():
    doc = load(need(HEADER_ONLY))
    header = doc.header
    assert doc.parts == [] and doc.text == "" and doc.primary is None
    assert header.accession_number == "0000950123-96-000525"
    assert header.form_types == ["SC 13G/A"] and header.filed_date == "1996-02-12"
    (subject,) = header.subjects
    assert (subject.name, subject.cik, subject.state_of_incorporation) == ("MCKESSON CORP", "0000927653", "DE")
    assert subject.former_names[0].date_changed == "1994-07-28"
    (filer,) = header.filers
    assert (filer.role, filer.cik) == ("filed-by", "0000789920")
    assert filer.mail_address.street2 == "100 PARK AVENUE 22ND FLOOR"


def _wrap_in_pem(body: str) -> str:
    return ("-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n"
            "Originator-Name: webmaster@www.sec.gov\n\n" + body + "-----END PRIVACY-ENHANCED MESSAGE-----\n")


def test_privacy_enhanced_wrapper_and_two_form_types(tmp_path):
    text = need(FORM4).read_text(encoding="utf-8")
    text = text.replace("\tFILING VALUES:\n\t\tFORM TYPE:\t\t4\n", "\tFILING VALUES:\n\t\tFORM TYPE:\t\t5\n")
    text = text.replace("DATE AS OF CHANGE:\t\t20181015\n",
                        "DATE AS OF CHANGE:\t\t20181015\nGROUP MEMBERS:\t\tKELLY M MALSON TRUST\n")
    path = tmp_path / "pem.txt"
    path.write_text(_wrap_in_pem(text), encoding="utf-8")
    doc = load(path)
    assert doc.kind == "submission" and doc.primary.kind == "xml"
    assert doc.header.form_types == ["4", "5"]
    assert doc.header.group_members == ["KELLY M MALSON TRUST"]


@pytest.mark.parametrize("cut, problem", [
    ("</SEC-HEADER>", "not closed"), ("</DOCUMENT>", "no </DOCUMENT>"), ("</TEXT>", "no </TEXT>"),
])
def test_broken_submissions_raise_structure_errors(tmp_path, cut, problem):
    path = tmp_path / "broken.txt"
    path.write_text(need(FORM4).read_text(encoding="utf-8").replace(cut, ""), encoding="utf-8")
    with pytest.raises(StructureError, match=problem) as caught:
        load(path)
    assert caught.value.source == str(path)


def test_apply_header_fills_filing_and_matches_persons_by_name():
    doc = load(need(FORM4))
    filing = Filing(source=doc.source)
    filing.reporting_persons = [ReportingPerson(name="Kelly M. Malson"), ReportingPerson(name="Someone Else")]
    edgar.apply_header(filing, doc.header)
    assert filing.accession_number == "0001357521-18-000008"
    assert (filing.filed_date, filing.period, filing.form_type) == ("2018-10-15", "2018-10-15", "4")
    assert filing.issuer.cik == "0001000045"
    assert [p.cik for p in filing.reporting_persons] == ["0001357521", None]


def test_apply_header_reports_a_disagreeing_cik():
    from kg.context import Context
    doc = load(need(FORM4))
    filing = Filing(source=doc.source)
    filing.issuer.cik = "0000000001"
    ctx = Context(source=doc.source)
    edgar.apply_header(filing, doc.header, ctx)
    assert filing.issuer.cik == "0000000001"
    assert [w.code for w in ctx.warnings] == ["header-mismatch"]


def test_header_only_filing_from_header():
    doc = load(need(HEADER_ONLY))
    filing = Filing(source=doc.source)
    edgar.apply_header(filing, doc.header, add_missing=True)
    assert filing.form_type == "SC 13G/A"
    assert filing.issuer.name == "MCKESSON CORP"
    assert [(p.name, p.cik) for p in filing.reporting_persons] == [
        ("CHIEFTAIN CAPITAL MANAGEMENT INC", "0000789920")]


def test_every_error_is_a_kg_error():
    assert issubclass(StructureError, KgError) and issubclass(InputError, KgError)
    assert isinstance(load(need(SEED)), Document)


def test_symbol_font_check_boxes_become_unicode_boxes():
    doc = load(need(HTML_13G))
    lines = doc.text.splitlines()
    assert "☐ Rule 13d-1(b)" in lines and "☑ Rule 13d-1(c)" in lines
    source = '<p>(a) <font face="Wingdings">x</font> (b) <span style="font-family: Wingdings">o</span> box</p>'
    text, offsets = html_to_text(source)
    assert text == "(a) ☒ (b) ☐ box"
    assert source[offsets[text.index("☒")]] == "x"


def test_text_after_the_html_end_tag_is_kept():
    text, _ = html_to_text("<html><body><p>cover</p></body></html>\n<p>Exhibit I</p>")
    assert text.splitlines() == ["cover", "", "Exhibit I"]


# ---- batch -------------------------------------------------------------------------
@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_keeps_going_past_bad_files(tmp_path, jobs):
    from kg.batch import error_record, expand_inputs, run_batch
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_bytes(need(SEED).read_bytes())
    (folder / "b.xml").write_bytes(need(XML_FORM4).read_bytes())
    (folder / "c.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "d.txt").write_bytes(b"")
    (folder / ".hidden.txt").write_bytes(b"%PDF-1.4\n")
    (folder / "a.gold.json").write_text("{}")
    files = expand_inputs([str(folder), str(tmp_path / "in" / "*.xml")])
    assert [Path(f).name for f in files] == ["b.xml", "c.pdf", "d.txt", "a.txt"]
    results, errors = [], []
    summary = run_batch([str(folder)], jobs=jobs, on_result=results.append,
                        on_error=lambda source, reason: errors.append(error_record(source, reason)),
                        progress=False)
    assert (summary.total, summary.ok, summary.failed) == (4, 2, 2)
    assert [Path(f.source).name for f in results] == ["b.xml", "a.txt"]
    assert {Path(e["file"]).name: e["reason"] for e in errors} == {
        "c.pdf": "a PDF document, not a filing (kg reads EDGAR .txt, HTML, text or XML)",
        "d.txt": "empty file"}


def test_batch_glob_matching_nothing_is_an_input_error(tmp_path):
    from kg.batch import expand_inputs
    with pytest.raises(InputError, match="no file matches"):
        expand_inputs([str(tmp_path / "*.txt")])


def test_unexpected_exceptions_become_records_with_their_type(monkeypatch):
    from kg import batch
    assert batch.error_record("x.txt", "internal error (KeyError: 'a')") == {
        "file": "x.txt", "reason": "internal error (KeyError: 'a')", "type": "KeyError"}
    import importlib
    module = importlib.import_module("kg.extract")
    monkeypatch.setattr(module, "extract", lambda path: {}["missing"])
    path, filing, reason = batch.extract_one("x.txt")
    assert filing is None and reason.startswith("internal error (KeyError")


def test_legacy_text_with_sgml_table_tags_is_text():
    legacy = "SCHEDULE 13D\n" + "<TABLE>\n<CAPTION>\n<S>        <C>\nName       Shares\n</TABLE>\n<PAGE>\n" * 4
    assert kind_of(legacy) == "text"
    assert kind_of("<p>Item 1.</p><p>Item 2.</p><br><div>x</div>") == "html"

"""Round 47s: the pattern files take their legal forms from kg/lookups/legal_forms.yml (`{legal:NAME}`), none keeps
a list of its own; the patterns match as before."""
import re

import pytest
import yaml

from kg.errors import DataError
from kg.forms.contacts import rules as contact_rules
from kg.forms.roster_item2 import _rx as item2_rx
from kg.forms.roster_junk import junk_rules
from kg.forms.roster_leader_stop import _patterns as leader_patterns
from kg.forms.roster_respectively import _data as respectively_data
from kg.forms.roster_rules import rules as roster_rules
from kg.forms.signature import _rx as signature_rx
from kg.lookups.legal_forms import legal_forms, legal_spellings
from kg.patterns import load_yaml, read_text

FOLDED = {  # pattern file, key -> the selection of legal_forms.yml it takes
    ("front.yml", "org_words"): "contact_org_ends",
    ("signature.yml", "organization"): "signature_org_ends",
    ("roster.yml", "organization_words"): "organization_words",
    ("roster_junk.yml", "name_organization_words"): "junk_org_words",
    ("roster_respectively.yml", "not_person"): "not_person",
    ("roster_respectively.yml", "abbreviated"): "stop_taken",
    ("roster_leader_stop.yml", "stop_before_leader"): "stop_taken",
    ("roster_item2.yml", "note_of"): "cover_note_ends",
    ("roster.yml", "default_address"): "after_stop",
}
_RESTATED = re.compile(r"GmbH|N\\\.(?:\\s\?)?V|S\\\.(?:\\s\?)?A|\b(?:LLC|Inc|Corp|Ltd|plc)\b", re.I)


@pytest.mark.parametrize(("name", "key"), list(FOLDED))
def test_pattern_names_its_selection_and_restates_no_form(name, key):
    raw = yaml.safe_load(read_text(name))[key]
    assert "{legal:" + FOLDED[name, key] + "}" in raw
    assert not _RESTATED.search(raw), raw
    assert legal_forms(FOLDED[name, key]) in load_yaml(name)[key]


def test_bounded_style_keeps_each_form_a_whole_word():
    pieces = legal_spellings("signature_org_ends")
    assert r"\bInc\b\.?" in pieces and r"\bN\.V\." in pieces and r"\bLLP\b" in pieces and r"\bLtd\b\.?" in pieces


def test_unknown_selection_in_a_pattern_is_refused():
    from kg.patterns import _with_legal_forms
    with pytest.raises(DataError):
        _with_legal_forms({"x": "a{legal:no_such_selection}"})


def test_folded_patterns_read_as_before():
    assert contact_rules().org.search("Smith & Lane, P.C.").group(1) == "P.C."
    assert contact_rules().org.search("Acme Holdings, Inc. Legal").group(1) == "Inc."
    assert not contact_rules().org.search("Incoming Corpus")
    assert signature_rx("organization").search("ACME HOLDINGS LTD.").group(1) == "HOLDINGS"
    assert signature_rx("organization").search("Novo Nordisk A/S Ltd. ").group(1) == "Ltd."
    assert not signature_rx("organization").search("Jane Corporal")
    organization = roster_rules().organization_words
    assert organization.search("Director of Acme Co.") and organization.search("Novo Holdings A/S")
    assert not organization.search("Co-Chairman of the Board")
    junk = junk_rules()["name_organization_words"]
    assert junk.fullmatch("incorporated") and junk.fullmatch("limited") and not junk.fullmatch("lim")
    data = respectively_data()
    assert data["not_person"].search("Acme Partners, L.P") and not data["not_person"].search("Lars Coe")
    assert data["abbreviated"].search("Acme Holdings, Inc") and not data["abbreviated"].search("Acme Holdings, Incorporated")
    assert leader_patterns()["stop_before_leader"].search("Bell Co") and not leader_patterns()["stop_before_leader"].search("Cole")
    found = item2_rx("note_of").search("The directors of Acme Holdings, L. P., their positions are:")
    assert found.group("org") == "Acme Holdings, L. P."

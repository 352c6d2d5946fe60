"""A US ZIP+4 postal code printed with a dash other than the hyphen ('83716–9632', '10017—1234') reads as the
hyphen form: the dash characters are data (kg/lookups/dashes.yml), validated on load."""
from __future__ import annotations

import re
from functools import cache

from kg.errors import DataError
from kg.lookups import load_yaml


@cache
def _zip_dash() -> re.Pattern:
    dashes = load_yaml("dashes.yml").get("postal_dashes")
    if not isinstance(dashes, list) or not dashes or not all(
            isinstance(d, str) and len(d) == 1 and not d.isalnum() and not d.isspace() and d != "-" for d in dashes):
        raise DataError("kg/lookups/dashes.yml", "postal_dashes: expected a list of single dash characters")
    return re.compile(r"(?<![\d-])(\d{5})[" + "".join(re.escape(d) for d in dashes) + r"](\d{4})(?![\d-])")


def hyphenated_postal(text: str) -> str:
    """`text` with the dash of each ZIP+4 code read as '-' (as long as `text`: offsets are kept)."""
    return text if text.isascii() else _zip_dash().sub(r"\1-\2", text)

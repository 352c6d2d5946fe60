"""A column of registration or identification numbers in a roster table ('CRD No.' over '1473896', the FINRA
Central Registration Depository numbers an investment adviser's Schedule A prints beside each name): its caption's
words are caption words, never a name (kg.forms.roster_types.is_header), so the header is read and the column, of a
role kg has none for, is read and never taken a value from (its digits are no value of anyone). The words are data:
kg/patterns/roster_id_columns.yml.
"""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import required_regexes


@cache
def id_caption() -> re.Pattern:
    """The words of a registration number column's caption ('CRD No.', 'IARD Number', 'SEC File No.')."""
    return required_regexes("roster_id_columns.yml", ("caption",))["caption"]

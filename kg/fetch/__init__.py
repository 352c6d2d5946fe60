"""fetch: EDGAR to local files, at the start of the flow beside `read`. Enters: a selection (CIKs, tickers,
accession numbers, full-index quarters; forms, dates) and EDGAR's addresses. Leaves: full submissions cached
at DIR/<CIK>/<accession>.txt and one outcome per filing. May import: kg.errors and the base modules only."""
from kg.fetch.cache import Cache
from kg.fetch.client import EdgarClient, user_agent
from kg.fetch.listing import Listed, accession_arg, cik_number, quarter
from kg.fetch.run import DEFAULT_FORMS, Forms, Outcome, Selection, fetch, plan

__all__ = ["Cache", "EdgarClient", "user_agent", "Listed", "accession_arg", "cik_number", "quarter",
           "DEFAULT_FORMS", "Forms", "Outcome", "Selection", "fetch", "plan"]

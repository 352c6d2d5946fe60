"""link: the same person or organisation across filings. Enters: mentions read from the store.
Leaves: judgements, clusters, canonical entities and owl:sameAs in the links graph; never rewrites source facts.
May import: kg.graph and everything upstream of it. Not sparql, export, cli."""

"""sparql: asking the graph. Enters: a store (embedded or a SPARQL 1.1 endpoint) and a curated or
written query. Leaves: results as rdflib terms, formatted tables, DataFrames (kg.Graph), the read-only endpoint
and its pages for people, pushes to remote stores.
May import: kg.graph and everything upstream of it. Not link, export, cli."""

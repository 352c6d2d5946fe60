"""forms: one module per form family, one entry each. Enters: a `kg.read` Document. Leaves: a
`kg.records.Filing` (text/HTML and XML Schedules 13D/G, Forms 3/4/5, rosters), with the rule NER.
May import: kg.read, kg.records, kg.context, kg.errors, kg.lookups, kg.patterns. Not graph, link, sparql, export, cli."""

"""graph: records to RDF. Enters: `kg.records.Filing`s. Leaves: quads under the ontology (one named
graph per filing), the store (on-disk Oxigraph, memory) and SHACL validation.
May import: kg.read, kg.forms, kg.extract, kg.batch, kg.records and the base modules. Not link, sparql, export, cli."""

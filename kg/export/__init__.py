"""export: the graph for other tools. Enters: a store's quads. Leaves: GraphML, GEXF, Cytoscape JSON,
the HTML viewer, FollowTheMoney and BODS statements, CSV and Cypher for Neo4j and Kùzu.
May import: kg.graph, kg.sparql and everything upstream. Not link, cli."""

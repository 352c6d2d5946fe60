"""The export formats' names, importable without networkx or pyoxigraph (the command line's choices)."""

FORMATS = ("graphml", "gexf", "cytoscape", "html", "ftm", "bods", "cypher")

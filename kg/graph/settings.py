"""Names the command line needs before anything heavy is imported (no rdflib, no pyoxigraph)."""

DEFAULT_LOCATION = ".kg/store"
MEMORY = "memory"
EXPORT_FORMAT_NAMES = ("jsonld", "nquads", "trig", "turtle")  # kg.graph.store.EXPORT_FORMATS

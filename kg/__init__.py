"""kg: SEC ownership filings to a knowledge graph."""

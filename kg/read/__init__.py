"""read: bytes to text. Enters: a file (text, HTML, EDGAR full submission, XML). Leaves: a `Document`
(text with source offsets, EDGAR header, parts), its sections, and the value cleaners (`clean`).
May import: kg.errors, kg.records, kg.lookups, kg.patterns. Nothing downstream."""

"""Field extractors: small functions that read one kind of evidence (dates, bylines, links...)."""

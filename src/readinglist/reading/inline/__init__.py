"""A paragraph's inline content: titles, URLs, descriptions, bare URLs, authors and years."""

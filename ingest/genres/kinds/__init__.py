"""Kinds of document, one module each defining `KIND` (see ingest.genres.registry)."""

"""Chronicle: a cited, cross-linked chronicle site built from conflicting sources.

Pipeline stages, one module each: ingest -> segment (with boilerplate) ->
extract (dates, places, wars) -> index -> render -> export. Only ``plugin``
imports MkDocs; everything else is plain Python over ``chronicle.model``.
"""

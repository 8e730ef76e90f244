"""Temporal tagging in three steps, one module each.

``tokens`` cuts a sentence into tokens; ``grammar`` reads date expressions
from them into ``frames`` (what the text says, years possibly missing);
``resolve`` dates the frames against the document and the narrative, and
``calendar`` does the arithmetic (``header`` finds the document's own date, ``lines`` tells a page's stamp from
a chronology's day heading). ``label`` writes the human description.
The public entry points are in ``chronicle.extract.dates``.
"""

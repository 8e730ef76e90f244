"""``chronicle diff``: what a change does to the chronicle, read from two builds' data exports.

``rows`` loads an export (and a build log), ``changes`` compares two of them
with pure functions into dataclasses, ``report`` renders those as Markdown or
JSON, ``cli`` is the command-line shell. Only the files under ``site/data/``
are read, so builds made by different versions of the code can be compared.
"""

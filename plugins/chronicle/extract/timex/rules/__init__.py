"""The English date grammar's rules, one module per kind of expression.

Each module is a layer: a class of rules built on the classes below it, so a
rule calls only what its layer stands on and each kind of expression can be
read alone. From the bottom: ``sentence`` (the tokens and the predicates on
them), ``blocks`` (month, day, year, clock, count), ``points`` (one calendar
point), ``spans`` (a point with weekday and clock, ranges, lists), ``relative``
(dates counted from another date), ``modifiers`` ("early", "end of", "by"),
``durations`` (lengths of time). ``timex.grammar`` joins them and scans.
"""

"""Measuring beritaner: gold annotations (:mod:`.gold`: the ``.ann`` format, checks,
real-news texts by id), scoring against them (:mod:`.evaluate`) and CoNLL files
(:mod:`.conll`)."""

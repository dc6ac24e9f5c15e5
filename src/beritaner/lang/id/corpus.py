"""Word lists for :mod:`beritaner.corpus`: reading office names asked as text, and
which jurisdiction spellings name the same body."""

from __future__ import annotations

#: Short title forms seen in headlines and captions that the office recognizer does not
#: take on their own (``Gub. Banten``); a query's form is expanded before it is read.
QUERY_TITLE_ABBREVIATIONS: dict[str, str] = {
    "Gub.": "Gubernur",
    "Gub": "Gubernur",
    "Wagub.": "Wakil Gubernur",
    "Bup.": "Bupati",
    "Wabup.": "Wakil Bupati",
    "Wkl.": "Wakil",
    "Walkot.": "Wali Kota",
    "Pres.": "Presiden",
    "Men.": "Menteri",
}

#: Jurisdictions of a national post that mean the country itself (``Presiden RI`` is
#: ``Presiden``); compared by :func:`beritaner.gazetteer.key`.
NATIONAL_JURISDICTIONS: frozenset[str] = frozenset({
    "ri", "indonesia", "republikindonesia", "nkri", "negara",
})

#: Leading words a body's name may carry or drop (``Partai Golkar`` = ``Golkar``).
OPTIONAL_BODY_PREFIXES: tuple[str, ...] = ("partai ", "pemerintah ")

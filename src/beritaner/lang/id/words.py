"""Capitalised words that start or stop a name, for the word scanner every recognizer
uses (:mod:`beritaner.recognizers.scan`).

Data only. The ranks, honorifics and forms of address themselves are in
:mod:`beritaner.lang.id.persons`; these lists add the words the scanner must also know.
"""

from __future__ import annotations

#: Words that begin a person's part of the text (ranks, honorifics, degrees, forms of
#: address and religious titles), beside those of the PERSON language data.
PERSON_START_WORDS: frozenset[str] = frozenset({
    "AKBP", "AKP", "Kompol", "Kombes", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka", "Brigpol",
    "Briptu", "Bripda", "Brigjen", "Irjen", "Komjen", "Jenderal", "Kolonel", "Letkol",
    "Mayor", "Kapten", "Lettu", "Letda", "Mayjen", "Letjen", "Marsekal", "Laksamana",
    "Laksma", "Laksda", "Laksdya", "Marsma", "Marsda", "Marsdya", "Serka", "Serma",
    "Sertu", "Serda", "Peltu", "Pelda", "Kopda", "Koptu", "Kopka", "Praka", "Pratu",
    "Prada", "H.", "Hj.", "Dr.", "dr.", "Drs.", "Dra.", "Ir.", "Prof.", "KH.", "Tgk.",
    "Ny.", "drg.", "Pak", "Bu", "Bapak", "Ibu", "Kang", "Mas", "Mbak", "Bang", "Sdr.",
    "Kak", "Teh", "Cak", "Bung", "Habib", "Ustaz", "Ustadz", "Gus", "Syekh", "Hajjah",
})  # fmt: skip

#: Honorifics that are also the first word of many names (``Andi Amran Sulaiman``):
#: they do not end a name the scanner is reading.
NAME_LIKE_STARTS: frozenset[str] = frozenset({"Andi", "Cut", "Teuku", "Raden", "R.", "Tuan Guru"})

#: First words of ranks, beside those of the PERSON language data's ranks.
RANK_FIRST_WORDS: frozenset[str] = frozenset({
    "Brigjen", "Mayjen", "Letjen", "Jenderal", "Laksamana", "Marsekal", "Laksda", "Laksma",
    "Laksdya", "Marsma", "Marsda", "Marsdya", "Kolonel", "Letkol", "Mayor", "Kapten", "Komjen",
    "Irjen", "Kombes", "AKBP",
})  # fmt: skip

#: Forms of address that also occur inside names (``Sinar Mas``), beside those of the
#: PERSON language data: they start a person but are no rank or honorific.
ADDRESS_WORDS: frozenset[str] = frozenset({
    "Pak", "Bu", "Bapak", "Ibu", "Kang", "Mas", "Mbak", "Bang", "Kak", "Teh", "Cak", "Bung",
})  # fmt: skip

#: Capitalised words that never continue a name (prepositions, weekdays, months …).
STOP_WORDS: frozenset[str] = frozenset({
    "Di", "Ke", "Dari", "Yang", "Pada", "Untuk", "Dengan", "Dan", "Atau", "Ini", "Itu",
    "Saat", "Ketika", "Sebagai", "Selaku", "Bersama", "Oleh", "Dalam", "Melalui",
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "Ahad",
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Desember", "Tahun", "Periode", "Masa", "Nomor",
    "No", "Kamis-Jumat", "Hari", "Pemerintah", "Kota",
})  # fmt: skip

#: Verb prefixes a scraper's glue may leave on an everyday word after a name
#: (``Rakaberziarah``: ``ber`` + ``ziarah``).
GLUED_VERB_PREFIXES: tuple[str, ...] = ("ber", "ter", "me", "di")

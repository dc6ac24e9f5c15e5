"""Abbreviations that end in a full stop and must stay one token in news text.

spaCy's Indonesian tokenizer already keeps ``Dr.``, ``H.``, ``Hj.``, ``Prof.``, ``Plt.``
and academic degrees whole; these are the ones it splits (and a sentence splitter would
then end a sentence after). Each is added in the written case and capitalised.
"""

TOKEN_ABBREVIATIONS: tuple[str, ...] = (
    # administrative regions and addresses
    "Kab.", "Kec.", "Kel.", "Ds.", "Jl.", "Jln.", "Prov.", "Kp.", "Gg.", "Dsn.",
    # acting offices
    "Pj.", "Plt.", "Plh.", "Pjs.",
    # honorifics and degrees
    "Ir.", "drg.", "Dr.", "dr.", "Drs.", "Dra.", "Hj.", "H.", "KH.", "Tgk.", "Ny.",
    "Sdr.", "Bpk.", "Prof.",
    # abbreviated first names: Moh. Yamin, Muh. Rizal, Abd. Rahman
    "Moh.", "Muh.", "Moch.", "Mochd.", "Mhd.", "Abd.", "Muh.", "Mochamad.",
    # others common in news
    "No.", "Tbk.", "Rp.", "Feb.", "Agu.", "Agt.", "Sept.", "Okt.", "Nov.", "Des.",
    "Jan.", "Mar.", "Apr.", "Jun.", "Jul.",
)

"""A PhraseList finds what the regex named list it replaced found.

``scan.PhraseList`` looks phrases up by their leading letters instead of compiling them
into a ``regex`` named list (which cost 75 ms at every import). At every word start of
our articles, written as they are, in capitals and in lowercase, each list of the
organisation and office grammars must give the span the named-list pattern gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from beritaner.lang.id import offices as LO
from beritaner.recognizers import offices, orgs
from beritaner.recognizers.scan import PhraseList, Words

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "devset").glob("*.txt"))
EDGES = [
    "Kapolda Banten, Kades-nya, PT. Kereta Api Indonesia (Persero), Kemenkes RI dan Polri.",
    "Wali Kota Serang, wakil wali kota, KAPOLRES LEBAK, kades dan Pj Bupati Pati; UIN Jakarta.",
    "KAI Daop 7 Madiun, PT Kereta Api Indonesia Daerah Operasi 7 Madiun dan Pelindo Regional 3.",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES] + EDGES
    return texts + [t.upper() for t in texts] + [t.lower() for t in texts]


def _forms(phrases: PhraseList) -> list[str]:
    return sorted({form for forms in phrases._by_lead.values() for form in forms})


def _lists() -> list[tuple[str, PhraseList, regex.Pattern]]:
    out = []
    for name, value in vars(orgs).items():
        if isinstance(value, PhraseList):
            flags = regex.V1 | (regex.IGNORECASE if value.ignore_case else 0)
            out.append((name, value, regex.compile(r"\L<forms>(?![\p{L}\p{N}])", flags, forms=_forms(value))))
    titles = {" ".join(f.split()) for table in (
        LO.MINISTER_SHORT_FORMS, LO.NATIONAL_TITLES, LO.CANDIDATE_TITLES, LO.SUBUNIT_TITLES,
        LO.REGION_TITLES, LO.MINISTER_HEADS, LO.ORG_TITLES) for f in table}
    out.append(("offices._TITLE", offices._TITLE, regex.compile(
        r"(?<![\p{L}\p{N}])\L<titles>(?![\p{L}\p{N}])(?!-\p{L})", regex.IGNORECASE | regex.V1, titles=sorted(titles))))
    return out


LISTS = _lists()


def test_the_grammars_use_phrase_lists():
    assert len(LISTS) >= 10


@pytest.mark.parametrize("name,phrases,pattern", LISTS, ids=[n for n, _, _ in LISTS])
def test_phrase_list_matches_the_named_list_at_every_word(name, phrases, pattern):
    found = 0
    for text in _texts():
        for start in Words(text).starts:
            expected = pattern.match(text, start)
            got = phrases.match(text, start)
            assert (got and got.span()) == (expected and expected.span()), (name, text[start : start + 40])
            if got is not None:
                assert got.group() == expected.group()
                found += 1
    assert found > 0, f"{name} matched nothing: the comparison proved nothing"


def test_the_longest_form_that_ends_a_word_wins():
    phrases = PhraseList(["Polda", "Polda Banten", "Polda Banten Selatan"])
    text = "Polda Bantenan dan Polda Banten Selatan"
    assert phrases.match(text, 0).group() == "Polda"  # "Polda Banten" is cut inside a word
    assert phrases.match(text, 19).span() == (19, 39)
    assert phrases.match(text, 6) is None


def test_a_form_ending_the_text_matches_without_reading_past_it():
    # the office titles do not stand before "-" and a letter; at the text's end nothing follows
    assert offices._TITLE.match("KASUBAG", 0).span() == (0, 7)
    assert offices._TITLE.match("Kasubag-nya", 0) is None


def test_the_organisation_grammar_s_lead_filter_finds_what_trying_every_word_finds(monkeypatch):
    """``orgs._parse_org`` skips a capitalised word no branch can start on; with the
    filter off (every word tried) the organisations of our articles are the same."""
    from beritaner.recognizers import orgs

    def found(text):
        return [(m.start, m.end, m.name, m.head, m.score) for m in orgs.find_orgs(Words(text))]

    texts = [p.read_text(encoding="utf-8") for p in ARTICLES] + [
        "Persiku Kudus menjamu Bitung FC, sementara PSIS Semarang dan West Ham United berlatih di Stadion Jatidiri."
    ]
    assert orgs._org_leads() is not None
    filtered = [found(t) for t in texts]
    monkeypatch.setattr(orgs, "_org_leads", lambda: None)
    assert filtered == [found(t) for t in texts]
    assert sum(map(len, filtered)) > 200  # (234 organisations in these articles)

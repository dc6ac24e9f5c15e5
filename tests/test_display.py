"""render_html: every entity marked with its label and fields, every quote with its
speaker, the text intact and escaped."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

import beritaner
from beritaner import Date, Extraction, Office, Org, Person, Place, Quote
from beritaner.io.display import LABEL_COLORS, render_html

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    "SERANG, KOMPAS.com - Gubernur Banten Andra Soni meninjau lokasi banjir di Kota Serang, "
    "Kamis (19/2/2026). Ia didampingi Plt Kepala BPBD Banten Lutfi Mujahidin.\n"
    "\n"
    "Kapolresta Serang Kota Kombes Yudha Satria memastikan jalur evakuasi aman. "
    '"Kami siagakan 120 personel & dua perahu karet," ujarnya, Rabu (19/2/2026).\n'
    "Perbaikan tanggul dijadwalkan pekan depan."
)


def span(text: str, surface: str, occurrence: int = 0) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return {"text": surface, "start": start, "end": start + len(surface)}


def article_extraction(text: str = ARTICLE, **kwargs) -> Extraction:
    """Records as the pipeline would give them for ARTICLE, written out by hand."""
    common = {"score": 0.95, "source": "test"}
    entities = [
        Org(**span(text, "KOMPAS.com"), name="KOMPAS.com", **common),
        Office(**span(text, "Gubernur Banten"), title="Gubernur", jurisdiction="Banten",
               holder="Andra Soni", **common),
        Person(**span(text, "Andra Soni"), name="Andra Soni", **common),
        Place(**span(text, "Kota Serang"), name="Kota Serang", region_code="36.73",
              level="kota", province="Banten", **common),
        Date(**span(text, "Kamis (19/2/2026)"), value="2026-02-19", grain="day", **common),
        Office(**span(text, "Plt Kepala BPBD Banten"), title="Kepala",
               jurisdiction="BPBD Banten", acting=True, holder="Lutfi Mujahidin", **common),
        Person(**span(text, "Lutfi Mujahidin"), name="Lutfi Mujahidin", **common),
        Office(**span(text, "Kapolresta Serang Kota"), title="Kapolresta",
               jurisdiction="Serang Kota", holder="Yudha Satria", **common),
        Person(**span(text, "Yudha Satria"), name="Yudha Satria", rank="Kombes", **common),
        Date(**span(text, "Rabu (19/2/2026)"), value="2026-02-19", grain="day",
             weekday_mismatch=True, **common),
        Date(**span(text, "pekan depan"), **common),
    ]
    return Extraction(id=kwargs.pop("id", "banjir-serang"), entities=tuple(entities), **kwargs)


class Marks(HTMLParser):
    """Reads a render_html fragment back: the marks, and the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self.quotes: list[dict] = []  # quote spans drawn in the text
        self.speakers: list[str] = []  # the tag after each drawn quote
        self.listed: list[str] = []  # the "who said what" list under the text
        self.text_parts: list[str] = []
        self._stack: list[str] = []  # class of each open element
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        cls = attrs.get("class") or ""
        self._stack.append(cls)
        self.tags.append(tag)
        if cls == "beritaner-ent":
            self.marks.append({"label": attrs["data-label"], "title": attrs["title"],
                               "style": attrs["style"], "text": "", "tag": "", "detail": ""})
        elif cls == "beritaner-quote":
            self.quotes.append({"title": attrs["title"], "text": ""})
        elif cls == "beritaner-qtag":
            self.speakers.append("")
        elif tag == "li" and "beritaner-quotes" in self._stack:
            self.listed.append("")
        elif cls == "beritaner-br":
            self.text_parts.append("\n")

    def handle_endtag(self, tag):
        self._stack.pop()

    def handle_data(self, data):
        if "beritaner-head" in self._stack:
            return
        if "beritaner-quotes" in self._stack:
            if self.listed:
                self.listed[-1] += data
            return
        if "beritaner-qtag" in self._stack:
            self.speakers[-1] += data
            return
        if "beritaner-quote" in self._stack:
            self.quotes[-1]["text"] += data
        where = self._stack[-1] if self._stack else ""
        if where == "beritaner-tag":
            self.marks[-1]["tag"] += data
        elif where == "beritaner-detail":
            self.marks[-1]["detail"] += data
        else:
            if where == "beritaner-ent":
                self.marks[-1]["text"] += data
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)


def parse(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    parser.close()
    return parser


def test_every_entity_is_marked_with_its_label_in_order():
    result = article_extraction()
    marks = parse(render_html(result, ARTICLE)).marks
    assert [(m["label"], m["text"]) for m in marks] == [(e.label, e.text) for e in result.entities]
    assert all(m["tag"] == m["label"] for m in marks)
    for mark in marks:
        assert LABEL_COLORS[mark["label"]] in mark["style"]


def test_the_reader_sees_the_text_exactly_with_its_line_breaks():
    parsed = parse(render_html(article_extraction(), ARTICLE))
    assert parsed.text == ARTICLE
    assert parsed.text.count("\n") == 3


def test_useful_fields_are_inline_and_every_field_on_hover():
    marks = {m["text"]: m for m in parse(render_html(article_extraction(), ARTICLE)).marks}
    assert marks["Kamis (19/2/2026)"]["detail"] == "2026-02-19"
    assert marks["Gubernur Banten"]["detail"] == "→ Andra Soni"
    assert marks["Kota Serang"]["detail"] == "36.73"
    assert marks["Andra Soni"]["detail"] == ""  # a person's own fields stay in the tooltip

    office = marks["Plt Kepala BPBD Banten"]["title"].splitlines()
    assert office[0].startswith("OFFICE") and "score 0.95" in office[0]
    assert {"title: Kepala", "jurisdiction: BPBD Banten", "acting: yes",
            "holder: Lutfi Mujahidin"} <= set(office)
    assert "former: yes" not in office  # False fields are left out

    place = set(marks["Kota Serang"]["title"].splitlines())
    assert {"region code: 36.73", "level: kota", "province: Banten"} <= place
    assert "rank: Kombes" in marks["Yudha Satria"]["title"].splitlines()


def test_date_flags_are_visible():
    marks = {m["text"]: m for m in parse(render_html(article_extraction(), ARTICLE)).marks}
    assert marks["Rabu (19/2/2026)"]["detail"] == "2026-02-19 ⚠"
    assert "weekday mismatch: yes" in marks["Rabu (19/2/2026)"]["title"].splitlines()
    assert marks["pekan depan"]["detail"] == "?"  # relative, no reference date
    assert "value: unresolved" in marks["pekan depan"]["title"].splitlines()


def test_markup_in_the_text_and_in_fields_is_escaped():
    text = 'Bupati <script>alert("x")</script> Lebak & "Wakil" <b>Bupati</b> Pandeglang.'
    office = Office(**span(text, "<b>Bupati</b> Pandeglang"), title="Bupati",
                    jurisdiction='Pandeglang"><img src=x onerror=alert(1)>',
                    holder="<script>evil()</script>", score=0.9, source="test")
    result = Extraction(id="<i>doc</i>", entities=(office,))
    html = render_html(result, text)
    assert "<script" not in html and "<img" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    parsed = parse(html)
    assert parsed.text == text
    assert parsed.tags.count("mark") == 1  # no element came from the text or the fields
    (mark,) = parsed.marks
    assert mark["text"] == "<b>Bupati</b> Pandeglang"
    assert mark["detail"] == "→ <script>evil()</script>"
    assert 'jurisdiction: Pandeglang"><img src=x onerror=alert(1)>' in mark["title"]


def test_header_names_the_document_and_counts_labels():
    html = render_html(article_extraction(reference_date="2026-02-19"), ARTICLE)
    head = html[: html.index('class="beritaner-text"')]
    assert "banjir-serang" in head and "reference date 2026-02-19" in head
    for label, count in (("OFFICE", 3), ("PERSON", 3), ("DATE", 3), ("PLACE", 1), ("ORG", 1)):
        assert f"{label} {count}<" in head
    assert 'class="beritaner-head"' not in render_html(article_extraction(), ARTICLE, header=False)


def test_colors_can_be_changed_per_label():
    marks = parse(render_html(article_extraction(), ARTICLE, colors={"PLACE": "#123456"})).marks
    assert all(("#123456" in m["style"]) == (m["label"] == "PLACE") for m in marks)


def test_a_text_without_entities_is_still_shown():
    text = "Cuaca cerah sepanjang hari.\nTidak ada kejadian."
    parsed = parse(render_html(Extraction(), text))
    assert parsed.marks == [] and parsed.text == text
    assert "no entities" in render_html(Extraction(), text)


def test_a_text_that_does_not_fit_the_offsets_is_refused():
    with pytest.raises(ValueError, match="does not match the text"):
        render_html(article_extraction(), ARTICLE.replace("Gubernur", "Gubernor"))


def test_records_read_back_from_json_need_the_text_passed():
    wire = article_extraction().model_dump(mode="json")
    again = Extraction.model_validate(wire)
    assert again._repr_html_() is None  # notebooks fall back to the repr
    with pytest.raises(ValueError, match="needs the text"):
        render_html(again)
    assert parse(render_html(again, ARTICLE)).text == ARTICLE


@pytest.fixture(params=["rules", "default"])
def pipeline(request):
    if request.param == "rules":
        return request.getfixturevalue("nlp_rules")
    from beritaner.pipeline import default_model_path

    if not (default_model_path() / "config.cfg").exists():
        pytest.skip("the shipped model is not there yet")
    return request.getfixturevalue("nlp")


def test_extract_keeps_the_text_for_notebooks_but_not_on_the_wire(pipeline):
    result = beritaner.extract(ARTICLE, reference_date="2026-02-19", id="serang", nlp=pipeline)
    html = result._repr_html_()
    assert html == render_html(result) == render_html(result, ARTICLE)
    parsed = parse(html)
    assert parsed.text == ARTICLE
    assert [(m["label"], m["text"]) for m in parsed.marks] == [
        (e.label, e.text) for e in result.entities
    ]
    assert {("DATE", "Kamis (19/2/2026)"), ("PLACE", "Kota Serang")} <= {
        (m["label"], m["text"]) for m in parsed.marks
    }
    wire = result.model_dump(mode="json")
    assert set(wire) == {"id", "reference_date", "entities", "persons", "quotes", "error"}
    assert "meninjau lokasi banjir" not in json.dumps(wire)
    assert Extraction.model_validate(wire) == result


def test_a_seed_article_renders_every_entity(pipeline):
    path = ROOT / "seeds" / "003_bpbd_sumedang_banjir_longsor.txt"
    text = path.read_text(encoding="utf-8")
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    result = beritaner.extract(text, reference_date=gold["reference_date"], nlp=pipeline)
    assert len(result.entities) >= 10
    parsed = parse(render_html(result))
    assert parsed.text == text
    assert [(m["label"], m["text"]) for m in parsed.marks] == [
        (e.label, e.text) for e in result.entities
    ]
    dates = [m for m in parsed.marks if m["label"] == "DATE"]
    assert dates and all(m["detail"] for m in dates)  # each shows its value (or "?")


def quoted(text: str = ARTICLE) -> Extraction:
    """ARTICLE's records with its one direct quote, attributed through ``ujarnya``."""
    words = "Kami siagakan 120 personel & dua perahu karet"
    quote = Quote(**span(text, words), kind="direct", cue="ujarnya", speaker="Yudha Satria",
                  speaker_label="PERSON", speaker_offices=("Kapolresta Serang Kota",),
                  **{k: v for k, v in zip(("speaker_start", "speaker_end"),
                                          (text.index("Yudha Satria"),
                                           text.index("Yudha Satria") + 12))})
    return article_extraction(text).model_copy(update={"quotes": (quote,)})


def test_a_quote_is_drawn_around_its_words_with_its_speaker_and_listed():
    parsed = parse(render_html(quoted(), ARTICLE))
    assert parsed.text == ARTICLE  # neither the tag nor the list adds to the text
    (drawn,) = parsed.quotes
    assert drawn["text"] == "Kami siagakan 120 personel & dua perahu karet"
    assert {"speaker: Yudha Satria (PERSON)", "offices: Kapolresta Serang Kota",
            "cue: ujarnya"} <= set(drawn["title"].splitlines())
    assert parsed.speakers == ["Yudha Satria"]
    (row,) = parsed.listed
    assert row.startswith("Yudha Satria (Kapolresta Serang Kota) [direct, ujarnya]")
    assert "“Kami siagakan 120 personel & dua perahu karet”" in row
    assert len(parsed.marks) == len(article_extraction().entities)  # entities still marked


def test_a_quote_that_does_not_fit_the_text_is_refused():
    bad = quoted().model_copy(update={"entities": ()})
    with pytest.raises(ValueError, match="quote 'Kami siagakan"):
        render_html(bad, ARTICLE.replace("siagakan", "siapkan "))


def test_a_quote_an_entity_crosses_is_listed_but_not_drawn():
    text = 'Kata "Bupati Lebak" Hasbi Jayabaya, "Kami siap," ujar Hasbi Jayabaya.'
    crossing = Office(start=text.index("Lebak"), end=text.index("Lebak") + 17,
                      text=text[text.index("Lebak"): text.index("Lebak") + 17],
                      title="Bupati", score=0.9, source="test")
    first = Quote(**span(text, "Bupati Lebak"), kind="direct", speaker=None)
    second = Quote(**span(text, "Kami siap,"), kind="direct", cue="ujar", speaker="Hasbi Jayabaya",
                   speaker_label="PERSON")
    result = Extraction(entities=(crossing,), quotes=(first, second))
    parsed = parse(render_html(result, text))
    assert parsed.text == text
    assert [q["text"] for q in parsed.quotes] == ["Kami siap,"]
    assert parsed.speakers == ["Hasbi Jayabaya"]
    assert [row.split(" [")[0] for row in parsed.listed] == ["unknown speaker", "Hasbi Jayabaya"]


def test_the_pipeline_s_quotes_are_drawn_and_listed(nlp):
    result = beritaner.extract(ARTICLE, reference_date="2026-02-19", nlp=nlp)
    # "… memastikan jalur evakuasi aman." and "Kami siagakan …," ujarnya
    assert [(q.kind, q.speaker) for q in result.quotes] == [("indirect", "Yudha Satria"),
                                                             ("direct", "Yudha Satria")]
    parsed = parse(render_html(result))
    assert parsed.text == ARTICLE
    assert [q["text"] for q in parsed.quotes] == [q.text for q in result.quotes]
    assert parsed.speakers == ["Yudha Satria", "Yudha Satria"]
    assert [row.split(" [")[0] for row in parsed.listed] == ["Yudha Satria (Kapolresta Serang Kota)"] * 2

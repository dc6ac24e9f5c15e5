"""The typed records beritaner returns.

These names are a contract: services and evaluations read them. Every record is a
frozen pydantic v2 model; ``Extraction.model_dump(mode="json")`` is the wire format
and ``Extraction.model_json_schema()`` its schema.

Every entity indexes the caller's original string: ``text[e.start:e.end] == e.text``
(a lone surrogate in the input, which no JSON or UTF-8 can carry, reads as U+FFFD in
``e.text``, one character for one, so the offsets still hold).
"""

from __future__ import annotations

from typing import Annotated, Any, Callable, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

Label = Literal["PERSON", "OFFICE", "PLACE", "ORG", "DATE"]
LABELS: tuple[str, ...] = ("PERSON", "OFFICE", "PLACE", "ORG", "DATE")

RegionLevel = Literal["provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa", "negara"]
DateGrain = Literal["day", "week", "month", "quarter", "half", "year", "interval"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _EntityBase(_Record):
    text: str = Field(description="The span exactly as written in the input.")
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset one past the last character.")
    score: float = Field(ge=0.0, le=1.0, description="Confidence of the proposing component.")
    source: str = Field(description="Which component found it (model, dates, offices, ...).")

    @model_validator(mode="after")
    def _check_span(self):  # noqa: D401 - pydantic hook
        if self.end <= self.start:
            raise ValueError(f"empty or inverted span {self.start}:{self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not fit text {self.text!r}")
        return self


class Person(_EntityBase):
    label: Literal["PERSON"] = "PERSON"
    name: str = Field(description="The bare name, without honorifics or academic titles.")
    honorifics: tuple[str, ...] = Field(
        default=(), description="Honorific or academic abbreviations written in the span."
    )
    rank: str | None = Field(
        default=None, description="Police or military rank written just before the name."
    )


class Office(_EntityBase):
    label: Literal["OFFICE"] = "OFFICE"
    title: str = Field(description="Normalised title, e.g. 'Wali Kota' for 'Walkot'.")
    jurisdiction: str | None = Field(
        default=None, description="Region or organisation the office belongs to."
    )
    acting: bool = Field(default=False, description="Plt./Pj./Plh. (acting) office.")
    former: bool = Field(default=False, description="Preceded by mantan/eks.")
    candidate: bool = Field(default=False, description="Preceded by calon.")
    holder: str | None = Field(
        default=None, description="Fullest form of the holder's name in the article."
    )
    holder_source: Literal["text", "corpus"] | None = Field(
        default=None,
        description="Where the holder came from: the article's own text, or a Corpus given "
        "as extract(..., knowledge=corpus) for a post the article names without its holder.",
    )
    aliases: tuple[str, ...] = Field(default=(), description="Short forms in parentheses.")


class Place(_EntityBase):
    label: Literal["PLACE"] = "PLACE"
    name: str | None = Field(default=None, description="Canonical name where known.")
    region_code: str | None = Field(
        default=None, description="Kemendagri code (e.g. '36.73') for administrative regions."
    )
    level: RegionLevel | None = None
    province: str | None = Field(default=None, description="Province the place lies in.")
    alternatives: tuple[str, ...] = Field(
        default=(),
        description="Other region codes the same name can mean (e.g. Kota and Kabupaten "
        "Serang) when the text does not decide.",
    )
    aliases: tuple[str, ...] = Field(default=(), description="Short forms in parentheses.")


class Org(_EntityBase):
    label: Literal["ORG"] = "ORG"
    name: str = Field(description="The organisation's name without a trailing alias.")
    aliases: tuple[str, ...] = Field(default=(), description="Short forms in parentheses.")


class Date(_EntityBase):
    label: Literal["DATE"] = "DATE"
    value: str | None = Field(
        default=None,
        description="ISO 8601 value: '2026-02-19', '2025-07', '2025', '2025-Q3', "
        "'2026-H1', '2026-W08', or an interval 'a/b'. Null when the expression is "
        "relative and no reference date was given.",
    )
    grain: DateGrain | None = None
    weekday_mismatch: bool = Field(
        default=False, description="A written weekday disagrees with the written date."
    )


Entity = Annotated[Union[Person, Office, Place, Org, Date], Field(discriminator="label")]


class PersonGroup(_Record):
    """All mentions of one person in an article, with the offices they hold."""

    name: str = Field(description="Fullest form of the name in the article.")
    mentions: tuple[tuple[int, int], ...] = Field(description="(start, end) of each mention.")
    offices: tuple[str, ...] = Field(default=(), description="Offices held, as written.")


class Quote(_Record):
    """Something someone said, and who: a direct quote (the words between quotation
    marks) or an indirect one (reported speech after a cue such as ``mengatakan``)."""

    text: str = Field(description="The quote span exactly as written (marks excluded).")
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset one past the last character.")
    kind: Literal["direct", "indirect"] = Field(description="In quotation marks, or reported.")
    cue: str | None = Field(
        default=None, description="The speech cue as written (ujar, mengatakan, menurut); "
        "None for a quote that continues the previous paragraph's."
    )
    speaker: str | None = Field(
        default=None, description="Fullest form of the speaker's name in the article, an "
        "ORG's name, or an office's text when its holder is not named; None when unknown."
    )
    speaker_start: int | None = Field(default=None, description="Start of the mention naming the speaker.")
    speaker_end: int | None = Field(default=None, description="End of that mention.")
    speaker_label: Literal["PERSON", "ORG", "OFFICE"] | None = None
    speaker_offices: tuple[str, ...] = Field(
        default=(), description="Offices the speaker holds in this article, as written."
    )

    @model_validator(mode="after")
    def _check_span(self):  # noqa: D401 - pydantic hook
        if self.end <= self.start or self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not fit text {self.text!r}")
        return self


class Extraction(_Record):
    """Everything beritaner found in one text."""

    id: str | None = Field(default=None, description="Caller's document id, if given.")
    reference_date: str | None = Field(
        default=None, description="ISO date relative expressions were resolved against."
    )
    entities: tuple[Entity, ...] = Field(default=(), description="Sorted by start offset.")
    persons: tuple[PersonGroup, ...] = Field(default=())
    quotes: tuple[Quote, ...] = Field(default=(), description="Who said what, in text order.")
    error: str | None = Field(
        default=None,
        description="Why this text could not be processed ('TypeError: ...'); set only by "
        "extract_many(..., on_error='record'), and then there are no entities.",
    )
    # The text the offsets index, kept by ``extract`` for display only: not a field,
    # so neither serialised nor compared.
    _text: str | None = PrivateAttr(default=None)

    def of(self, label: str) -> tuple[Entity, ...]:
        """The entities with one label, in text order."""
        return tuple(e for e in self.entities if e.label == label)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BaseModel):
            return NotImplemented
        return type(other) is type(self) and all(
            getattr(self, name) == getattr(other, name) for name in type(self).model_fields
        )

    def to_frame(self):
        """One row per entity as a pandas DataFrame (needs ``beritaner[pandas]``)."""
        return VIEWS["frame"]([self])

    def _repr_html_(self) -> str | None:
        """The text with its entities highlighted, in Jupyter; None without the text."""
        if self._text is None:
            return None
        return VIEWS["html"](self, self._text)


#: The views an :class:`Extraction` offers (``"frame"``: :func:`beritaner.io.frames.to_frame`,
#: ``"html"``: :func:`beritaner.io.display.render_html`). Each view module registers itself
#: here when imported (``import beritaner`` imports both), so records import no view
#: and the views import the records.
VIEWS: dict[str, Callable[..., Any]] = {}


RECORD_TYPES: dict[str, type[_EntityBase]] = {
    "PERSON": Person,
    "OFFICE": Office,
    "PLACE": Place,
    "ORG": Org,
    "DATE": Date,
}

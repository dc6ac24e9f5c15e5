"""PLACEHOLDER (being written in this session): the places recognizer."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate
from ._base import Recognizer


class PlaceRecognizer(Recognizer):
    source = "places"

    def find(self, doc: Doc) -> list[Candidate]:
        return []


@Language.factory("beritaner_places")
def make_place_recognizer(nlp: Language, name: str) -> PlaceRecognizer:
    return PlaceRecognizer()

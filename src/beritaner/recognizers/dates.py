"""PLACEHOLDER (being written in this session): the dates recognizer."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate
from ._base import Recognizer


class DateRecognizer(Recognizer):
    source = "dates"

    def find(self, doc: Doc) -> list[Candidate]:
        return []


@Language.factory("beritaner_dates")
def make_date_recognizer(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer()

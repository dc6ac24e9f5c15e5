"""PLACEHOLDER (being written in this session): the offices recognizer."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate
from ._base import Recognizer


class OfficeRecognizer(Recognizer):
    source = "offices"

    def find(self, doc: Doc) -> list[Candidate]:
        return []


@Language.factory("beritaner_offices")
def make_office_recognizer(nlp: Language, name: str) -> OfficeRecognizer:
    return OfficeRecognizer()

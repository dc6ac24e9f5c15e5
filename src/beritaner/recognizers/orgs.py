"""PLACEHOLDER (being written in this session): the orgs recognizer."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate
from ._base import Recognizer


class OrgRecognizer(Recognizer):
    source = "orgs"

    def find(self, doc: Doc) -> list[Candidate]:
        return []


@Language.factory("beritaner_orgs")
def make_org_recognizer(nlp: Language, name: str) -> OrgRecognizer:
    return OrgRecognizer()

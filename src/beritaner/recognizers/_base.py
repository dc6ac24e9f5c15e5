"""What every knowledge recognizer shares: a spaCy component that proposes candidates.

A recognizer implements :meth:`find` over the document (its text, tokens and
``doc._.reference_date``) and returns :class:`~beritaner.candidates.Candidate` objects
with character offsets into ``doc.text``. It never removes or edits other candidates;
the resolver decides.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..candidates import Candidate, propose


class Recognizer:
    """Base class for knowledge recognizers (spaCy pipeline components)."""

    #: the ``source`` written on every candidate this recognizer proposes
    source: str = "rules"

    def find(self, doc: Doc) -> list[Candidate]:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        propose(doc, self.find(doc))
        return doc

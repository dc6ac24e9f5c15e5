"""Start-up: keep thinc from importing torch, which beritaner never uses through it.

thinc (spaCy's machine-learning layer) imports torch at its own import whenever torch is
installed, to offer PyTorch-wrapped layers; that costs about 1 s and 200 MB here, and
beritaner's pipeline is thinc's own (numpy) model. So when beritaner is the first to
import thinc and torch is not loaded yet, thinc is imported with torch hidden, and torch
is importable again right after (the stanza backend imports it itself).

The cost: in this process thinc's PyTorch shims (spacy-transformers, thinc's
``PyTorchWrapper``) are unavailable. A program that needs them imports spaCy or torch
before beritaner, or sets ``BERITANER_THINC_TORCH=1``.
"""

from __future__ import annotations

import os
import sys

#: Set to "1" to let thinc import torch as it normally would.
ENV_THINC_TORCH = "BERITANER_THINC_TORCH"


def import_thinc_without_torch() -> bool:
    """Import ``thinc.compat`` with torch hidden; False when it was not ours to do."""
    if os.environ.get(ENV_THINC_TORCH) == "1" or "thinc.compat" in sys.modules or "torch" in sys.modules:
        return False
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" raises ImportError
    try:
        import thinc.compat  # noqa: F401
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]
    return True

"""The trained models beritaner ships (installed as ``beritaner.models``)."""

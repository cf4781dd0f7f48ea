# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.known_model`: the official path of these types."""

from __future__ import annotations

from ._models.known_model import KnownModel as KnownModel

__all__ = [
    "KnownModel",
]

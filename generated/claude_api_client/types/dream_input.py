# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.dream_input`: the official path of these types."""

from __future__ import annotations

from ._models.dream_input import DreamInput as DreamInput

__all__ = [
    "DreamInput",
]

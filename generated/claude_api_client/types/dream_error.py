# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.dream_error`: the official path of these types."""

from __future__ import annotations

from ._models.dream_error import DreamError as DreamError

__all__ = [
    "DreamError",
]

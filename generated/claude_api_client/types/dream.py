# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.dream`: the official path of these types."""

from __future__ import annotations

from ._models.dream import Dream as Dream

__all__ = [
    "Dream",
]

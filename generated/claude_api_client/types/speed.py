# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.speed`: the official path of these types."""

from __future__ import annotations

from ._models.speed import Speed as Speed

__all__ = [
    "Speed",
]

# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.completion`: the official path of these types."""

from __future__ import annotations

from ._models.completion import Completion as Completion

__all__ = [
    "Completion",
]

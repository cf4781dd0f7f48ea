# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool`: the official path of these types."""

from __future__ import annotations

from ._models.tool import Tool as Tool

__all__ = [
    "Tool",
]

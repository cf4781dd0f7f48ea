# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.usage`: the official path of these types."""

from __future__ import annotations

from ._models.usage import Usage as Usage

__all__ = [
    "Usage",
]

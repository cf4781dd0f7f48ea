# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.allowed_caller`: the official path of these types."""

from __future__ import annotations

from ._models.allowed_caller import AllowedCaller as AllowedCaller

__all__ = [
    "AllowedCaller",
]

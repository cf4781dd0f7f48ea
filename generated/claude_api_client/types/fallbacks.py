# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.fallbacks`: the official path of these types."""

from __future__ import annotations

from ._params.fallbacks import Fallbacks as Fallbacks

__all__ = [
    "Fallbacks",
]

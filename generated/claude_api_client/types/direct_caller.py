# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.direct_caller`: the official path of these types."""

from __future__ import annotations

from ._models.direct_caller import DirectCaller as DirectCaller

__all__ = [
    "DirectCaller",
]

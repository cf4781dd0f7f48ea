# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.fallback_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.fallback_block_param import FallbackBlockParam as FallbackBlockParam

__all__ = [
    "FallbackBlockParam",
]

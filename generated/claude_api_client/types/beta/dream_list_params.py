# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.dream_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.dream_list_params import DreamListParams as DreamListParams

__all__ = [
    "DreamListParams",
]

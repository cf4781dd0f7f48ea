# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.messages.batch_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.batch_list_params import BatchListParams as BatchListParams

__all__ = [
    "BatchListParams",
]

# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.spend_limit_set_params`: the official path of these types."""

from __future__ import annotations

from ._params.spend_limit_set_params import SpendLimitSetParams as SpendLimitSetParams

__all__ = [
    "SpendLimitSetParams",
]

# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.api_key_update_params`: the official path of these types."""

from __future__ import annotations

from ._params.api_key_update_params import APIKeyUpdateParams as APIKeyUpdateParams

__all__ = [
    "APIKeyUpdateParams",
]

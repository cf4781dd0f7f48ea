# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_external_key_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_external_key_create_params import (
    BetaExternalKeyCreateParams as BetaExternalKeyCreateParams,
)

__all__ = [
    "BetaExternalKeyCreateParams",
]

# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_api_key_scope`: the official path of these types."""

from __future__ import annotations

from .._models.api_key_scope import APIKeyScope as BetaAPIKeyScope

__all__ = [
    "BetaAPIKeyScope",
]

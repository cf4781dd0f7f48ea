# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_api_key_created_by`: the official path of these types."""

from __future__ import annotations

from ..._models.api_key_created_by import APIKeyCreatedBy as BetaAPIKeyCreatedBy

__all__ = [
    "BetaAPIKeyCreatedBy",
]

# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_api_key_scope_missing_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.api_key_scope_missing_error_details import (
    APIKeyScopeMissingErrorDetails as BetaAPIKeyScopeMissingErrorDetails,
)

__all__ = [
    "BetaAPIKeyScopeMissingErrorDetails",
]

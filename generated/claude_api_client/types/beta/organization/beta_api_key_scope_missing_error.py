# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_api_key_scope_missing_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import BetaAPIKeyScopeMissingError as BetaAPIKeyScopeMissingError

__all__ = [
    "BetaAPIKeyScopeMissingError",
]

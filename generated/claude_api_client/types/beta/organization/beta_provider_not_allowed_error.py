# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_provider_not_allowed_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import BetaProviderNotAllowedError as BetaProviderNotAllowedError

__all__ = [
    "BetaProviderNotAllowedError",
]

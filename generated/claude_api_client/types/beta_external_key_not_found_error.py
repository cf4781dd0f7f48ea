# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_external_key_not_found_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import BetaExternalKeyNotFoundError as BetaExternalKeyNotFoundError

__all__ = [
    "BetaExternalKeyNotFoundError",
]

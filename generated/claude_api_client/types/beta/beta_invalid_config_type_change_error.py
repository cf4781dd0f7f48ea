# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_invalid_config_type_change_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import BetaInvalidConfigTypeChangeError as BetaInvalidConfigTypeChangeError

__all__ = [
    "BetaInvalidConfigTypeChangeError",
]

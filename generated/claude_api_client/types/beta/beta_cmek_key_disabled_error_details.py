# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_cmek_key_disabled_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.cmek_key_disabled_error_details import (
    CMEKKeyDisabledErrorDetails as BetaCMEKKeyDisabledErrorDetails,
)

__all__ = [
    "BetaCMEKKeyDisabledErrorDetails",
]

# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_google_managed_cmek_enabled_params`: the official path of these types."""

from __future__ import annotations

from .._params.google_managed_cmek_enabled_params import (
    GoogleManagedCMEKEnabledParams as BetaGoogleManagedCMEKEnabledParams,
)

__all__ = [
    "BetaGoogleManagedCMEKEnabledParams",
]

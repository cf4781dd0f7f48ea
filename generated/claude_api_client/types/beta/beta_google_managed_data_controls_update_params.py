# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_google_managed_data_controls_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.google_managed_data_controls_update_params import (
    GoogleManagedDataControlsUpdateParams as BetaGoogleManagedDataControlsUpdateParams,
)

__all__ = [
    "BetaGoogleManagedDataControlsUpdateParams",
]

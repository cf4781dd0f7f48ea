# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_google_managed_project_cmek_disabled_param`: the official path of these types."""

from __future__ import annotations

from .._params.google_managed_project_cmek_disabled_param import (
    GoogleManagedProjectCMEKDisabledParam as BetaGoogleManagedProjectCMEKDisabledParam,
)

__all__ = [
    "BetaGoogleManagedProjectCMEKDisabledParam",
]

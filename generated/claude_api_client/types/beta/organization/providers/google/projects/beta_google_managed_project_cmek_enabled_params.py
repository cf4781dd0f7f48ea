# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.providers.google.projects.beta_google_managed_project_cmek_enabled_params`: the official path of these types."""

from __future__ import annotations

from ......_params.google_managed_project_cmek_enabled_param import (
    GoogleManagedProjectCMEKEnabledParam as BetaGoogleManagedProjectCMEKEnabledParams,
)

__all__ = [
    "BetaGoogleManagedProjectCMEKEnabledParams",
]

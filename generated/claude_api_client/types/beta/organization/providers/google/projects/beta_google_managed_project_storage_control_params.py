# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.providers.google.projects.beta_google_managed_project_storage_control_params`: the official path of these types."""

from __future__ import annotations

from ......_params.google_managed_project_storage_control_param import (
    GoogleManagedProjectStorageControlParam as BetaGoogleManagedProjectStorageControlParams,
)

__all__ = [
    "BetaGoogleManagedProjectStorageControlParams",
]

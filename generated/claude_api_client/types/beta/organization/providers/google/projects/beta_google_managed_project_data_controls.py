# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.providers.google.projects.beta_google_managed_project_data_controls`: the official path of these types."""

from __future__ import annotations

from ......_models.google_managed_project_data_controls import (
    GoogleManagedProjectDataControls as BetaGoogleManagedProjectDataControls,
)

__all__ = [
    "BetaGoogleManagedProjectDataControls",
]

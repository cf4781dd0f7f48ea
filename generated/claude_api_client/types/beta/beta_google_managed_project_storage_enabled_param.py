# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_google_managed_project_storage_enabled_param`: the official path of these types."""

from __future__ import annotations

from .._params.google_managed_project_storage_enabled_param import (
    GoogleManagedProjectStorageEnabledParam as BetaGoogleManagedProjectStorageEnabledParam,
)

__all__ = [
    "BetaGoogleManagedProjectStorageEnabledParam",
]

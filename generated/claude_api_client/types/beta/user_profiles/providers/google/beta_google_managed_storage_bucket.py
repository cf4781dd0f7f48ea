# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.user_profiles.providers.google.beta_google_managed_storage_bucket`: the official path of these types."""

from __future__ import annotations

from ....._models.google_managed_storage_bucket import (
    GoogleManagedStorageBucket as BetaGoogleManagedStorageBucket,
)

__all__ = [
    "BetaGoogleManagedStorageBucket",
]

# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_google_managed_retired_bucket`: the official path of these types."""

from __future__ import annotations

from .._models.google_managed_retired_bucket import (
    GoogleManagedRetiredBucket as BetaGoogleManagedRetiredBucket,
)

__all__ = [
    "BetaGoogleManagedRetiredBucket",
]

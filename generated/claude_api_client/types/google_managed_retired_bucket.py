# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.google_managed_retired_bucket`: the official path of these types."""

from __future__ import annotations

from ._models.google_managed_retired_bucket import (
    GoogleManagedRetiredBucket as GoogleManagedRetiredBucket,
)

__all__ = [
    "GoogleManagedRetiredBucket",
]

# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.google_managed_project_bucket_reference_param`: the official path of these types."""

from __future__ import annotations

from ._params.google_managed_project_bucket_reference_param import (
    GoogleManagedProjectBucketReferenceParam as GoogleManagedProjectBucketReferenceParam,
)

__all__ = [
    "GoogleManagedProjectBucketReferenceParam",
]

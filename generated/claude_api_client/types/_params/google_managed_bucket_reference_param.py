# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class GoogleManagedBucketReferenceParam(TypedDict):
    """
    The Cloud Storage bucket to use for a region.
    """

    bucket_name: str
    """
    Name of the bucket.
    """
    project_number: str
    """
    Number of the Google Cloud project that owns it.
    """

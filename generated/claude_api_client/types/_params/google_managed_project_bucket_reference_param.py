# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class GoogleManagedProjectBucketReferenceParam(TypedDict):
    """
    Request form of google Managed Project Bucket Reference.
    """

    bucket_name: str
    """
    Name of the storage bucket.
    """
    project_number: str
    """
    Project number.
    """

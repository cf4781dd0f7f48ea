# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict


class GoogleManagedProjectBucketReferenceParam(TypedDict):
    """
    A Cloud Storage bucket named by region and bucket name.
    """

    bucket_name: str
    """
    Name of the storage bucket.
    """
    project_number: str
    """
    Number of the Google Cloud project.
    """

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class GCPExternalStorageConfigParam(TypedDict):
    """
    A Cloud Storage bucket in the organization's Google Cloud project, and how the API reaches it.
    """

    type: Literal["gcp"]
    """
    Always `gcp`.
    """
    bucket_name: str
    """
    Name of the storage bucket.
    """
    project_number: str
    """
    Number of the Google Cloud project.
    """
    region: str
    """
    Cloud region.
    """

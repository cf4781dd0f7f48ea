# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .google_managed_bucket_reference_param import GoogleManagedBucketReferenceParam


class GoogleManagedStorageEnabledParams(TypedDict):
    """
    Turns the storage control on, optionally changing regions' buckets.
    """

    type: Literal["enabled"]
    """
    Always `enabled`.
    """
    buckets: NotRequired[Mapping[str, GoogleManagedBucketReferenceParam | None]]
    """
    Per region code: a bucket sets that region's bucket, null removes it, a region left out keeps its bucket; one bucket serves one region, and once on at least one region needs a bucket.
    """

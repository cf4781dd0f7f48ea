# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .google_managed_project_bucket_reference_param import (
    GoogleManagedProjectBucketReferenceParam,
)


class GoogleManagedProjectStorageEnabledParam(TypedDict):
    """
    Request form: keep data in these buckets, per region.
    """

    type: Literal["enabled"]
    """
    Always `enabled`.
    """
    buckets: NotRequired[Mapping[str, GoogleManagedProjectBucketReferenceParam | None]]
    """
    The bucket of each region.
    """

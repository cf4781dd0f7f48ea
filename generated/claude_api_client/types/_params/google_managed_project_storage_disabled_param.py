# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class GoogleManagedProjectStorageDisabledParam(TypedDict):
    """
    Request form: stop using the organization's own buckets.
    """

    type: Literal["disabled"]
    """
    Always `disabled`.
    """

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ExternalStorageMemberParam(TypedDict):
    """
    Keep the data in one of the organization's external storage buckets.
    """

    type: Literal["external"]
    """
    Always `external`.
    """
    external_storage_id: str
    """
    ID of the external storage registration to use.
    """

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ExternalStorageMember(TypedDict):
    """
    External Storage Member.
    """

    type: Literal["external"]
    """
    Object type tag.
    """
    external_storage_id: str
    """
    ID of the external storage.
    """

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class GoogleManagedProjectStorageDisabledParam(TypedDict):
    """
    Request form of google Managed Project Storage Disabled.
    """

    type: Literal["disabled"]
    """
    Object type tag.
    """

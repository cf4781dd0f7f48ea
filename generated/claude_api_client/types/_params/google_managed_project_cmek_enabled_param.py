# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class GoogleManagedProjectCMEKEnabledParam(TypedDict):
    """
    Request form of google Managed Project CMEKEnabled.
    """

    type: Literal["enabled"]
    """
    Object type tag.
    """
    external_key_ids: NotRequired[Mapping[str, str | None]]
    """
    IDs of the external keys to include.
    """

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class GoogleManagedProjectCMEKEnabledParam(TypedDict):
    """
    Request form: encrypt with these keys, per region.
    """

    type: Literal["enabled"]
    """
    Always `enabled`.
    """
    external_key_ids: NotRequired[Mapping[str, str | None]]
    """
    The key configuration to use in each region.
    """

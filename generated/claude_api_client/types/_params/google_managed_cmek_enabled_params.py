# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class GoogleManagedCMEKEnabledParams(TypedDict):
    """
    Turns the key control on, optionally changing regions' keys.
    """

    type: Literal["enabled"]
    """
    Always `enabled`.
    """
    external_key_ids: NotRequired[Mapping[str, str | None] | None]
    """
    Per region code (`us`, `eu` …): an External Key ID (`ekey_...`) sets that region's key, null removes it, a region left out keeps its key; once on, at least one region needs a key.
    """

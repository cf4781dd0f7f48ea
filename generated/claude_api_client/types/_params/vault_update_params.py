# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from typing_extensions import NotRequired


class VaultUpdateParams(TypedDict):
    """
    Body that changes a vault's name or metadata.
    """

    display_name: NotRequired[str | None]
    """
    New name; omit to keep it.
    """
    metadata: NotRequired[Mapping[str, str | None] | None]
    """
    Labels to merge in; a null value deletes that key.
    """

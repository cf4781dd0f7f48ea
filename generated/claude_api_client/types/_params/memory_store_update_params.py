# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from typing_extensions import NotRequired


class MemoryStoreUpdateParams(TypedDict):
    """
    Body that changes a memory store's name, description or metadata.
    """

    name: NotRequired[str | None]
    """
    New name; omit to keep the current one.
    """
    description: NotRequired[str | None]
    """
    New description; omit to keep it, empty string to clear it.
    """
    metadata: NotRequired[Mapping[str, str | None] | None]
    """
    Labels to merge in; a null value deletes that key.
    """

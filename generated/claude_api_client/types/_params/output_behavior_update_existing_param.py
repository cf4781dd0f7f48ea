# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class OutputBehaviorUpdateExistingParam(TypedDict):
    """
    Write the result into an existing memory store.
    """

    type: Literal["update_existing"]
    """
    Always `update_existing`.
    """
    memory_store_id: str
    """
    ID of the memory store to write into.
    """

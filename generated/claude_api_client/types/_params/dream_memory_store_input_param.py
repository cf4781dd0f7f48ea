# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class DreamMemoryStoreInputParam(TypedDict):
    """
    A memory store a dream reads.
    """

    type: Literal["memory_store"]
    """
    Always `memory_store`.
    """
    memory_store_id: str
    """
    ID of the memory store to consolidate.
    """

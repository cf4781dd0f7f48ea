# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class InternalStorageParam(TypedDict):
    """
    Keep the data in Anthropic's own storage.
    """

    type: Literal["internal"]
    """
    Always `internal`.
    """

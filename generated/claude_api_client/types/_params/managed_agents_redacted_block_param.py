# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsRedactedBlockParam(TypedDict):
    """
    Redacted block.
    """

    type: Literal["redacted"]
    """
    Always `redacted`.
    """

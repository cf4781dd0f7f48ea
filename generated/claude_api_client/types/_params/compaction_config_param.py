# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class CompactionConfigParam(TypedDict):
    """
    Makes the request a compaction request, answered by one signed `compaction` block summarising `messages`.
    """

    instructions: NotRequired[str | None]
    """
    Replaces the server's summarisation prompt for this request; blank counts as absent.
    """
    type: Literal["summarize"]
    """
    Always `summarize`.
    """

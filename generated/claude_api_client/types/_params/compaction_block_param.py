# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .compaction_tool_change_param import CompactionToolChangeParam


class CompactionBlockParam(TypedDict):
    """
    A compaction summary from an earlier response, sent back to stand in for older context.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    content: NotRequired[str | None]
    """
    Summary of the earlier conversation, or null when compaction failed.
    """
    encrypted_content: NotRequired[str | None]
    """
    Opaque content to send back unchanged in later turns.
    """
    type: Literal["compaction"]
    """
    Always `compaction`.
    """
    signature: NotRequired[str | None]
    """
    Signature over the summary; send it back unchanged.
    """
    tool_changes: NotRequired[Sequence[CompactionToolChangeParam] | None]
    """
    The tool changes the block carried when it was returned, sent back unchanged.
    """

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .input_tokens_trigger_param import InputTokensTriggerParam


class Compact20260112EditParam(TypedDict):
    """
    Summarises older context once it grows past a threshold.
    """

    instructions: NotRequired[str | None]
    """
    Extra instructions for the summary.
    """
    pause_after_compaction: NotRequired[bool]
    """
    Stop after compacting and return the compaction block.
    """
    trigger: NotRequired[InputTokensTriggerParam | None]
    """
    When compaction starts (default 150,000 input tokens).
    """
    type: Literal["compact_20260112"]
    """
    Always `compact_20260112`.
    """

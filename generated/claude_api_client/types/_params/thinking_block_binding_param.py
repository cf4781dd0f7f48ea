# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .thinking_prefix_mismatch_behavior_param import ThinkingPrefixMismatchBehaviorParam


class ThinkingBlockBindingParam(TypedDict):
    """
    What happens to thinking blocks sent back that fail the conversation check; an empty object keeps every default.
    """

    prefix_mismatch_behavior: NotRequired[ThinkingPrefixMismatchBehaviorParam | None]
    """
    `error` (the default) rejects the request; `drop_block` removes the block and reports it in `input_transformations`.
    """

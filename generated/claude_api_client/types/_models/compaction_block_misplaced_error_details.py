# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionBlockMisplacedErrorDetails(APIModel):
    """A `compaction` block is not where it must be (first in `messages`)."""

    error_code: Literal["compaction_block_misplaced"]
    """Always `compaction_block_misplaced`."""

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionBlockAmbiguousErrorDetails(APIModel):
    """More than one `compaction` block could apply."""

    error_code: Literal["compaction_block_ambiguous"]
    """Always `compaction_block_ambiguous`."""

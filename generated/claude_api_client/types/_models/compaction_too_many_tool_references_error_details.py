# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionTooManyToolReferencesErrorDetails(APIModel):
    """The compacted range refers to too many tools."""

    error_code: Literal["compaction_too_many_tool_references"]
    """Always `compaction_too_many_tool_references`."""

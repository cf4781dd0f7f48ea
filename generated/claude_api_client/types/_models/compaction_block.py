# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CompactionBlock(APIModel):
    """Summary of older context produced by compaction."""

    content: str | None = None
    encrypted_content: str | None = None
    type: Literal["compaction"]

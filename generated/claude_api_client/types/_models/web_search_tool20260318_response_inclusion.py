# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    WebSearchTool20260318ResponseInclusion: TypeAlias = Literal["full", "excluded"]
else:

    class WebSearchTool20260318ResponseInclusion(OpenEnum):
        """Whether result blocks consumed by a finished code execution call are still returned."""

        FULL = "full"
        EXCLUDED = "excluded"

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    RefusalCategory: TypeAlias = Literal[
        "cyber", "bio", "frontier_llm", "reasoning_extraction", "general_harms"
    ]
else:

    class RefusalCategory(OpenEnum):
        """Policy category of a refusal."""

        CYBER = "cyber"
        BIO = "bio"
        FRONTIER_LLM = "frontier_llm"
        REASONING_EXTRACTION = "reasoning_extraction"
        GENERAL_HARMS = "general_harms"

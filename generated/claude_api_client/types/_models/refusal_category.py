# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class RefusalCategory(OpenEnum):
    """Policy category of a refusal."""

    CYBER = "cyber"
    BIO = "bio"
    FRONTIER_LLM = "frontier_llm"
    REASONING_EXTRACTION = "reasoning_extraction"
    GENERAL_HARMS = "general_harms"

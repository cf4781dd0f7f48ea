# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ComplianceReviewPolicyCategory: TypeAlias = Literal[
        "cyber",
        "bio",
        "chem",
        "radnuc",
        "cgw",
        "mgw",
        "io",
        "fraud",
        "violent_extremism",
        "surveillance",
        "human_exploitation",
        "self_harm",
        "adult_content",
        "reasoning_extraction",
        "frontier_llm",
        "compromised_key",
        "benign",
        "other",
        "undetermined",
    ]
else:

    class ComplianceReviewPolicyCategory(OpenEnum):
        """Anthropic's label for why messages were flagged (`radnuc`: radiological or nuclear weapons, `cgw`: conventional weapons, `mgw`: military-grade weapons systems, `io`: influence operations, `frontier_llm`: restricted acceleration of frontier AI work) (more values may come)."""

        CYBER = "cyber"
        BIO = "bio"
        CHEM = "chem"
        RADNUC = "radnuc"
        CGW = "cgw"
        MGW = "mgw"
        IO = "io"
        FRAUD = "fraud"
        VIOLENT_EXTREMISM = "violent_extremism"
        SURVEILLANCE = "surveillance"
        HUMAN_EXPLOITATION = "human_exploitation"
        SELF_HARM = "self_harm"
        ADULT_CONTENT = "adult_content"
        REASONING_EXTRACTION = "reasoning_extraction"
        FRONTIER_LLM = "frontier_llm"
        COMPROMISED_KEY = "compromised_key"
        BENIGN = "benign"
        OTHER = "other"
        UNDETERMINED = "undetermined"

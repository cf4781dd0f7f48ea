# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    KnownModel: TypeAlias = Literal[
        "claude-fable-5-2",
        "claude-mythos-5-2",
        "claude-haiku-5-5",
        "claude-sonnet-5-5",
        "claude-fable-5-1",
        "claude-opus-5-5",
        "claude-mythos-5-1",
        "claude-sonnet-5",
        "claude-fable-5",
        "claude-mythos-5",
        "claude-opus-5",
        "claude-opus-4-8",
        "claude-opus-4-7",
        "claude-mythos-preview",
        "claude-opus-4-6",
        "claude-sonnet-4-6",
        "claude-haiku-4-5",
        "claude-haiku-4-5-20251001",
        "claude-opus-4-5",
        "claude-opus-4-5-20251101",
    ]
else:

    class KnownModel(OpenEnum):
        """Model ids this SDK version knows; others are accepted too."""

        CLAUDE_FABLE_5_2 = "claude-fable-5-2"
        CLAUDE_MYTHOS_5_2 = "claude-mythos-5-2"
        CLAUDE_HAIKU_5_5 = "claude-haiku-5-5"
        CLAUDE_SONNET_5_5 = "claude-sonnet-5-5"
        CLAUDE_FABLE_5_1 = "claude-fable-5-1"
        CLAUDE_OPUS_5_5 = "claude-opus-5-5"
        CLAUDE_MYTHOS_5_1 = "claude-mythos-5-1"
        CLAUDE_SONNET_5 = "claude-sonnet-5"
        CLAUDE_FABLE_5 = "claude-fable-5"
        CLAUDE_MYTHOS_5 = "claude-mythos-5"
        CLAUDE_OPUS_5 = "claude-opus-5"
        CLAUDE_OPUS_4_8 = "claude-opus-4-8"
        CLAUDE_OPUS_4_7 = "claude-opus-4-7"
        CLAUDE_MYTHOS_PREVIEW = "claude-mythos-preview"
        CLAUDE_OPUS_4_6 = "claude-opus-4-6"
        CLAUDE_SONNET_4_6 = "claude-sonnet-4-6"
        CLAUDE_HAIKU_4_5 = "claude-haiku-4-5"
        CLAUDE_HAIKU_4_5_20251001 = "claude-haiku-4-5-20251001"
        CLAUDE_OPUS_4_5 = "claude-opus-4-5"
        CLAUDE_OPUS_4_5_20251101 = "claude-opus-4-5-20251101"

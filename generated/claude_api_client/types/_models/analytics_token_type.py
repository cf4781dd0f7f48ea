# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AnalyticsTokenType: TypeAlias = Literal[
        "cache_creation.ephemeral_1h_input_tokens",
        "cache_creation.ephemeral_5m_input_tokens",
        "cache_read_input_tokens",
        "output_tokens",
        "uncached_input_tokens",
    ]
else:

    class AnalyticsTokenType(OpenEnum):
        """Kinds of tokens counted or priced."""

        CACHE_CREATION_EPHEMERAL_1H_INPUT_TOKENS = "cache_creation.ephemeral_1h_input_tokens"
        CACHE_CREATION_EPHEMERAL_5M_INPUT_TOKENS = "cache_creation.ephemeral_5m_input_tokens"
        CACHE_READ_INPUT_TOKENS = "cache_read_input_tokens"
        OUTPUT_TOKENS = "output_tokens"
        UNCACHED_INPUT_TOKENS = "uncached_input_tokens"

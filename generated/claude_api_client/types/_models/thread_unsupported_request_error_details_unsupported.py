# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ThreadUnsupportedRequestErrorDetailsUnsupported: TypeAlias = Literal[
        "cache_control",
        "context_management",
        "fallbacks",
        "hipaa",
        "inference_hooks",
        "thinking",
    ]
else:

    class ThreadUnsupportedRequestErrorDetailsUnsupported(OpenEnum):
        CACHE_CONTROL = "cache_control"
        CONTEXT_MANAGEMENT = "context_management"
        FALLBACKS = "fallbacks"
        HIPAA = "hipaa"
        INFERENCE_HOOKS = "inference_hooks"
        THINKING = "thinking"

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    PluginMarketplaceSyncStatus: TypeAlias = Literal[
        "failed_auth",
        "failed_content",
        "failed_limits",
        "failed_transient",
        "in_progress",
        "success",
    ]
else:

    class PluginMarketplaceSyncStatus(OpenEnum):
        FAILED_AUTH = "failed_auth"
        FAILED_CONTENT = "failed_content"
        FAILED_LIMITS = "failed_limits"
        FAILED_TRANSIENT = "failed_transient"
        IN_PROGRESS = "in_progress"
        SUCCESS = "success"

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    PluginContentScanStatus: TypeAlias = Literal["completed", "errored", "processing"]
else:

    class PluginContentScanStatus(OpenEnum):
        """Where the scan is."""

        COMPLETED = "completed"
        ERRORED = "errored"
        PROCESSING = "processing"

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    TelemetryDestinationContentMode: TypeAlias = Literal["metadata_only", "content"]
else:

    class TelemetryDestinationContentMode(OpenEnum):
        """What exported spans hold: metadata only, or message content too."""

        METADATA_ONLY = "metadata_only"
        CONTENT = "content"

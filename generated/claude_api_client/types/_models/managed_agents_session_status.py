# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsSessionStatus: TypeAlias = Literal["rescheduling", "running", "idle", "terminated"]
else:

    class ManagedAgentsSessionStatus(OpenEnum):
        """Values of session status."""

        RESCHEDULING = "rescheduling"
        RUNNING = "running"
        IDLE = "idle"
        TERMINATED = "terminated"

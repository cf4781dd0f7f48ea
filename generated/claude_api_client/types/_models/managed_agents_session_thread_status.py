# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsSessionThreadStatus: TypeAlias = Literal[
        "running", "idle", "rescheduling", "terminated"
    ]
else:

    class ManagedAgentsSessionThreadStatus(OpenEnum):
        """Values of session thread status."""

        RUNNING = "running"
        IDLE = "idle"
        RESCHEDULING = "rescheduling"
        TERMINATED = "terminated"

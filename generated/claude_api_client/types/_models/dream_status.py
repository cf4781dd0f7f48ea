# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    DreamStatus: TypeAlias = Literal["pending", "running", "completed", "failed", "canceled"]
else:

    class DreamStatus(OpenEnum):
        """Where a dream is in its life."""

        PENDING = "pending"
        RUNNING = "running"
        COMPLETED = "completed"
        FAILED = "failed"
        CANCELED = "canceled"

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    WorkLeaseStateState: TypeAlias = Literal["queued", "starting", "active", "stopping", "stopped"]
else:

    class WorkLeaseStateState(OpenEnum):
        """Lifecycle state of the work item."""

        QUEUED = "queued"
        STARTING = "starting"
        ACTIVE = "active"
        STOPPING = "stopping"
        STOPPED = "stopped"

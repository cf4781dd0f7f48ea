# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsMemoryVersionOperation: TypeAlias = Literal["created", "modified", "deleted"]
else:

    class ManagedAgentsMemoryVersionOperation(OpenEnum):
        """The kind of change a memory version records."""

        CREATED = "created"
        MODIFIED = "modified"
        DELETED = "deleted"

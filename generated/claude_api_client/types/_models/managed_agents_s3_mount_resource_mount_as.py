# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsS3MountResourceMountAs: TypeAlias = Literal["read_write", "read_only"]
else:

    class ManagedAgentsS3MountResourceMountAs(OpenEnum):
        """Whether the session may write to the mount."""

        READ_WRITE = "read_write"
        READ_ONLY = "read_only"

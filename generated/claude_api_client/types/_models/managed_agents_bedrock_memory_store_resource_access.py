# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsBedrockMemoryStoreResourceAccess: TypeAlias = Literal["read_write", "read_only"]
else:

    class ManagedAgentsBedrockMemoryStoreResourceAccess(OpenEnum):
        """Read-only or read-write access."""

        READ_WRITE = "read_write"
        READ_ONLY = "read_only"

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ManagedAgentsMemoryToolName: TypeAlias = Literal[
        "memory_list",
        "memory_read",
        "memory_search",
        "memory_write",
        "memory_str_replace",
        "memory_append",
        "memory_delete",
    ]
else:

    class ManagedAgentsMemoryToolName(OpenEnum):
        """Bedrock: the name of a tool of the memory toolset."""

        MEMORY_LIST = "memory_list"
        MEMORY_READ = "memory_read"
        MEMORY_SEARCH = "memory_search"
        MEMORY_WRITE = "memory_write"
        MEMORY_STR_REPLACE = "memory_str_replace"
        MEMORY_APPEND = "memory_append"
        MEMORY_DELETE = "memory_delete"

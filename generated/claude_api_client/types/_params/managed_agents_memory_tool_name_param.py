# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsMemoryToolNameParam: TypeAlias = Literal[
    "memory_list",
    "memory_read",
    "memory_search",
    "memory_write",
    "memory_str_replace",
    "memory_append",
    "memory_delete",
]
"""
Bedrock: the name of a tool of the memory toolset.
"""

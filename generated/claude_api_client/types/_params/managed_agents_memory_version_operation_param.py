# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsMemoryVersionOperationParam: TypeAlias = Literal["created", "modified", "deleted"]
"""
The kind of change a memory version records.
"""

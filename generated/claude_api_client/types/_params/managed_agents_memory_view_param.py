# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsMemoryViewParam: TypeAlias = Literal["basic", "full"]
"""
How much of a memory to return: `basic` leaves `content` null, `full` fills it.
"""

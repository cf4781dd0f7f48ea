# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

DreamStatusParam: TypeAlias = Literal["pending", "running", "completed", "failed", "canceled"]
"""
Where a dream is in its life.
"""

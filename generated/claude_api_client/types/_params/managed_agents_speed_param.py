# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsSpeedParam: TypeAlias = Literal["standard", "fast"]
"""
Values of speed.
"""

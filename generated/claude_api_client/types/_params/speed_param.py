# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

SpeedParam: TypeAlias = Literal["standard", "fast"]
"""
Inference speed mode: `standard` or `fast`.
"""

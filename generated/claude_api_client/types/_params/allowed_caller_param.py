# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AllowedCallerParam: TypeAlias = Literal[
    "direct",
    "code_execution_20250825",
    "code_execution_20260120",
    "code_execution_20260521",
]
"""
Who may invoke a tool: `direct` (the model) or a code execution tool version.
"""

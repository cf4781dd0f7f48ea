# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

TextEditorCodeExecutionToolResultErrorCodeParam: TypeAlias = Literal[
    "invalid_tool_input",
    "unavailable",
    "too_many_requests",
    "execution_time_exceeded",
    "file_not_found",
]
"""
Why a sandbox text editor operation failed.
"""

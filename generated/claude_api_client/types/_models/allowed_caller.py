# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    AllowedCaller: TypeAlias = Literal[
        "direct",
        "code_execution_20250825",
        "code_execution_20260120",
        "code_execution_20260521",
    ]
else:

    class AllowedCaller(OpenEnum):
        """Who may invoke a tool: `direct` (the model) or a code execution tool version."""

        DIRECT = "direct"
        CODE_EXECUTION_20250825 = "code_execution_20250825"
        CODE_EXECUTION_20260120 = "code_execution_20260120"
        CODE_EXECUTION_20260521 = "code_execution_20260521"

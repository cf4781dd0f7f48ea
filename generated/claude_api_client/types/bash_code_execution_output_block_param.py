# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bash_code_execution_output_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.bash_code_execution_output_block_param import (
    BashCodeExecutionOutputBlockParam as BashCodeExecutionOutputBlockParam,
)

__all__ = [
    "BashCodeExecutionOutputBlockParam",
]

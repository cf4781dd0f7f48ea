# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_code_execution_output_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.code_execution_output_block_param import (
    CodeExecutionOutputBlockParam as BetaCodeExecutionOutputBlockParam,
)

__all__ = [
    "BetaCodeExecutionOutputBlockParam",
]

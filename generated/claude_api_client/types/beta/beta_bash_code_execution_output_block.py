# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_bash_code_execution_output_block`: the official path of these types."""

from __future__ import annotations

from .._models.bash_code_execution_output_block import (
    BashCodeExecutionOutputBlock as BetaBashCodeExecutionOutputBlock,
)

__all__ = [
    "BetaBashCodeExecutionOutputBlock",
]

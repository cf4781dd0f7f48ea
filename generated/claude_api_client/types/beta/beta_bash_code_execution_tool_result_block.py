# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_bash_code_execution_tool_result_block`: the official path of these types."""

from __future__ import annotations

from .._models.bash_code_execution_tool_result_block import (
    BashCodeExecutionToolResultBlock as BetaBashCodeExecutionToolResultBlock,
)
from .._models.bash_code_execution_tool_result_content import (
    BashCodeExecutionToolResultContent as Content,
)

__all__ = [
    "BetaBashCodeExecutionToolResultBlock",
    "Content",
]

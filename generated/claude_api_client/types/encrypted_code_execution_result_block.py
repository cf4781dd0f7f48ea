# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.encrypted_code_execution_result_block`: the official path of these types."""

from __future__ import annotations

from ._models.encrypted_code_execution_result_block import (
    EncryptedCodeExecutionResultBlock as EncryptedCodeExecutionResultBlock,
)

__all__ = [
    "EncryptedCodeExecutionResultBlock",
]

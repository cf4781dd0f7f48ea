# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_encrypted_code_execution_result_block`: the official path of these types."""

from __future__ import annotations

from .._models.encrypted_code_execution_result_block import (
    EncryptedCodeExecutionResultBlock as BetaEncryptedCodeExecutionResultBlock,
)

__all__ = [
    "BetaEncryptedCodeExecutionResultBlock",
]

# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_encrypted_code_execution_result_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.encrypted_code_execution_result_block_param import (
    EncryptedCodeExecutionResultBlockParam as BetaEncryptedCodeExecutionResultBlockParam,
)

__all__ = [
    "BetaEncryptedCodeExecutionResultBlockParam",
]

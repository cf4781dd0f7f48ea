# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class BashCodeExecutionOutputBlock(APIModel):
    """A file produced by a bash command."""

    file_id: str
    """Id of a file the code produced."""
    type: Literal["bash_code_execution_output"]
    """Always `bash_code_execution_output`."""

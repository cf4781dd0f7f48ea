# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedFile(APIModel):
    """Confirmation that a file was deleted."""

    id: str
    """Identifier of the deleted file."""
    type: Literal["file_deleted"] | None = None
    """Always `file_deleted`."""

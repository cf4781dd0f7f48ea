# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsFileResourceConfig(APIModel):
    """File resource config."""

    type: Literal["file"]
    """Always `file`."""
    file_id: str
    """ID of an uploaded file."""
    mount_path: str | None = None
    """Path where it is mounted in the sandbox."""

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsFileResource(APIModel):
    """File resource."""

    type: Literal["file"]
    id: str
    file_id: str
    mount_path: str
    created_at: Timestamp
    updated_at: Timestamp

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class FileScope(APIModel):
    """The resource a file belongs to, such as the session that created it."""

    type: Literal["session"]
    """Kind of owning resource; currently always `session`."""
    id: str
    """Identifier of the owning resource."""

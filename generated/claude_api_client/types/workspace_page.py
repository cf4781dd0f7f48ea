# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.workspace_page`: the official path of these types."""

from __future__ import annotations

from ._models.workspace_page import WorkspacePage as WorkspacePage

__all__ = [
    "WorkspacePage",
]

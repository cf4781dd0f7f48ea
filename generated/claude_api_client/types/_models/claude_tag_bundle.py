# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class ClaudeTagBundle(APIModel):
    """A named set of instructions that can be attached to Slack channels and workspaces."""

    id: str
    """ID of the bundle."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    description: str | None = None
    """What the bundle is for."""
    display_name: str
    """Its name as people see it."""
    instructions: str | None = None
    """The instructions Claude follows where the bundle is attached."""
    type: Literal["bundle"]
    """Always `bundle`."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .capability_support import CapabilitySupport


class ContextManagementCapability(APIModel):
    """Support for server-side context management, strategy by strategy."""

    supported: bool
    """True when the model accepts any context-management strategy."""
    clear_thinking_20251015: CapabilitySupport | None = None
    """Support for the `clear_thinking_20251015` strategy."""
    clear_tool_uses_20250919: CapabilitySupport | None = None
    """Support for the `clear_tool_uses_20250919` strategy."""
    compact_20260112: CapabilitySupport | None = None
    """Support for the `compact_20260112` strategy."""

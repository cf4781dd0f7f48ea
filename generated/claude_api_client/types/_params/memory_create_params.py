# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_memory_view_param import ManagedAgentsMemoryViewParam


class MemoryCreateParams(TypedDict):
    """
    Body that writes a new memory.
    """

    path: str
    """
    Where to store the memory, starting with `/`.
    """
    content: str | None
    """
    The memory's text (UTF-8, at most 100 kB).
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    view: NotRequired[ManagedAgentsMemoryViewParam]
    """
    `basic` leaves `content` null, `full` includes it.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """

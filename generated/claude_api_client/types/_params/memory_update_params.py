# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_content_sha256_precondition_param import (
    ManagedAgentsContentSha256PreconditionParam,
)
from .managed_agents_memory_view_param import ManagedAgentsMemoryViewParam


class MemoryUpdateParams(TypedDict):
    """
    Body that changes a memory's content or path.
    """

    content: NotRequired[str | None]
    """
    New text; omit to keep it.
    """
    path: NotRequired[str | None]
    """
    New path; omit to keep it.
    """
    precondition: NotRequired[ManagedAgentsContentSha256PreconditionParam]
    """
    Apply the update only if this holds.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    memory_store_id: str
    """
    ID of the memory store.
    """
    view: NotRequired[ManagedAgentsMemoryViewParam]
    """
    `basic` leaves `content` null, `full` includes it.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam


class MemoryStoreUpdateParams(TypedDict):
    """
    Body that changes a memory store's name, description or metadata.
    """

    name: NotRequired[str | None]
    """
    New name; omit to keep the current one.
    """
    description: NotRequired[str | None]
    """
    New description; omit to keep it, empty string to clear it.
    """
    metadata: NotRequired[Mapping[str, str | None] | None]
    """
    Labels to merge in; a null value deletes that key.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """

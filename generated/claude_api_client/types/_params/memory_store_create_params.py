# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_managed_memory_store_backend_param import (
    ManagedAgentsManagedMemoryStoreBackendParam,
)


class MemoryStoreCreateParams(TypedDict):
    """
    Body that creates a memory store.
    """

    backend: NotRequired[ManagedAgentsManagedMemoryStoreBackendParam | None]
    """
    Bedrock: where the store keeps its memories; omitted or null means `{"type": "managed"}`, fixed at creation.
    """
    name: str
    """
    Name of the store, 1 to 255 characters.
    """
    description: NotRequired[str]
    """
    What the store holds, for the agent; up to 1024 characters.
    """
    metadata: NotRequired[Mapping[str, str]]
    """
    Your own key-value labels (up to 16 pairs).
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_memory_view_param import ManagedAgentsMemoryViewParam


class MemoryListParams(TypedDict, total=False):
    """The parameters of `client.beta.memory_stores.memories.list(...)`, as one dict (`client.beta.memory_stores.memories.list(**params)`)."""

    path_prefix: str
    depth: int
    limit: int
    page: str
    view: ManagedAgentsMemoryViewParam
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]

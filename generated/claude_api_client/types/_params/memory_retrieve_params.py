# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_memory_view_param import ManagedAgentsMemoryViewParam


class MemoryRetrieveParams(TypedDict, total=False):
    """The parameters of `client.beta.memory_stores.memories.retrieve(...)`, as one dict (`client.beta.memory_stores.memories.retrieve(**params)`)."""

    memory_store_id: Required[str]
    view: ManagedAgentsMemoryViewParam
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_memory_view_param import ManagedAgentsMemoryViewParam


class MemoryVersionRetrieveParams(TypedDict, total=False):
    """The parameters of `client.beta.memory_stores.memory_versions.retrieve(...)`, as one dict (`client.beta.memory_stores.memory_versions.retrieve(**params)`)."""

    memory_store_id: Required[str]
    view: ManagedAgentsMemoryViewParam
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_memory_version_operation_param import ManagedAgentsMemoryVersionOperationParam
from .managed_agents_memory_view_param import ManagedAgentsMemoryViewParam


class MemoryVersionListParams(TypedDict, total=False):
    """The parameters of `client.beta.memory_stores.memory_versions.list(...)`, as one dict (`client.beta.memory_stores.memory_versions.list(**params)`)."""

    memory_id: str
    session_id: str
    api_key_id: str
    service_account_id: str
    operation: ManagedAgentsMemoryVersionOperationParam
    created_at_gte: str | datetime
    created_at_lte: str | datetime
    limit: int
    page: str
    view: ManagedAgentsMemoryViewParam
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]

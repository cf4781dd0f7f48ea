# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_session_thread_status_param import ManagedAgentsSessionThreadStatusParam


class ThreadListParams(TypedDict, total=False):
    """The parameters of `client.beta.sessions.threads.list(...)`, as one dict (`client.beta.sessions.threads.list(**params)`)."""

    limit: int
    page: str
    statuses: Sequence[ManagedAgentsSessionThreadStatusParam]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]

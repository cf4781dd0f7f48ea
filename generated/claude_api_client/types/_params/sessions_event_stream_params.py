# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_event_delta_type_param import ManagedAgentsEventDeltaTypeParam


class SessionsEventStreamParams(TypedDict, total=False):
    """The parameters of `client.beta.sessions.events.stream(...)`, as one dict (`client.beta.sessions.events.stream(**params)`)."""

    event_deltas: Sequence[ManagedAgentsEventDeltaTypeParam]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]

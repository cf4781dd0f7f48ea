# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class EventListParams(TypedDict, total=False):
    """The parameters of `client.beta.sessions.threads.events.list(...)`, as one dict (`client.beta.sessions.threads.events.list(**params)`)."""

    session_id: Required[str]
    limit: int
    page: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]

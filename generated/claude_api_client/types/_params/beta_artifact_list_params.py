# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from typing_extensions import Required, TypedDict

from .analytics_artifact_group_by_param import AnalyticsArtifactGroupByParam
from .anthropic_beta_param import AnthropicBetaParam


class BetaArtifactListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.analytics.artifacts.list(...)`, as one dict (`client.beta.organization.analytics.artifacts.list(**params)`)."""

    date: Required[str | date]
    filter: Sequence[str]
    group_by: Sequence[AnalyticsArtifactGroupByParam]
    limit: int
    page: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]

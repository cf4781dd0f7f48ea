# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class VersionDownloadParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.plugins.versions.download(...)`, as one dict (`client.beta.organization.plugins.versions.download(**params)`)."""

    plugin_id: Required[str]
    organization_id: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]

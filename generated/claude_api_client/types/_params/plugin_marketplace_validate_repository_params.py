# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class PluginMarketplaceValidateRepositoryParams(TypedDict):
    """
    A marketplace repository to check.
    """

    repository_url: str
    """
    URL of the Git repository.
    """
    ref: NotRequired[str | None]
    """
    Branch, tag or commit to read; the default branch when left out.
    """

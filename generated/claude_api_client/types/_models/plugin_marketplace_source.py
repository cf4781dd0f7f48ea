# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    PluginMarketplaceSource: TypeAlias = Literal[
        "directory", "github", "gitlab", "manual", "public_git"
    ]
else:

    class PluginMarketplaceSource(OpenEnum):
        """Where its plugins come from."""

        DIRECTORY = "directory"
        GITHUB = "github"
        GITLAB = "gitlab"
        MANUAL = "manual"
        PUBLIC_GIT = "public_git"

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_repository_checkout_param import (
    ManagedAgentsRepositoryCheckoutParam,
)


class ManagedAgentsGitHubRepositoryResourceParams(TypedDict):
    """
    Request shape of git hub repository resource.
    """

    type: Literal["github_repository"]
    """
    Always `github_repository`.
    """
    url: str
    """
    URL of the GitHub repository resource.
    """
    authorization_token: str
    """
    Token used to reach the repository (write-only; never returned).
    """
    mount_path: NotRequired[str | None]
    """
    Path where it is mounted in the sandbox.
    """
    checkout: NotRequired[ManagedAgentsRepositoryCheckoutParam | None]
    """
    Which branch or commit to check out.
    """

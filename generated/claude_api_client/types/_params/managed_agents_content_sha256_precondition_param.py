# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsContentSha256PreconditionParam(TypedDict):
    """
    Apply the update only if the memory's current content has this SHA-256 digest.
    """

    type: Literal["content_sha256"]
    """
    Always `content_sha256`.
    """
    content_sha256: NotRequired[str]
    """
    Expected SHA-256 (lowercase hex) of the memory's current content.
    """

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_content_sha256_precondition_param import (
    ManagedAgentsContentSha256PreconditionParam,
)


class MemoryUpdateParams(TypedDict):
    """
    Body that changes a memory's content or path.
    """

    content: NotRequired[str | None]
    """
    New text; omit to keep it.
    """
    path: NotRequired[str | None]
    """
    New path; omit to keep it.
    """
    precondition: NotRequired[ManagedAgentsContentSha256PreconditionParam]
    """
    Apply the update only if this holds.
    """

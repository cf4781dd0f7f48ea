# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired


class SkillCreateParams(TypedDict):
    """
    Multipart form that creates a skill from the files of its first version.
    """

    files: Sequence[bytes]
    """
    The skill's files, all under one top-level directory that holds a SKILL.md at its root.
    """
    display_name: NotRequired[str | None]
    """
    Label for people (at most 255 characters); defaults to the `name` in SKILL.md.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """

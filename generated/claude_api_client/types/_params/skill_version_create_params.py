# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict


class SkillVersionCreateParams(TypedDict):
    """
    Multipart form that adds a new version to an existing skill.
    """

    files: Sequence[bytes]
    """
    The new version's files, all under one top-level directory that holds a SKILL.md at its root.
    """

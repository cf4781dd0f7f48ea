# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsFileRubricParams(TypedDict):
    """
    Request shape of file rubric.
    """

    type: Literal["file"]
    """
    Always `file`.
    """
    file_id: str
    """
    ID of an uploaded file.
    """

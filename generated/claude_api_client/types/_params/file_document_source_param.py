# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class FileDocumentSourceParam(TypedDict):
    """
    A document given by Files API id.
    """

    file_id: str
    """
    Id of the uploaded document file.
    """
    type: Literal["file"]
    """
    Always `file`.
    """

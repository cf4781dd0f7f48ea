# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_document_source_param import ManagedAgentsDocumentSourceParam


class ManagedAgentsDocumentBlockParam(TypedDict):
    """
    Document block.
    """

    type: Literal["document"]
    """
    Always `document`.
    """
    source: ManagedAgentsDocumentSourceParam
    """
    Where the content comes from.
    """
    title: NotRequired[str | None]
    """
    Title of the document block; null when none.
    """
    context: NotRequired[str | None]
    """
    Extra context for the evaluator.
    """

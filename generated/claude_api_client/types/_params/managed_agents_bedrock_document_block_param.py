# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_bedrock_document_source_param import (
    ManagedAgentsBedrockDocumentSourceParam,
)


class ManagedAgentsBedrockDocumentBlockParam(TypedDict):
    """
    Bedrock: a document in a user message, sent inline only.
    """

    type: Literal["document"]
    """
    Always `document`.
    """
    source: ManagedAgentsBedrockDocumentSourceParam
    """
    The document's content.
    """
    title: NotRequired[str | None]
    """
    Title of the document; null for none.
    """
    context: NotRequired[str | None]
    """
    What the model should know about the document; null for none.
    """

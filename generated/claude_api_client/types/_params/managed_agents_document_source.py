# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_base64_document_source import ManagedAgentsBase64DocumentSource
from .managed_agents_file_document_source import ManagedAgentsFileDocumentSource
from .managed_agents_plain_text_document_source import (
    ManagedAgentsPlainTextDocumentSource,
)
from .managed_agents_url_document_source import ManagedAgentsURLDocumentSource

ManagedAgentsDocumentSource: TypeAlias = (
    ManagedAgentsBase64DocumentSource
    | ManagedAgentsPlainTextDocumentSource
    | ManagedAgentsURLDocumentSource
    | ManagedAgentsFileDocumentSource
)
"""
One of the document source shapes, told apart by `type`.
"""

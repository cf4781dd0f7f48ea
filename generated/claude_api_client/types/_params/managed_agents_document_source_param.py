# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_base64_document_source_param import (
    ManagedAgentsBase64DocumentSourceParam,
)
from .managed_agents_file_document_source_param import (
    ManagedAgentsFileDocumentSourceParam,
)
from .managed_agents_plain_text_document_source_param import (
    ManagedAgentsPlainTextDocumentSourceParam,
)
from .managed_agents_url_document_source_param import (
    ManagedAgentsURLDocumentSourceParam,
)

ManagedAgentsDocumentSourceParam: TypeAlias = (
    ManagedAgentsBase64DocumentSourceParam
    | ManagedAgentsPlainTextDocumentSourceParam
    | ManagedAgentsURLDocumentSourceParam
    | ManagedAgentsFileDocumentSourceParam
)
"""
One of the document source shapes, told apart by `type`.
"""

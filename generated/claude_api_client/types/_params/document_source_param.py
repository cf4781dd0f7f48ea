# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .base64_pdf_source import Base64PDFSource
from .content_block_source_param import ContentBlockSourceParam
from .file_document_source_param import FileDocumentSourceParam
from .plain_text_source import PlainTextSource
from .urlpdf_source_param import URLPDFSourceParam

DocumentSourceParam: TypeAlias = (
    Base64PDFSource
    | PlainTextSource
    | ContentBlockSourceParam
    | URLPDFSourceParam
    | FileDocumentSourceParam
)
"""
Where a document's content comes from: inline data, a URL, a file or custom blocks.
"""

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .base64_pdf_source_param import Base64PDFSourceParam
from .content_block_source_param import ContentBlockSourceParam
from .file_document_source_param import FileDocumentSourceParam
from .plain_text_source_param import PlainTextSourceParam
from .urlpdf_source_param import URLPDFSourceParam

DocumentSourceParam: TypeAlias = (
    Base64PDFSourceParam
    | PlainTextSourceParam
    | ContentBlockSourceParam
    | URLPDFSourceParam
    | FileDocumentSourceParam
)
"""
Where a document's content comes from: inline data, a URL, a file or custom blocks.
"""

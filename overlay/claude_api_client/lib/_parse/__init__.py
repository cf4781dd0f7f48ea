"""Structured outputs: turning a Python type into the JSON schema the API accepts, and a reply
back into that type."""

from __future__ import annotations

from ._response import ParsedOutputError, parse_message, validate_output
from ._transform import UnsupportedSchemaError, json_output_format, transform_schema
from ._types import ParsedContentBlock, ParsedMessage, ParsedTextBlock, ResponseFormatT

__all__ = [
    "ParsedContentBlock",
    "ParsedMessage",
    "ParsedOutputError",
    "ParsedTextBlock",
    "ResponseFormatT",
    "UnsupportedSchemaError",
    "json_output_format",
    "parse_message",
    "transform_schema",
    "validate_output",
]

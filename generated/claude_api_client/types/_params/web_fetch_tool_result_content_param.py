# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .web_fetch_block_param import WebFetchBlockParam
from .web_fetch_tool_result_error_block_param import WebFetchToolResultErrorBlockParam

WebFetchToolResultContentParam: TypeAlias = WebFetchToolResultErrorBlockParam | WebFetchBlockParam
"""
Outcome of a web fetch, as sent back.
"""

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .web_fetch_url_source_all_param import WebFetchURLSourceAllParam
from .web_fetch_url_source_none_param import WebFetchURLSourceNoneParam

WebFetchURLSourceUserInputParam: TypeAlias = WebFetchURLSourceAllParam | WebFetchURLSourceNoneParam
"""
Whether URLs in user messages are fetchable, told apart by `type`.
"""

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .web_fetch_url_source_all_param import WebFetchURLSourceAllParam
from .web_fetch_url_source_except_param import WebFetchURLSourceExceptParam
from .web_fetch_url_source_none_param import WebFetchURLSourceNoneParam
from .web_fetch_url_source_only_param import WebFetchURLSourceOnlyParam

WebFetchURLSourceToolFilterParam: TypeAlias = (
    WebFetchURLSourceAllParam
    | WebFetchURLSourceNoneParam
    | WebFetchURLSourceOnlyParam
    | WebFetchURLSourceExceptParam
)
"""
Which tools' results contribute fetchable URLs, told apart by `type`.
"""

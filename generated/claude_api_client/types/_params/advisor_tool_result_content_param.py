# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .advisor_redacted_result_block_param import AdvisorRedactedResultBlockParam
from .advisor_result_block_param import AdvisorResultBlockParam
from .advisor_tool_result_error_param import AdvisorToolResultErrorParam

AdvisorToolResultContentParam: TypeAlias = (
    AdvisorToolResultErrorParam | AdvisorResultBlockParam | AdvisorRedactedResultBlockParam
)
"""
What an advisor call produced, as sent back in a later request.
"""

# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .effort_level_param import EffortLevelParam
from .json_output_format_param import JSONOutputFormatParam
from .token_task_budget_param import TokenTaskBudgetParam


class OutputConfigParam(TypedDict):
    """
    Settings for the model's output.
    """

    effort: NotRequired[EffortLevelParam | None]
    """
    How much effort the model spends on the reply.
    """
    format: NotRequired[JSONOutputFormatParam | None]
    """
    Structured output format.
    """
    task_budget: NotRequired[TokenTaskBudgetParam | None]
    """
    Token budget for a task that spans several contexts.
    """

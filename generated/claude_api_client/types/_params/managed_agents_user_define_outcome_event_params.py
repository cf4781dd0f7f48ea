# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .managed_agents_rubric_params import ManagedAgentsRubricParams


class ManagedAgentsUserDefineOutcomeEventParams(TypedDict):
    """
    Request shape of user define outcome event.
    """

    type: Literal["user.define_outcome"]
    """
    Always `user.define_outcome`.
    """
    description: str
    """
    What the outcome is: the result the agent should reach.
    """
    rubric: ManagedAgentsRubricParams
    """
    What the outcome is judged against.
    """
    max_iterations: NotRequired[int | None]
    """
    Most evaluation rounds before giving up.
    """

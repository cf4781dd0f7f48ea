# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsActorTypeParam: TypeAlias = Literal[
    "api_actor", "federated_actor", "service_account_actor", "user_actor"
]
"""
Kinds of actor a report can filter or group by.
"""

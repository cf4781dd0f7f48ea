# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

SystemMessageClearAtParam: TypeAlias = Literal["next_user_message", "never"]
"""
How long a `system` message stays in front of the model: always (`never`, the default) or until the next user message.
"""

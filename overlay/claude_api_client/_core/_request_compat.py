"""Request rewrites the document asks for: default betas, deprecated body fields moved.

Both are data in the document, applied by the generated request builders:

- ``x-default-flags`` (operation): betas the beta surface always sends, after the caller's
  (``client.beta.messages.count_tokens`` sends ``token-counting-2024-11-01``, as the official
  package does);
- ``x-replaced-by`` (deprecated body property): the property is sent at its replacement's place
  (``output_format`` becomes ``output_config.format``) with a ``DeprecationWarning``; giving both
  is refused before anything is sent.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import Any

from ._exceptions import AnthropicError
from ._types import NotGiven, Omit

__all__ = ["move_deprecated", "with_default_betas"]


def with_default_betas(betas: object, defaults: Sequence[str]) -> object:
    """The caller's betas followed by the operation's own (duplicates are dropped later)."""
    if isinstance(betas, str):
        return betas  # refused where the header is built, naming the argument
    given: list[Any] = [] if betas is None or isinstance(betas, (NotGiven, Omit)) else list(betas)  # type: ignore[call-overload]
    return [*given, *defaults]


def move_deprecated(body: dict[str, Any], moves: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """`body` with each deprecated field (`name`) moved to its replacement (`outer.inner`)."""
    for name, target in moves:
        if name not in body:
            continue
        value = body.pop(name)
        if value is None:
            continue  # "no format": nothing to move
        outer, _, inner = target.partition(".")
        current = body.get(outer)
        if isinstance(current, Mapping) and current.get(inner) is not None:
            raise AnthropicError(
                f"Both {name} and {target} were given; pass only {target} ({name} is deprecated)."
            )
        warnings.warn(
            f"`{name}` is deprecated; pass `{outer}={{'{inner}': ...}}` instead "
            f"(it is sent as `{target}`).",
            DeprecationWarning,
            stacklevel=4,  # move_deprecated <- request builder <- resource method <- caller
        )
        body[outer] = {**current, inner: value} if isinstance(current, Mapping) else {inner: value}
    return body

"""Validating a structured-output reply against the requested type."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, cast

import pydantic

from ..._core._casts import attach_request_id
from ..._core._exceptions import AnthropicError
from ...types import Message
from ._types import ParsedMessage, ParsedTextBlock

__all__ = ["ParsedOutputError", "parse_message", "validate_output"]

_RAW_TEXT_SHOWN = 200


class ParsedOutputError(AnthropicError):
    """The model's reply does not validate as the requested `output_format`.

    `raw_text` is the text that was received, `errors` pydantic's list of problems (empty when
    the text is not JSON at all), `stop_reason` the message's (a reply cut by `max_tokens` or a
    `refusal` is the usual cause), `request_id` the response's.
    """

    def __init__(
        self,
        message: str,
        *,
        raw_text: str,
        errors: list[dict[str, Any]],
        stop_reason: str | None,
        request_id: str | None,
    ) -> None:
        super().__init__(message)
        self.raw_text = raw_text
        self.errors = errors
        self.stop_reason = stop_reason
        self.request_id = request_id


@lru_cache(maxsize=256)
def _adapter(output_type: Any) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(output_type)


def validate_output(
    text: str,
    output_format: object,
    *,
    stop_reason: str | None = None,
    request_id: str | None = None,
) -> Any:
    """`text` parsed as `output_format` (a type pydantic can validate, or a JSON schema dict,
    which gives the decoded JSON). Raises `ParsedOutputError` carrying the text."""

    def fail(problem: str, errors: list[dict[str, Any]]) -> ParsedOutputError:
        shown = text if len(text) <= _RAW_TEXT_SHOWN else text[:_RAW_TEXT_SHOWN] + "…"
        why = f" (stop_reason={stop_reason!r})" if stop_reason not in (None, "end_turn") else ""
        return ParsedOutputError(
            f"the reply does not validate as {_name(output_format)}{why}: {problem}; raw text: {shown!r}",
            raw_text=text,
            errors=errors,
            stop_reason=stop_reason,
            request_id=request_id,
        )

    if isinstance(output_format, Mapping):
        try:
            return json.loads(text)
        except ValueError as exc:
            raise fail(f"not JSON ({exc})", []) from exc
    try:
        adapter = _adapter(output_format)
    except TypeError:  # unhashable generic alias
        adapter = pydantic.TypeAdapter(cast(Any, output_format))
    try:
        return adapter.validate_json(text)
    except pydantic.ValidationError as exc:
        errors = [dict(e) for e in exc.errors(include_url=False, include_context=False)]
        first: dict[str, Any] = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc") or ()) or "(root)"
        raise fail(f"{where}: {first.get('msg', exc)}", errors) from exc


def _name(output_format: object) -> str:
    if isinstance(output_format, Mapping):
        return "the JSON schema"
    return getattr(output_format, "__name__", None) or repr(output_format)


def parse_message(message: Message, output_format: object | None) -> ParsedMessage[Any]:
    """`message` as a `ParsedMessage` whose text blocks are `ParsedTextBlock`s, their text
    validated as `output_format` when one is given (else `parsed_output` stays None)."""
    if isinstance(message, ParsedMessage):
        parsed: ParsedMessage[Any] = message
    else:
        parsed = ParsedMessage.model_validate(message.to_dict())
        attach_request_id(parsed, message.request_id)
    stop_reason = str(parsed.stop_reason) if parsed.stop_reason is not None else None
    content: list[Any] = []
    for block in parsed.content:
        if getattr(block, "type", None) != "text":
            content.append(block)
            continue
        text_block: ParsedTextBlock[Any] = (
            block
            if isinstance(block, ParsedTextBlock)
            else ParsedTextBlock[Any].model_validate(block.to_dict())
        )
        if output_format is not None:  # (a stream's blocks are parsed blocks already)
            text_block.parsed_output = validate_output(
                text_block.text,
                output_format,
                stop_reason=stop_reason,
                request_id=parsed.request_id,
            )
        content.append(text_block)
    parsed.content = content
    return parsed

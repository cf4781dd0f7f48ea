"""Reading `multipart/form-data` request bodies (uploads), without the deprecated `cgi` module."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ._protocol import APIFailure

__all__ = ["Part", "form_for_schema", "parse_multipart"]

_PARAM = re.compile(r';\s*([\w*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


@dataclass(frozen=True)
class Part:
    """One part of a form: its field name, file name (None for a plain value), type, bytes."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes

    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


def _params(header: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for key, raw in _PARAM.findall(header):
        value = raw.strip()
        if value.startswith('"') and value.endswith('"'):
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        values[key.lower()] = value
    return values


def _bad(why: str) -> APIFailure:
    return APIFailure(400, "invalid_request_error", f"multipart body: {why}")


def parse_multipart(body: bytes, content_type: str) -> list[Part]:
    """The parts of a `multipart/form-data` body, in order."""
    boundary = _params(content_type).get("boundary")
    if not boundary:
        raise _bad("the content-type has no boundary")
    delimiter = b"--" + boundary.encode("latin-1")
    chunks = body.split(delimiter)
    if len(chunks) < 3 or not chunks[-1].startswith(b"--"):
        raise _bad("the closing boundary is missing")
    parts: list[Part] = []
    for chunk in chunks[1:-1]:
        if chunk.startswith(b"\r\n"):
            chunk = chunk[2:]
        if chunk.endswith(b"\r\n"):
            chunk = chunk[:-2]
        head, separator, data = chunk.partition(b"\r\n\r\n")
        if not separator:
            raise _bad("a part has no blank line after its headers")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", errors="replace").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        disposition = _params(headers.get("content-disposition", ""))
        if "name" not in disposition:
            raise _bad("a part has no name")
        parts.append(
            Part(
                disposition["name"], disposition.get("filename"), headers.get("content-type"), data
            )
        )
    return parts


def form_for_schema(
    parts: list[Part], schema: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The form as two dicts: one shaped for validation against the operation's schema (plain
    values converted to the property's type, file parts as text, arrays as lists), and one for
    the handler (file parts kept as `Part`)."""
    properties: dict[str, Any] = schema.get("properties") or {}
    checked: dict[str, Any] = {}
    handed: dict[str, Any] = {}
    for part in parts:
        name = part.name[:-2] if part.name.endswith("[]") else part.name
        prop = properties.get(name) or {}
        kind = prop.get("type")
        if kind is None:
            kinds = [m.get("type") for m in prop.get("anyOf", ()) if isinstance(m, dict)]
            kind = next((k for k in kinds if k and k != "null"), None)
        as_text = part.text() if part.filename is None else part.data.decode("latin-1")
        value: Any = as_text
        if part.filename is None and kind == "integer" and re.fullmatch(r"-?\d+", as_text):
            value = int(as_text)
        elif part.filename is None and kind == "boolean" and as_text in ("true", "false"):
            value = as_text == "true"
        handed_value: Any = part if part.filename is not None else value
        if kind == "array" or part.name.endswith("[]"):
            checked.setdefault(name, []).append(value)
            handed.setdefault(name, []).append(handed_value)
        else:
            checked[name] = value
            handed[name] = handed_value
    return checked, handed

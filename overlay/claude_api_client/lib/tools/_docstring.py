"""Reading a tool's description and its parameters' descriptions from a docstring.

Understands the three common layouts: Google (`Args:` / `Arguments:` / `Parameters:` followed by
indented `name (type): text` entries), NumPy (`Parameters` over a dashed line, `name : type`
then indented text) and Sphinx (`:param name: text`). Everything before the first section is the
tool's description.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field

__all__ = ["Docstring", "parse_docstring"]

_GOOGLE_HEADER = re.compile(r"^(Args|Arguments|Parameters|Params)\s*:\s*$", re.I)
_GOOGLE_ENTRY = re.compile(r"^\*{0,2}(\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")
_SECTION = re.compile(
    r"^(Returns?|Yields?|Raises?|Examples?|Notes?|See Also|Warnings?|Attributes|References)\s*:?\s*$",
    re.I,
)
_SPHINX_PARAM = re.compile(r"^:param\s+(?:[^:]*\s)?(\w+)\s*:\s*(.*)$")
_SPHINX_OTHER = re.compile(r"^:(returns?|rtype|raises?|type)\b", re.I)
_DASHES = re.compile(r"^\s*-{3,}\s*$")


@dataclass
class Docstring:
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def parse_docstring(doc: str | None) -> Docstring:
    """The description (text before any section) and `{parameter: description}` of `doc`."""
    if not doc:
        return Docstring()
    lines = inspect.cleandoc(doc).splitlines()
    result = Docstring()
    description: list[str] = []
    i = 0
    in_description = True
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        numpy_header = i + 1 < len(lines) and _DASHES.match(lines[i + 1]) is not None
        if _GOOGLE_HEADER.match(stripped) and not numpy_header:
            in_description = False
            i = _google_params(lines, i + 1, result.params)
            continue
        if numpy_header:
            in_description = False
            if stripped.lower() in ("parameters", "params", "arguments", "args"):
                i = _numpy_params(lines, i + 2, result.params)
            else:
                i = _skip_numpy_section(lines, i + 2)
            continue
        match = _SPHINX_PARAM.match(stripped)
        if match:
            in_description = False
            text = [match.group(2).strip()]
            i += 1
            while i < len(lines) and lines[i].strip() and _indent(lines[i]) > 0:
                text.append(lines[i].strip())
                i += 1
            result.params[match.group(1)] = " ".join(t for t in text if t)
            continue
        if _SECTION.match(stripped) or _SPHINX_OTHER.match(stripped):
            in_description = False
        if in_description:
            description.append(line)
        i += 1
    result.description = "\n".join(description).strip()
    return result


def _google_params(lines: list[str], i: int, params: dict[str, str]) -> int:
    base: int | None = None
    name: str | None = None
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        indent = _indent(line)
        if indent == 0:
            break
        if base is None:
            base = indent
        match = _GOOGLE_ENTRY.match(line.strip()) if indent == base else None
        if match:
            name = match.group(1)
            params[name] = match.group(2).strip()
        elif name is not None and indent > base:
            params[name] = f"{params[name]} {line.strip()}".strip()
        i += 1
    return i


def _numpy_params(lines: list[str], i: int, params: dict[str, str]) -> int:
    name: str | None = None
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _DASHES.match(lines[i + 1]):
            break
        if line.strip() and _indent(line) == 0:
            name = line.split(":", 1)[0].strip()
            params[name] = ""
        elif line.strip() and name is not None:
            params[name] = f"{params[name]} {line.strip()}".strip()
        i += 1
    return i


def _skip_numpy_section(lines: list[str], i: int) -> int:
    while i < len(lines) and not (i + 1 < len(lines) and _DASHES.match(lines[i + 1])):
        i += 1
    return i

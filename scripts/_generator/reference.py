"""The API reference (`generated/api.md`): every namespace, method, argument and type of the SDK,
written from the same operation views as the code, so it cannot drift from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .docstrings import first_sentence
from .loader import Operation
from .render import HEADER, Namespace, Renderer
from .schema_graph import resolve_ref

COMMON = "`extra_headers`, `extra_query`, `extra_body`, `timeout`"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _summary(op: Operation) -> str:
    return first_sentence(op.summary or op.description.partition(". ")[0])


def _argument_rows(renderer: Renderer, op: Operation, view: dict[str, Any]) -> list[str]:
    by_name = {p.name: p for p in op.params}
    rows = []
    ordered = (
        view["positional"]
        + view["keyword_required"]
        + [a for a in view["args"] if a["name"] == op.stream_param]
        + view["keyword_optional"]
    )
    for arg in ordered:
        param = by_name[arg["name"]]
        description = param.description
        if not description and isinstance(param.schema, dict):
            resolved = resolve_ref(renderer.doc, param.schema)
            description = resolved.get("description", "") if isinstance(resolved, dict) else ""
        where = {"body": "body", "query": "query", "path": "path", "header": "header"}
        rows.append(
            f"| `{arg['py_name']}` | `{_cell(arg['hint'])}` | "
            f"{'yes' if arg['required'] else ''} | {where[arg['location']]} | "
            f"{_cell(description)} |"
        )
    return rows


def _method(
    renderer: Renderer, dotted: str, op: Operation, beta: bool, surface: str = "anthropic"
) -> list[str]:
    view = renderer.op_view(op, beta, {}, {}, {}, surface)
    returns = view["result_type"]
    if view["kind"] == "page":
        returns = f"Page[{view.get('item_type', returns)}]"
    lines = [
        f"### `client.{dotted}.{op.method}()`",
        "",
        f"{_summary(op)} `{op.http_method.upper()} {op.path}` → `{returns}`"
        + (
            f"; with `{op.stream_param}=True`, a stream of `{op.event_schema}`"
            if view.get("event_type")
            else ""
        )
        + ".",
        "",
    ]
    rows = _argument_rows(renderer, op, view)
    if beta:
        rows.append("| `betas` | `Sequence[str]` |  | header | Beta features to enable. |")
    if rows:
        lines += ["| argument | type | required | sent in | description |", "|---|---|---|---|---|"]
        lines += rows
        lines.append("")
    lines += [f"Every method also takes {COMMON}.", ""]
    if view.get("stream_helper"):
        lines += [
            f"`client.{dotted}.{view['stream_helper']}(...)` takes the same arguments and gives a "
            "context manager over the event stream that also builds the final message.",
            "",
        ]
    return lines


def _types(renderer: Renderer, exports: dict[str, str]) -> list[str]:
    schemas = renderer.doc["components"]["schemas"]
    lines = [
        "## Types",
        "",
        "Importable from `claude_api_client.types` (response models, and the `…Param` "
        "request types).",
        "",
        "| name | kind | description |",
        "|---|---|---|",
    ]
    for name, module in sorted(exports.items()):
        kind = "response model" if module.startswith("_models.") else "request type"
        base = name[: -len("Param")] if name.endswith("Param") else name
        schema = schemas.get(name) or schemas.get(base) or {}
        description = first_sentence(str(schema.get("description", ""))) if schema else ""
        lines.append(f"| `{name}` | {kind} | {_cell(description)} |")
    return lines


def _dotted(ns: Namespace) -> str:
    """The namespace as a user reaches it: a platform's tree hangs from its client's `beta`."""
    return ".".join(("beta", *ns.path[1:]) if ns.platform else ns.path)


def _title(ns: Namespace) -> str:
    suffix = f" ({ns.platform} client)" if ns.platform else ""
    return f"`client.{_dotted(ns)}`{suffix}"


def _anchor(ns: Namespace) -> str:
    """The GitHub anchor of `_title(ns)`: lower case, punctuation dropped, spaces as hyphens."""
    text = _title(ns).lower().replace(" ", "-")
    return "".join(c for c in text if c.isalnum() or c in "-_")


def write_reference(renderer: Renderer, exports: dict[str, str], target: Path) -> None:
    namespaces = sorted(renderer.tree(), key=lambda n: (n.beta, n.path))  # GA first
    lines = [
        f"<!-- {HEADER.lstrip('# ')} -->",
        "",
        "# API reference",
        "",
        "Every method of `Anthropic` (and, awaited, `AsyncAnthropic`), by namespace. Each "
        "method also has `.with_raw_response` and `.with_streaming_response` forms.",
        "",
        "## Namespaces",
        "",
    ]
    for ns in namespaces:
        if ns.ops:
            lines.append(f"- [{_title(ns)}](#{_anchor(ns)})")
    lines.append("")
    for ns in namespaces:
        if not ns.ops:
            continue
        dotted = _dotted(ns)
        lines += [f"## {_title(ns)}", ""]
        for op in sorted(ns.ops, key=lambda o: o.method):
            lines += _method(renderer, dotted, op, ns.beta, ns.surface)
    lines += _types(renderer, exports)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")

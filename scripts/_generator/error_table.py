"""The API's error table: every error `type` and `error_code` with its HTTP status and exception
class, read from `x-error-class` on the members of the document's error unions, and the statuses
the API answers with no error type of its own (`x-status-classes` on the union of types).

Written as three modules (docs/internals.md, "The error table"):
- `claude_api_client/_error_table.py`: plain literals that import nothing, so that the package's
  lazy names and the simulator read the same facts as the runtime;
- `claude_api_client/_status_errors.py`: one exception class an HTTP error status (and its
  official aliases), each a subclass of the core's `APIStatusError`, with a docstring from the
  document, and the status → class and error type → class maps the core raises by;
- `claude_api_client/_error_classes.py`: one exception class an error code, each a thin subclass
  of its status's class, with a docstring from the code's schema.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import jinja2

from .loader import LoadError
from .schema_graph import REF_PREFIX

TEMPLATES = {
    "error_table.py.jinja": "_error_table.py",
    "status_errors.py.jinja": "_status_errors.py",
    "error_classes.py.jinja": "_error_classes.py",
}
# A union's discriminator names which table its members fill.
TABLES = {"type": "types", "error_code": "codes"}
STATUS_CLASSES = "x-status-classes"
DOC_WIDTH = 96  # a class docstring's lines, indented by four
SERVER_ERROR = 500  # the class of 500 is the base of every other 5xx status's class


def _mark(where: str, mark: Any) -> tuple[str, int]:
    name, status = (mark.get("name"), mark.get("status")) if isinstance(mark, dict) else (0, 0)
    if not (isinstance(name, str) and name.isidentifier() and isinstance(status, int)):
        raise LoadError(f"{where}: needs a class name and status")
    return name, status


def error_tables(doc: dict[str, Any]) -> dict[str, list[tuple[str, int, str]]]:
    """`{"types": [(type, status, class)], "codes": [(error_code, status, class)]}`, sorted.

    A union fills a table when every member carries `x-error-class`; a member without one, two
    types claiming one status, or an unknown discriminator is an error in the document."""
    schemas = doc["components"]["schemas"]
    tables: dict[str, list[tuple[str, int, str]]] = {"types": [], "codes": []}
    for union_name, union in sorted(schemas.items()):
        mapping = (union.get("discriminator") or {}).get("mapping") or {}
        members = {tag: schemas[ref.removeprefix(REF_PREFIX)] for tag, ref in mapping.items()}
        marked = [tag for tag, member in members.items() if "x-error-class" in member]
        if not marked:
            continue
        if len(marked) != len(members):
            missing = sorted(set(members) - set(marked))
            raise LoadError(f"{union_name}: members without x-error-class: {missing}")
        prop = union["discriminator"]["propertyName"]
        if prop not in TABLES:
            raise LoadError(f"{union_name}: x-error-class on a union told apart by {prop!r}")
        for tag, member in members.items():
            name, status = _mark(f"{union_name}.{tag}: x-error-class", member["x-error-class"])
            tables[TABLES[prop]].append((tag, status, name))
    statuses: dict[int, str] = {}
    for _, status, name in tables["types"]:
        if statuses.setdefault(status, name) != name:
            raise LoadError(f"error types {statuses[status]} and {name} both claim {status}")
    return {key: sorted(rows, key=lambda r: (r[1], r[0])) for key, rows in tables.items()}


def status_classes(
    doc: dict[str, Any], tables: dict[str, list[tuple[str, int, str]]]
) -> dict[int, str]:
    """HTTP status → the class the SDK raises for it: each error type's, and those the union of
    types lists in `x-status-classes` (statuses that come with no type of their own)."""
    found = {status: name for _, status, name in tables["types"]}
    for union_name, union in sorted(doc["components"]["schemas"].items()):
        for mark in union.get(STATUS_CLASSES) or []:
            name, status = _mark(f"{union_name}: {STATUS_CLASSES}", mark)
            if found.setdefault(status, name) != name:
                raise LoadError(f"{union_name}: {name} and {found[status]} both claim {status}")
    # The runtime reads each class's status back from this table: one status a class.
    twice = sorted({name for name in found.values() if list(found.values()).count(name) > 1})
    if twice:
        raise LoadError(f"{twice} stand for more than one HTTP status")
    return dict(sorted(found.items()))


def _docstring(description: str, tail: str) -> str:
    """The class docstring's text (without quotes): the schema's description, then `tail`."""
    text = " ".join(description.split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = textwrap.wrap(text, DOC_WIDTH) if text else []
    return "\n    ".join([*lines, *([""] if lines else []), tail])


def error_classes(
    doc: dict[str, Any], tables: dict[str, list[tuple[str, int, str]]], statuses: dict[int, str]
) -> list[dict[str, Any]]:
    """One row a code's class: its name, its base (the status's class), code, status, docstring."""
    schemas = doc["components"]["schemas"]
    descriptions = {
        (mark.get("status"), schema["properties"]["error_code"].get("const")): schema.get(
            "description", ""
        )
        for schema in schemas.values()
        if isinstance(mark := schema.get("x-error-class"), dict)
        and "error_code" in (schema.get("properties") or {})
    }
    rows: dict[str, dict[str, Any]] = {}
    for code, status, name in tables["codes"]:
        if status not in statuses:
            raise LoadError(
                f"error_code {code}: no exception class for HTTP {status} (give the status an "
                f"error type, or list it in {STATUS_CLASSES})"
            )
        if name in rows or name in statuses.values():
            raise LoadError(f"error_code {code}: the class name {name} is taken")
        tail = f"Raised for `error_code` `{code}` with HTTP {status}."
        doc_text = _docstring(str(descriptions.get((status, code), "")), tail)
        rows[name] = {
            "name": name,
            "base": statuses[status],
            "code": code,
            "status": status,
            "doc": doc_text,
        }
    return list(rows.values())


def status_rows(
    doc: dict[str, Any], tables: dict[str, list[tuple[str, int, str]]], statuses: dict[int, str]
) -> list[dict[str, Any]]:
    """One row a status's class: its name, base, status, error type, docstring and aliases.

    A 5xx status's class is a subclass of the class of 500 (`OverloadedError` is an
    `InternalServerError`); every other one of the core's `APIStatusError`."""
    marks: dict[str, tuple[dict[str, Any], str]] = {}  # class name → (its mark, description)
    for schema in doc["components"]["schemas"].values():
        if isinstance(mark := schema.get("x-error-class"), dict):
            marks[mark["name"]] = (mark, schema.get("description", ""))
        for mark in schema.get(STATUS_CLASSES) or []:
            marks[mark["name"]] = (mark, mark.get("description", ""))
    types = {status: tag for tag, status, _ in tables["types"]}
    server = statuses.get(SERVER_ERROR)
    taken = {name for _, _, name in tables["codes"]} | set(statuses.values())
    rows = []
    for status, name in statuses.items():
        mark, description = marks[name]
        aliases = mark.get("aliases") or []
        for alias in aliases:
            if not (isinstance(alias, str) and alias.isidentifier()) or alias in taken:
                raise LoadError(f"{name}: the alias {alias!r} is no free class name")
            taken.add(alias)
        tag = types.get(status)
        tail = f"Raised for HTTP {status}" + (f" (error type `{tag}`)." if tag else ".")
        rows.append(
            {
                "name": name,
                "base": server if server and status > SERVER_ERROR else "APIStatusError",
                "status": status,
                "type": tag,
                "doc": _docstring(str(description), tail),
                "aliases": aliases,
            }
        )
    return rows


def render_error_table(
    doc: dict[str, Any], env: jinja2.Environment, header: str, out: Path
) -> None:
    tables = error_tables(doc)
    statuses = status_classes(doc, tables)
    status_errors = status_rows(doc, tables, statuses)
    classes = error_classes(doc, tables, statuses)
    bases = sorted({row["base"] for row in classes})
    for template, target in TEMPLATES.items():
        text = env.get_template(template).render(
            header=header,
            statuses=statuses,
            status_errors=status_errors,
            classes=classes,
            bases=bases,
            **tables,
        )
        (out / target).write_text(text, encoding="utf-8")

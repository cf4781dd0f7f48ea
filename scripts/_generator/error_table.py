"""The API's error table: every error `type` and `error_code` with its HTTP status and exception
class, read from `x-error-class` on the members of the document's error unions, and the statuses
the API answers with no error type of its own (`x-status-classes` on the union of types).

Written as two modules (docs/internals.md, "The error table"):
- `claude_api_client/_error_table.py`: plain literals that import nothing, so that the runtime
  core (layer 1), the package's lazy names and the simulator read the same facts;
- `claude_api_client/_error_classes.py`: one exception class an error code, each a thin subclass
  of its status's class (which the core defines), with a docstring from the code's schema.
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
    "error_classes.py.jinja": "_error_classes.py",
}
# A union's discriminator names which table its members fill.
TABLES = {"type": "types", "error_code": "codes"}
STATUS_CLASSES = "x-status-classes"
DOC_WIDTH = 96  # a class docstring's lines, indented by four


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


def _docstring(description: str, code: str, status: int) -> str:
    """The class docstring's text (without quotes): the code's own description, then the code."""
    text = " ".join(description.split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    tail = f"Raised for `error_code` `{code}` with HTTP {status}."
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
        doc_text = _docstring(str(descriptions.get((status, code), "")), code, status)
        rows[name] = {
            "name": name,
            "base": statuses[status],
            "code": code,
            "status": status,
            "doc": doc_text,
        }
    return list(rows.values())


def render_error_table(
    doc: dict[str, Any], env: jinja2.Environment, header: str, out: Path
) -> None:
    tables = error_tables(doc)
    statuses = status_classes(doc, tables)
    classes = error_classes(doc, tables, statuses)
    bases = sorted({row["base"] for row in classes})
    for template, target in TEMPLATES.items():
        text = env.get_template(template).render(
            header=header, statuses=statuses, classes=classes, bases=bases, **tables
        )
        (out / target).write_text(text, encoding="utf-8")

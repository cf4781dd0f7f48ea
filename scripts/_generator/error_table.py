"""The API's error table: every error `type` and `error_code` with its HTTP status and exception
class, read from `x-error-class` on the members of the document's error unions.

Written as `claude_api_client/_error_table.py`, plain literals that import nothing, so that the
runtime core (layer 1) and the simulator read the same facts (docs/internals.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from .loader import LoadError
from .schema_graph import REF_PREFIX

TEMPLATE = "error_table.py.jinja"
# A union's discriminator names which table its members fill.
TABLES = {"type": "types", "error_code": "codes"}


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
            mark = member["x-error-class"]
            name, status = mark.get("name"), mark.get("status")
            if not (isinstance(name, str) and name.isidentifier() and isinstance(status, int)):
                raise LoadError(f"{union_name}.{tag}: x-error-class needs a class name and status")
            tables[TABLES[prop]].append((tag, status, name))
    statuses: dict[int, str] = {}
    for _, status, name in tables["types"]:
        if statuses.setdefault(status, name) != name:
            raise LoadError(f"error types {statuses[status]} and {name} both claim {status}")
    return {key: sorted(rows, key=lambda r: (r[1], r[0])) for key, rows in tables.items()}


def render_error_table(
    doc: dict[str, Any], env: jinja2.Environment, header: str, out: Path
) -> None:
    tables = error_tables(doc)
    text = env.get_template(TEMPLATE).render(header=header, **tables)
    (out / "_error_table.py").write_text(text, encoding="utf-8")

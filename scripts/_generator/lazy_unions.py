"""Post-processing of the open-union modules that `templates/models/TypeAliasType.jinja2` renders.

datamodel-codegen imports every member of a union at the top of its module. An open union's
runtime form (`lazy_union`) loads each member on first use instead, so here its member imports
move under `if TYPE_CHECKING:` (type checkers still read the plain union) and each member's
class name in the `lazy_union(...)` call becomes its `".module:Class"`, which the runtime imports.
"""

from __future__ import annotations

import ast
from pathlib import Path


def defer_union_members(models_dir: Path) -> None:
    for path in sorted(models_dir.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "= lazy_union(" in text:
            path.write_text(defer_member_imports(text), encoding="utf-8")


def defer_member_imports(text: str) -> str:
    tree = ast.parse(text)
    relative = [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.level == 1]
    others = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom)) and n.level == 0]
    lines = text.splitlines(keepends=True)
    modules: dict[str, str] = {}
    moved: list[str] = []
    for node in relative:
        for alias in node.names:
            modules[alias.asname or alias.name] = str(node.module)
        moved += lines[node.lineno - 1 : node.end_lineno]
    for node in reversed(relative):
        del lines[node.lineno - 1 : node.end_lineno]
    # Relative imports come last in an isort-ed module, so the other imports' lines are unmoved.
    insert_at = max((n.end_lineno or n.lineno) for n in others)
    block = ["\n", "if TYPE_CHECKING:\n", *("    " + line for line in moved)]
    lines[insert_at:insert_at] = block
    out = "".join(lines)
    head, sep, call = out.partition("= lazy_union(")
    for name, module in modules.items():
        call = call.replace(f'"{name}",', f'".{module}:{name}",')
    return head + sep + call

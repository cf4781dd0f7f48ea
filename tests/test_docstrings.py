"""What `help()` and an IDE hover show: every generated method and model field is documented from
the document, not with its operation id."""

from __future__ import annotations

import ast
import inspect
import pydoc
from pathlib import Path

import pytest

from claude_api_client import Anthropic, AsyncAnthropic

GENERATED = Path(__file__).resolve().parents[1] / "generated" / "claude_api_client"


def _public_methods(module_path: Path) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    found = []
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        if cls.name.endswith(("WithRawResponse", "WithStreamingResponse")):
            continue
        for node in cls.body:
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            overload = any(
                isinstance(d, ast.Name) and d.id == "overload" for d in node.decorator_list
            )
            cached = any(
                isinstance(d, ast.Name) and d.id == "cached_property" for d in node.decorator_list
            )
            if node.name.startswith("_") or overload or cached:
                continue
            found.append((f"{module_path.stem}.{cls.name}.{node.name}", node))
    return found


METHODS = [
    m
    # (`messages/messages.py`: a namespace's module inside its official package)
    for path in sorted((GENERATED / "resources").rglob("*.py"))
    # `_plain_<name>.py`: the layer-2 classes behind the public `<name>.py` (docs/internals.md)
    if not path.name.startswith("_") or path.name.startswith("_plain_")
    for m in _public_methods(path)
]


def test_there_are_methods_to_check() -> None:
    assert len(METHODS) > 40


@pytest.mark.parametrize("name,node", METHODS, ids=[m[0] for m in METHODS])
def test_every_method_has_a_real_docstring(name: str, node: ast.FunctionDef) -> None:
    doc = ast.get_docstring(node) or ""
    first = doc.splitlines()[0] if doc else ""
    assert first and "_" not in first.split()[0], f"{name}: {first!r} is not a summary"
    if node.name != "stream":  # the stream helper points at its method, which is documented
        for section in ("Args:", "Returns:", "Raises:"):
            assert section in doc, f"{name} lacks {section}"
        arguments = [a.arg for a in node.args.args[1:] + node.args.kwonlyargs]
        for argument in arguments:
            assert f"    {argument}: " in doc, f"{name}: argument {argument} is not described"


def test_every_model_field_has_a_docstring() -> None:
    missing = []
    total = 0
    for path in sorted((GENERATED / "types" / "_models").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            body = cls.body
            for i, node in enumerate(body):
                if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    total += 1
                    following = body[i + 1] if i + 1 < len(body) else None
                    if not (
                        isinstance(following, ast.Expr)
                        and isinstance(following.value, ast.Constant)
                        and isinstance(following.value.value, str)
                    ):
                        missing.append(f"{cls.name}.{node.target.id}")
    assert total > 300
    assert not missing, f"{len(missing)} of {total} fields undocumented: {missing[:20]}"


@pytest.mark.parametrize("cls", [Anthropic, AsyncAnthropic])
def test_help_shows_the_description_and_arguments(cls: type) -> None:
    client = cls(api_key="sk-ant-test")
    text = pydoc.render_doc(client.messages.create, renderer=pydoc.plaintext)
    assert "Args:" in text and "max_tokens:" in text and "Raises:" in text
    count = inspect.getdoc(client.messages.count_tokens) or ""
    assert count.startswith("Count the tokens of a message.")
    assert "without running it" in count  # the operation's description, not only its summary
    listing = inspect.getdoc(client.models.list) or ""
    assert "Returns:" in listing and "page" in listing

"""Models: list (auto-paging), retrieve, GA and beta."""

import anthropic
from _observe import show
from anthropic.types import ModelInfo

client = anthropic.Anthropic()

models = list(client.models.list(limit=1))
assert all(isinstance(m, ModelInfo) for m in models)
show("list", [m.id for m in models])
page = client.models.list(limit=2)
show("first_page", {"len": len(page.data), "has_more": page.has_more})
one = client.models.retrieve(models[0].id)
show("retrieve", {"id": one.id, "type": one.type, "display_name": one.display_name})
show("beta_list", [m.id for m in client.beta.models.list()])

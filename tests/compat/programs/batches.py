"""Message batches: create, retrieve, list, results."""

import anthropic
from _observe import show
from anthropic.types.messages import MessageBatch, MessageBatchIndividualResponse

client = anthropic.Anthropic()

batch = client.messages.batches.create(
    requests=[
        {
            "custom_id": f"req-{n}",
            "params": {
                "model": "claude-sonnet-4-5",
                "max_tokens": 16,
                "messages": [{"role": "user", "content": f"number {n}"}],
            },
        }
        for n in range(3)
    ]
)
assert isinstance(batch, MessageBatch)
show("create", {"type": batch.type, "id_prefix": batch.id.split("_")[0]})

again = client.messages.batches.retrieve(batch.id)
show(
    "retrieve",
    {
        "same": again.id == batch.id,
        "status": again.processing_status,
        "counts": again.request_counts.model_dump(),
    },
)

listed = [b.id for b in client.messages.batches.list(limit=10)]
show("list", batch.id in listed)

results = list(client.messages.batches.results(batch.id))
assert all(isinstance(r, MessageBatchIndividualResponse) for r in results)
show("results", sorted((r.custom_id, r.result.type) for r in results))
first = next(r for r in results if r.result.type == "succeeded")
show("result_message", first.result.message.content[0].type)

# requires: python>=3.11
# packages: opentelemetry-sdk
# OpenTelemetry spans across tasks: the current span lives in a contextvar, so child tasks
# created inside a span become its children without passing anything around.
import asyncio

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

exporter = InMemorySpanExporter()  # in production: an OTLP exporter behind a BatchSpanProcessor
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
trace.set_tracer_provider(provider)
tracer = trace.get_tracer("shop")


async def fetch(name, seconds):
    with tracer.start_as_current_span(f"fetch {name}"):  # parent taken from the task's context
        await asyncio.sleep(seconds)


async def handle_request():
    with tracer.start_as_current_span("GET /order"):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("stock", 0.02))
            tg.create_task(fetch("price", 0.01))


async def main():
    await handle_request()
    spans = {span.context.span_id: span for span in exporter.get_finished_spans()}
    for span in sorted(spans.values(), key=lambda s: s.start_time):
        parent = spans[span.parent.span_id].name if span.parent else "(root)"
        same_trace = span.context.trace_id == next(iter(spans.values())).context.trace_id
        print(f"{span.name:<12} parent: {parent:<10} same trace: {same_trace}")


asyncio.run(main())

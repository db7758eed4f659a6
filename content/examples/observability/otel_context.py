# requires: python>=3.11
# packages: opentelemetry-sdk
# en: OpenTelemetry spans across tasks: the current span lives in a contextvar, so child tasks
# en: created inside a span become its children without passing anything around.
# zh: 跨任务的 OpenTelemetry span：当前 span 保存在上下文变量里，
# zh: 因此在某个 span 内创建的子任务，其中的 span 会自动成为它的子 span，无需层层传参。
import asyncio

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

# en: in production: an OTLP exporter behind a BatchSpanProcessor
# zh: 生产环境中：用 BatchSpanProcessor 包一个 OTLP 导出器
exporter = InMemorySpanExporter()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
trace.set_tracer_provider(provider)
tracer = trace.get_tracer("shop")


async def fetch(name, seconds):
    # en: parent taken from the task's context
    # zh: 父 span 取自任务的上下文
    with tracer.start_as_current_span(f"fetch {name}"):
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

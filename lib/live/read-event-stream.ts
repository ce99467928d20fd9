// Reads a Server-Sent Events body message by message, as a browser's EventSource would (for
// tests and benchmarks, which read streams without a browser). Comment lines are skipped.

export type StreamMessage = { event: string; id?: string; data: string };

/** Calls `onMessage` for each complete message until the stream ends or is cancelled. */
export async function readEventStream(body: ReadableStream<Uint8Array>, onMessage: (message: StreamMessage) => void, reader = body.getReader()): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) return;
    buffer += decoder.decode(chunk.value, { stream: true });
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block.split("\n").flatMap((line) => (line.startsWith(":") || !line.includes(":") ? [] : [[line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]])),
      );
      if (fields.data !== undefined) onMessage({ event: fields.event ?? "message", id: fields.id, data: fields.data });
    }
  }
}

import type { SnippetSegment } from "@/lib/search/snippet";

/** A snippet with its matched words marked. */
export function Snippet({ segments }: { segments: readonly SnippetSegment[] }) {
  return <>{segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}</>;
}

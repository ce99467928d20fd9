export const dynamic = "force-dynamic";

/** A bare route handler answering JSON: what Next.js itself costs per request. */
export function GET() {
  return Response.json({ claims: [{ id: "ceiling", status: "unchecked", quote: "A bare route handler" }] });
}

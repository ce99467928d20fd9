import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { ZCreateClaimSchema, ZUpdateClaimSchema } from "@/lib/validation/claim";
import { ZCreateSourceSchema } from "@/lib/validation/source";
import { apiRoute, describeZodError, readJson, readQuery, readText } from "./api-route";

const jsonRequest = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/x", { method: "POST", body, headers });

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the promise to reject");
}

describe("readJson", () => {
  const schema = z.strictObject({ name: z.string() });

  it("parses and validates a JSON object", async () => {
    await expect(readJson(jsonRequest('{"name":"x"}'), schema)).resolves.toEqual({ name: "x" });
  });

  it("refuses other content types with 415", async () => {
    expect((await rejection(readJson(jsonRequest('{"name":"x"}', { "content-type": "text/plain" }), schema))).status).toBe(415);
  });

  it("refuses bodies over the limit with 413, even without a Content-Length", async () => {
    const error = await rejection(readJson(jsonRequest(JSON.stringify({ name: "x".repeat(2000) })), schema, 1000));
    expect(error.status).toBe(413);
    expect(error.message).toContain("1 KB");
  });

  it("refuses malformed JSON and non-objects with 400", async () => {
    expect((await rejection(readJson(jsonRequest("{nope"), schema))).message).toBe("The request body is not valid JSON.");
    expect((await rejection(readJson(jsonRequest("[1,2]"), schema))).message).toBe("The request body must be a JSON object.");
  });
});

describe("error responses", () => {
  it("maps AppError codes to statuses and never leaks an unexpected error", async () => {
    const notFound = apiRoute(() => Promise.reject(new AppError("NOT_FOUND", "Claim abc does not exist.")));
    const crash = apiRoute(() => Promise.reject(new Error("secret internal detail")));
    const context = { params: Promise.resolve({}) };
    const first = await notFound(new Request("http://localhost"), context);
    expect(first.status).toBe(404);
    expect(await first.json()).toEqual({ error: "Claim abc does not exist." });
    const originalError = console.error;
    console.error = () => {};
    const second = await crash(new Request("http://localhost"), context);
    console.error = originalError;
    expect(second.status).toBe(500);
    expect(JSON.stringify(await second.json())).not.toContain("secret");
  });

  it("names the field and the problem for validation errors", () => {
    const message = (schema: z.ZodType, value: unknown) => describeZodError(schema.safeParse(value).error!);
    // A message that already starts with the field name is not prefixed with it again.
    expect(message(ZUpdateClaimSchema, { status: "done", version: 1 })).toBe("status must be one of: unchecked, in_progress, verified, incorrect, disputed, unverifiable.");
    expect(message(z.object({ count: z.number().min(1, "at least one") }), { count: 0 })).toBe("count: at least one");
    expect(message(ZUpdateClaimSchema, { status: "verified" })).toContain("version");
    expect(message(ZUpdateClaimSchema, { version: 1 })).toBe("Nothing to change: give status, note, kind, assigneeId, decision, needsRecheck or start and end.");
    expect(message(ZCreateClaimSchema, { quote: "a", start: 1, end: 2, kind: "name" })).toBe("Give either quote (with an optional occurrence) or start and end, not both.");
    expect(message(ZCreateClaimSchema, { start: 1, kind: "name" })).toBe("start and end must be given together.");
    expect(message(ZCreateSourceSchema, { url: "ftp://example.org" })).toBe("url must be an absolute http:// or https:// address.");
    expect(message(ZCreateSourceSchema, { url: "https://example.org", accessedAt: "2026-02-30" })).toBe("accessedAt is not a real date.");
    expect(message(ZCreateSourceSchema, { url: "https://example.org", extra: 1 })).toBe("Unknown field: extra.");
  });
});

describe("readQuery and readText", () => {
  it("validates the query string and answers what to fix", () => {
    const schema = z.strictObject({ format: z.enum(["md", "csv"]).default("md") });
    expect(readQuery(new Request("http://localhost/api/x?format=csv"), schema)).toEqual({ format: "csv" });
    expect(readQuery(new Request("http://localhost/api/x"), schema)).toEqual({ format: "md" });
    expect(() => readQuery(new Request("http://localhost/api/x?format=pdf"), schema)).toThrow(AppError);
  });

  it("reads a text body of an accepted type within the limit", async () => {
    const post = (body: string, type: string) => new Request("http://localhost/api/x", { method: "POST", body, headers: { "content-type": type } });
    await expect(readText(post("name\nAna", "text/csv; charset=utf-8"), { contentTypes: ["text/csv"], maxBytes: 100 })).resolves.toBe("name\nAna");
    expect((await rejection(readText(post("{}", "application/json"), { contentTypes: ["text/csv"], maxBytes: 100 }))).code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect((await rejection(readText(post("x".repeat(200), "text/csv"), { contentTypes: ["text/csv"], maxBytes: 100 }))).code).toBe("PAYLOAD_TOO_LARGE");
  });
});

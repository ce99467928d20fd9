import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { ZCreateClaimSchema, ZUpdateClaimSchema } from "@/lib/validation/claim";
import { ZCreateSourceSchema } from "@/lib/validation/source";
import { apiRoute, assertNotCrossSite, describeZodError, readJson, readMultipart, readQuery, readText } from "./api-route";

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
    expect(message(ZUpdateClaimSchema, { version: 1 })).toBe("Nothing to change: give status, note, kind, assigneeId, decision, noSourceReason, needsRecheck or start and end.");
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

describe("what the database cannot store is refused at the edge", () => {
  it("refuses NUL characters, broken characters and deep nesting in JSON bodies with 400, naming the place", async () => {
    const schema = z.looseObject({});
    expect((await rejection(readJson(jsonRequest(JSON.stringify({ note: "a\u0000b" })), schema))).message).toBe(
      "The request body cannot be stored: $.note contains a NUL character (\\u0000), which cannot be stored.",
    );
    expect((await rejection(readJson(jsonRequest('{"quote":"\\ud83d"}'), schema))).code).toBe("INVALID_INPUT");
    const deep = `${'{"content":['.repeat(2000)}1${"]}".repeat(2000)}`;
    expect((await rejection(readJson(jsonRequest(deep), schema))).message).toMatch(/nested more than 32 levels deep/);
  });

  it("refuses them in query strings and text bodies too", async () => {
    expect(() => readQuery(new Request("http://localhost/api/x?q=a%00b"), z.looseObject({}))).toThrow("The query parameter q contains a NUL character");
    const csv = new Request("http://localhost/api/x", { method: "POST", body: "name\nAna\u0000", headers: { "content-type": "text/csv" } });
    expect((await rejection(readText(csv, { contentTypes: ["text/csv"], maxBytes: 100 }))).code).toBe("INVALID_INPUT");
  });

  it("reads a multipart upload without holding more than the limit, chunked or not", async () => {
    const form = new FormData();
    form.set("file", new File(["x".repeat(5_000)], "big.txt", { type: "text/plain" }));
    const body = new Response(form);
    const chunked = new Request("http://localhost/api/x", {
      method: "POST",
      body: body.body,
      headers: { "content-type": body.headers.get("content-type")! },
      duplex: "half",
    } as RequestInit);
    expect((await rejection(readMultipart(chunked, { maxBytes: 1_000, tooLargeMessage: "Too big." }))).message).toBe("Too big.");
    const small = new FormData();
    small.set("title", "Budget");
    const read = await readMultipart(new Request("http://localhost/api/x", { method: "POST", body: small }), { maxBytes: 10_000 });
    expect(read.get("title")).toBe("Budget");
  });
});

describe("cross-site writes", () => {
  const post = (headers: Record<string, string>) => new Request("http://desk.example/api/x", { method: "POST", headers: { host: "desk.example", ...headers } });

  it("refuses a cookie-borne write from another site or another port of this host", () => {
    expect(() => assertNotCrossSite(post({ "sec-fetch-site": "same-site", origin: "http://desk.example:8080" }))).toThrow(AppError);
    expect(() => assertNotCrossSite(post({ "sec-fetch-site": "cross-site" }))).toThrow(AppError);
    expect(() => assertNotCrossSite(post({ origin: "http://evil.example" }))).toThrow(AppError);
    expect(() => assertNotCrossSite(post({ origin: "null" }))).toThrow(AppError);
  });

  it("lets this origin's pages, API tokens, scripts and reads through", () => {
    expect(() => assertNotCrossSite(post({ "sec-fetch-site": "same-origin", origin: "http://desk.example" }))).not.toThrow();
    expect(() => assertNotCrossSite(post({ "sec-fetch-site": "cross-site", authorization: "Bearer fdk_x" }))).not.toThrow();
    expect(() => assertNotCrossSite(post({}))).not.toThrow();
    expect(() => assertNotCrossSite(new Request("http://desk.example/api/x", { headers: { "sec-fetch-site": "cross-site" } }))).not.toThrow();
  });
});

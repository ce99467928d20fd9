import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import pg from "pg";
import { API_OPERATIONS, type ApiOperation } from "@/lib/http/api-catalog";
import { requestJsonSchema } from "@/lib/http/openapi";
import { bodyMangling, hostileValue, type BodyMangling } from "@/lib/testing/fuzz/hostile";
import { arbitraryFor, type JsonSchema } from "@/lib/testing/fuzz/json-schema-arbitrary";
import { ARTICLE_TEXT, storageState } from "./helpers";

// Property-based fuzzing of the whole API (fast-check): every operation of the catalog, with
// bodies and queries drawn from the zod schemas the routes validate with, values swapped for
// hostile ones (NUL, broken characters, huge and deep values, wrong types), and bodies sent
// with the wrong media type or malformed. No answer may be a 5xx, and a refused request may not
// change the number of rows in any table. `npm test` sends FUZZ_REQUESTS (default 1,000);
// `npm run fuzz` sends 10,000. This project runs after the others, alone, so the row counts
// it compares are its own.

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

type Fixtures = { article: string; claim: string; source: string; comment: string; register: string; user: string };

type FuzzRequest = { operation: ApiOperation; params: Record<string, string>; query: Record<string, unknown>; body: unknown; mangling: BodyMangling };

const randomId = fc.oneof(fc.stringMatching(/^[a-z0-9]{1,30}$/), fc.constantFrom("..%2F..%2Fetc", "a%00b", "x".repeat(200), "%F0%9F%98", "null"));

function paramArbitrary(operation: ApiOperation, name: string, fixtures: Fixtures): fc.Arbitrary<string> {
  if (name === "number") return fc.oneof(fc.constantFrom("1", "2", "0", "-1", "2147483648", "1e9", "x"), fc.nat().map(String));
  // A DELETE never gets a real record, so the fixtures stay for the requests that follow.
  if (operation.method === "DELETE" || name !== "id") return randomId;
  const real = operation.path.startsWith("/api/articles/")
    ? fixtures.article
    : operation.path.startsWith("/api/claims/")
      ? fixtures.claim
      : operation.path.startsWith("/api/sources/")
        ? fixtures.source
        : operation.path.startsWith("/api/comments/")
          ? fixtures.comment
          : operation.path.startsWith("/api/register/")
            ? fixtures.register
            : operation.path.startsWith("/api/admin/users/")
              ? fixtures.user
              : null;
  return real ? fc.oneof({ arbitrary: fc.constant(real), weight: 4 }, { arbitrary: randomId, weight: 1 }) : randomId;
}

function bodyArbitrary(operation: ApiOperation): fc.Arbitrary<unknown> {
  if (!operation.body) return fc.constant(undefined);
  if (operation.body === "multipart") {
    return fc.record({
      // Playwright cannot send a file without a name, so every file has one.
      name: fc.oneof(
        fc.constantFrom("story.txt", "story.md", "story.html", "story.docx", "scan.pdf", "noextension"),
        hostileValue.map(String).filter((name) => name.length > 0),
      ),
      content: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom("\u0000\u0000\u0000", `${"<blockquote>".repeat(3_000)}deep`, "PK\u0003\u0004 not really a zip", "")),
      title: fc.option(hostileValue.map(String), { nil: undefined }),
    });
  }
  return arbitraryFor(requestJsonSchema(operation.body), hostileValue);
}

function requestArbitrary(fixtures: Fixtures): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...API_OPERATIONS).chain((operation) =>
    fc.record({
      operation: fc.constant(operation),
      params: fc.record(Object.fromEntries(Object.keys(operation.params ?? {}).map((name) => [name, paramArbitrary(operation, name, fixtures)]))),
      query: operation.query ? (arbitraryFor(requestJsonSchema(operation.query) as JsonSchema, hostileValue) as fc.Arbitrary<Record<string, unknown>>) : fc.constant({}),
      body: operation.path === "/api/register/import" ? fc.oneof(fc.constant("name,kind\r\nFuzz Person,person\r\n"), hostileValue.map(String)) : bodyArbitrary(operation),
      mangling: bodyMangling,
    }),
  );
}

function urlFor({ operation, params, query }: FuzzRequest): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(params[name] ?? ""));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) if (value !== undefined) search.set(name, typeof value === "string" ? value : JSON.stringify(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** What an event stream that opened answered: it never ends, so it is not read to its end. */
const STREAM_OPENED = { status: () => 200, text: () => Promise.resolve("(an open event stream)") };

async function send(api: APIRequestContext, request: FuzzRequest): Promise<Pick<APIResponse, "status" | "text">> {
  const { operation, body, mangling } = request;
  const url = urlFor(request);
  const method = operation.method;
  if (operation.responseType === "text/event-stream") {
    // Refusals answer at once; a stream still open after a few seconds answered 200.
    return api.fetch(url, { method, timeout: 3_000 }).catch((error: unknown) => {
      if (error instanceof Error && /timeout/i.test(error.message)) return STREAM_OPENED;
      throw error;
    });
  }
  if (operation.body === "multipart" && body && typeof body === "object" && "name" in body) {
    const file = body as { name: string; content: string; title?: string };
    const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {
      file: { name: file.name, mimeType: "application/octet-stream", buffer: Buffer.from(file.content) },
    };
    if (file.title !== undefined) multipart.title = file.title;
    return api.fetch(url, { method, multipart });
  }
  if (operation.path === "/api/register/import")
    return api.fetch(url, { method, data: String(body), headers: { "Content-Type": mangling === "none" ? "text/csv" : "application/json" } });
  if (body === undefined && mangling === "none") return api.fetch(url, { method });
  const json = mangling === "extra-field" && body && typeof body === "object" ? { ...body, unexpected: true } : body;
  const raw =
    mangling === "malformed-json"
      ? '{"unterminated": '
      : mangling === "json-array"
        ? "[1,2]"
        : mangling === "json-string"
          ? '"text"'
          : mangling === "empty"
            ? ""
            : JSON.stringify(json ?? {});
  return api.fetch(url, { method, data: raw, headers: { "Content-Type": mangling === "text-content-type" ? "text/plain" : "application/json" } });
}

/** Rows in every table, in one statement. */
async function rowCounts(db: pg.Client, tables: string[]): Promise<Record<string, number>> {
  const { rows } = await db.query<{ counts: Record<string, number> }>(
    `SELECT json_build_object(${tables.map((table) => `'${table}', (SELECT count(*) FROM "${table}")`).join(", ")}) AS counts`,
  );
  return rows[0]!.counts;
}

test("fuzzing every API operation: no 5xx, and refused requests change nothing", async ({ playwright }, testInfo) => {
  test.setTimeout(120_000 + REQUESTS * 150);
  const { baseURL } = testInfo.project.use;
  expect(process.env.DATABASE_URL, "the fuzz test counts rows in the app's database: set DATABASE_URL").toBeTruthy();
  const admin = await playwright.request.newContext({ baseURL, storageState: storageState("admin") });
  const post = async <T>(path: string, data: unknown, as = admin) => {
    const response = await as.post(path, { data });
    expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  const { token } = await post<{ token: string }>("/api/me/tokens", { name: `fuzz ${SEED}` });
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const anonymous = await playwright.request.newContext({ baseURL });
  const article = await post<{ id: string }>("/api/articles", { title: `Fuzz ${SEED}`, format: "text", content: ARTICLE_TEXT });
  const claim = await post<{ id: string }>(`/api/articles/${article.id}/claims`, { quote: "Lisbon", kind: "place" });
  const source = await post<{ id: string }>(`/api/claims/${claim.id}/sources`, { kind: "web", url: "https://gov.example/fuzz", title: "Fuzz" });
  const comment = await post<{ id: string }>(`/api/claims/${claim.id}/comments`, { body: "Fuzz fixture." });
  const register = await post<{ id: string }>("/api/register", { name: `Fuzz Person ${SEED}`, kind: "person", variants: [], titles: [], sources: [], notes: "" });
  const email = `fuzz-${SEED}@example.com`;
  const { invitePath } = await post<{ invitePath: string }>("/api/admin/invites", { email, role: "checker" });
  await post(`/api/invites/${invitePath.split("/").at(-1)}/accept`, { name: "Fuzz User", password: "fuzz-password-1" }, anonymous);
  const { users } = (await (await admin.get("/api/admin/users")).json()) as { users: { id: string; email: string }[] };
  const fixtures: Fixtures = {
    article: article.id,
    claim: claim.id,
    source: source.id,
    comment: comment.id,
    register: register.id,
    user: users.find((user) => user.email === email)!.id,
  };

  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  // Presence rows come and go with the event streams the fuzzer opens (and closes when it moves
  // on, while later requests run): they are who is looking, not data a request could damage.
  const tables = (
    await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'Presence')`,
    )
  ).rows.map((row) => row.name);

  const byStatus = new Map<number, number>();
  const serverErrors: string[] = [];
  const changedByRefused: string[] = [];
  try {
    // Every other request rides on the admin's session cookie instead of the API token, so both
    // ways of signing in (and the cookie's cross-site check) meet the same inputs.
    const transports = [
      ["token", api],
      ["cookie", admin],
    ] as const;
    for (const [index, request] of fc.sample(requestArbitrary(fixtures), { numRuns: REQUESTS, seed: SEED }).entries()) {
      const writes = request.operation.method !== "GET";
      const before = writes ? await rowCounts(db, tables) : null;
      const [transport, context] = transports[index % transports.length]!;
      const response = await send(context, request);
      const status = response.status();
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      const label = `${request.operation.method} ${urlFor(request).slice(0, 120)} (${request.mangling}, ${transport})`;
      if (status >= 500) serverErrors.push(`${status} ${label}: ${(await response.text()).slice(0, 200)} — body: ${(JSON.stringify(request.body) ?? "").slice(0, 600)}`);
      if (before && status >= 400 && status < 500) {
        const after = await rowCounts(db, tables);
        const changed = tables.filter((table) => after[table] !== before[table]);
        if (changed.length > 0) changedByRefused.push(`${status} ${label} changed ${changed.join(", ")}`);
      }
    }
  } finally {
    await db.end();
    await Promise.all([admin.dispose(), api.dispose(), anonymous.dispose()]);
  }
  const summary = [...byStatus].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`);
  console.log(`Fuzzed ${REQUESTS} requests (seed ${SEED}) by status: ${summary.join(", ")}`);
  expect(serverErrors, `seed ${SEED}`).toEqual([]);
  expect(changedByRefused, `seed ${SEED}`).toEqual([]);
});

import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { API_OPERATIONS, rolesWithAccess, type ApiOperation } from "@/lib/http/api-catalog";
import { TRANSITIONS } from "@/lib/workflow/article-workflow";
import { ARTICLE_TEXT, storageState, type Role } from "./helpers";

// Every operation of the API catalog, called by anonymous, viewer, checker, editor and admin
// with a request that is otherwise valid. What each caller must get follows from the catalog's
// declared permission and rule alone: anonymous 401, a role without the permission 403, a role
// with it one of the operation's documented answers. A route whose code checks something else
// than its catalog entry says fails here; a route with no row in CASES fails the first test.

const ROLES: Role[] = ["viewer", "checker", "editor", "admin"];
type Caller = Role | "anonymous";

type Call = {
  path: string;
  json?: unknown;
  multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
  text?: { body: string; contentType: string };
  headers?: Record<string, string>;
  /** Answers a permitted caller may get, when not the operation's documented successes. */
  allowed?: number[];
};

/** Makes the records a call needs (as admin) and describes the call; `as` is who will send it. */
type Case = (desk: Desk, as: APIRequestContext) => Call | Promise<Call>;

const unique = () => randomUUID().slice(0, 8);

class Desk {
  constructor(
    readonly admin: APIRequestContext,
    private readonly anonymous: APIRequestContext,
  ) {}

  async post<T>(path: string, data: unknown, as: APIRequestContext = this.admin): Promise<T> {
    const response = await as.post(path, { data });
    expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  article = () => this.post<{ id: string; version: number }>("/api/articles", { title: `Matrix ${unique()}`, format: "text", content: ARTICLE_TEXT });

  async claim(quote = "Lisbon", kind = "place") {
    const article = await this.article();
    const claim = await this.post<{ id: string; version: number }>(`/api/articles/${article.id}/claims`, { quote, kind });
    return { article, claim };
  }

  async verifiedName() {
    const { claim } = await this.claim("Jane Doe", "name");
    const response = await this.admin.patch(`/api/claims/${claim.id}`, { data: { status: "verified", version: claim.version } });
    expect(response.ok()).toBe(true);
    return claim;
  }

  async source() {
    const { claim } = await this.claim();
    return this.post<{ id: string; version: number; claimId: string }>(`/api/claims/${claim.id}/sources`, {
      kind: "web",
      url: "https://gov.example/matrix",
      title: "Matrix source",
    });
  }

  async evidence() {
    const source = await this.source();
    const response = await this.admin.post(`/api/sources/${source.id}/evidence`, {
      multipart: { file: { name: "call.txt", mimeType: "text/plain", buffer: Buffer.from("Transcript.") } },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string };
  }

  async proposal() {
    const { claim } = await this.claim();
    return this.post<{ id: string }>(`/api/claims/${claim.id}/proposals`, { replacement: "Porto" });
  }

  async comment() {
    const { claim } = await this.claim();
    const comment = await this.post<{ id: string }>(`/api/claims/${claim.id}/comments`, { body: "Written by the admin." });
    return { claim, comment };
  }

  registerEntry = () =>
    this.post<{ id: string; version: number }>("/api/register", { name: `Matrix Person ${unique()}`, kind: "person", variants: [], titles: [], sources: [], notes: "" });

  async suggestion() {
    const article = await this.article();
    const response = await this.admin.get(`/api/articles/${article.id}/suggestions`);
    const { suggestions } = (await response.json()) as { suggestions: { id: string }[] };
    expect(suggestions.length).toBeGreaterThan(0);
    return { article, suggestionId: suggestions[0]!.id };
  }

  async invitation(role: Role = "viewer") {
    const email = `matrix-${unique()}@example.com`;
    const { invitePath } = await this.post<{ invitePath: string }>("/api/admin/invites", { email, role });
    return { email, token: invitePath.split("/").at(-1)! };
  }

  async freshUserId() {
    const { email, token } = await this.invitation();
    await this.post(`/api/invites/${token}/accept`, { name: "Matrix Person", password: "matrix-password-1" }, this.anonymous);
    const { users } = (await (await this.admin.get("/api/admin/users")).json()) as { users: { id: string; email: string }[] };
    return users.find((user) => user.email === email)!.id;
  }
}

const CASES: Record<string, Case> = {
  "GET /api/articles": () => ({ path: "/api/articles" }),
  "GET /api/search": () => ({ path: "/api/search?q=Lisbon" }),
  "POST /api/articles": () => ({ path: "/api/articles", json: { title: `Matrix ${unique()}`, format: "text", content: ARTICLE_TEXT } }),
  "POST /api/articles/import": () => ({
    path: "/api/articles/import",
    multipart: { file: { name: "matrix.txt", mimeType: "text/plain", buffer: Buffer.from(ARTICLE_TEXT) } },
  }),
  "GET /api/articles/{id}": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}` }),
  "PUT /api/articles/{id}": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}`, json: { format: "text", content: `${ARTICLE_TEXT}\n\nMore.`, version: 1 } }),
  "PATCH /api/articles/{id}": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}`, json: { publishedUrl: "https://news.example/matrix" } }),
  "DELETE /api/articles/{id}": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}` }),
  "POST /api/articles/{id}/transition": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/transition`, json: { to: "in_check" } }),
  "GET /api/articles/{id}/revisions": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/revisions` }),
  "GET /api/articles/{id}/revisions/{number}": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/revisions/1` }),
  // A stream never ends, and this client reads whole answers: the call names an event id the route
  // refuses (400) only once it has checked who asks. Streaming itself: lib/server/live and e2e/live.spec.ts.
  "GET /api/articles/{id}/events": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/events`, headers: { "Last-Event-ID": "not-an-event" }, allowed: [400] }),
  // A tab is an open stream's: none is open for these callers, so a permitted one is told 404.
  "PUT /api/articles/{id}/presence": async (desk) => ({
    path: `/api/articles/${(await desk.article()).id}/presence`,
    json: { tab: "notopen", claimId: null, editing: false },
    allowed: [404],
  }),
  "GET /api/articles/{id}/claims": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/claims` }),
  "POST /api/articles/{id}/claims": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/claims`, json: { quote: "Lisbon", kind: "place" } }),
  "PATCH /api/claims/{id}": async (desk) => {
    const { claim } = await desk.claim();
    return { path: `/api/claims/${claim.id}`, json: { status: "in_progress", version: claim.version } };
  },
  "DELETE /api/claims/{id}": async (desk) => ({ path: `/api/claims/${(await desk.claim()).claim.id}` }),
  "GET /api/claims/{id}/history": async (desk) => ({ path: `/api/claims/${(await desk.claim()).claim.id}/history` }),
  "POST /api/claims/bulk": async (desk) => {
    const { claim } = await desk.claim();
    return { path: "/api/claims/bulk", json: { claims: [{ id: claim.id, version: claim.version }], status: "in_progress" } };
  },
  "GET /api/me/queue": () => ({ path: "/api/me/queue" }),
  "GET /api/articles/{id}/suggestions": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/suggestions` }),
  "POST /api/articles/{id}/suggestions/{sid}/accept": async (desk) => {
    const { article, suggestionId } = await desk.suggestion();
    return { path: `/api/articles/${article.id}/suggestions/${suggestionId}/accept` };
  },
  "POST /api/articles/{id}/suggestions/{sid}/dismiss": async (desk) => {
    const { article, suggestionId } = await desk.suggestion();
    return { path: `/api/articles/${article.id}/suggestions/${suggestionId}/dismiss` };
  },
  "POST /api/articles/{id}/suggestions/accept-all": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/suggestions/accept-all`, json: { kind: "date" } }),
  "GET /api/register": () => ({ path: "/api/register" }),
  "POST /api/register": () => ({ path: "/api/register", json: { name: `Matrix Person ${unique()}`, kind: "person", variants: [], titles: [], sources: [], notes: "" } }),
  "GET /api/register/{id}": async (desk) => ({ path: `/api/register/${(await desk.registerEntry()).id}` }),
  "PATCH /api/register/{id}": async (desk) => {
    const entry = await desk.registerEntry();
    return { path: `/api/register/${entry.id}`, json: { notes: "Checked again.", version: entry.version } };
  },
  "DELETE /api/register/{id}": async (desk) => ({ path: `/api/register/${(await desk.registerEntry()).id}` }),
  "POST /api/claims/{id}/register": async (desk) => ({ path: `/api/claims/${(await desk.verifiedName()).id}/register` }),
  "POST /api/register/{id}/merge": async (desk) => {
    const [keep, other] = await Promise.all([desk.registerEntry(), desk.registerEntry()]);
    return { path: `/api/register/${keep.id}/merge`, json: { otherId: other.id, version: keep.version, otherVersion: other.version } };
  },
  "GET /api/articles/{id}/register-review": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/register-review` }),
  "POST /api/register/import": () => ({ path: "/api/register/import", text: { body: `name,kind\r\nMatrix Import ${unique()},person\r\n`, contentType: "text/csv" } }),
  "GET /api/claims/{id}/similar": async (desk) => ({ path: `/api/claims/${(await desk.claim()).claim.id}/similar` }),
  "POST /api/claims/{id}/sources/reuse": async (desk) => {
    const source = await desk.source();
    return { path: `/api/claims/${(await desk.claim()).claim.id}/sources/reuse`, json: { fromClaimId: source.claimId, sourceIds: [source.id] } };
  },
  "POST /api/claims/{id}/sources": async (desk) => ({
    path: `/api/claims/${(await desk.claim()).claim.id}/sources`,
    json: { kind: "web", url: "https://gov.example/lisbon", title: "Lisbon" },
  }),
  "PATCH /api/sources/{id}": async (desk) => {
    const source = await desk.source();
    return { path: `/api/sources/${source.id}`, json: { title: "Renamed", version: source.version } };
  },
  "DELETE /api/sources/{id}": async (desk) => ({ path: `/api/sources/${(await desk.source()).id}` }),
  "POST /api/sources/{id}/evidence": async (desk) => ({
    path: `/api/sources/${(await desk.source()).id}/evidence`,
    multipart: { file: { name: "call.txt", mimeType: "text/plain", buffer: Buffer.from("Transcript of the call.") } },
  }),
  "GET /api/evidence/{id}": async (desk) => ({ path: `/api/evidence/${(await desk.evidence()).id}` }),
  "DELETE /api/evidence/{id}": async (desk) => ({ path: `/api/evidence/${(await desk.evidence()).id}` }),
  "GET /api/articles/{id}/comments": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/comments` }),
  "POST /api/articles/{id}/comments": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/comments`, json: { body: "Is the headline final?" } }),
  "GET /api/claims/{id}/comments": async (desk) => ({ path: `/api/claims/${(await desk.claim()).claim.id}/comments` }),
  "POST /api/claims/{id}/comments": async (desk) => ({ path: `/api/claims/${(await desk.claim()).claim.id}/comments`, json: { body: "Looks right." } }),
  "GET /api/claims/{id}/proposals": async (desk) => ({ path: `/api/claims/${(await desk.claim()).claim.id}/proposals` }),
  "POST /api/claims/{id}/proposals": async (desk) => ({ path: `/api/claims/${(await desk.claim()).claim.id}/proposals`, json: { replacement: "Porto" } }),
  "POST /api/proposals/{id}/accept": async (desk) => ({ path: `/api/proposals/${(await desk.proposal()).id}/accept`, json: {} }),
  "POST /api/proposals/{id}/reject": async (desk) => ({ path: `/api/proposals/${(await desk.proposal()).id}/reject`, json: { note: "No." } }),
  "POST /api/claims/{id}/thread": async (desk) => ({ path: `/api/claims/${(await desk.comment()).claim.id}/thread`, json: { resolved: true } }),
  // Comments below are the admin's: the author rule lets only the admin edit or delete them.
  "PATCH /api/comments/{id}": async (desk) => ({ path: `/api/comments/${(await desk.comment()).comment.id}`, json: { body: "Edited." } }),
  "DELETE /api/comments/{id}": async (desk) => ({ path: `/api/comments/${(await desk.comment()).comment.id}` }),
  // A stream never ends: a parameter the route refuses (400) once it has checked who asks.
  "GET /api/events": () => ({ path: "/api/events?unknown=1", allowed: [400] }),
  "GET /api/notifications": () => ({ path: "/api/notifications" }),
  "POST /api/notifications/read": () => ({ path: "/api/notifications/read", json: {} }),
  "GET /api/articles/{id}/report": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/report?format=json` }),
  "GET /api/articles/{id}/case-file": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/case-file` }),
  // 422 until some test has named the desk's organization (the review's author) in the settings.
  "GET /api/articles/{id}/claimreview": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/claimreview`, allowed: [200, 422] }),
  "GET /api/articles/{id}/annotations": async (desk) => ({ path: `/api/articles/${(await desk.article()).id}/annotations` }),
  "POST /api/articles/{id}/annotations": async (desk) => ({
    path: `/api/articles/${(await desk.article()).id}/annotations`,
    json: { type: "Annotation", target: { selector: { type: "TextQuoteSelector", exact: "Lisbon" } } },
  }),
  "GET /api/settings": () => ({ path: "/api/settings" }),
  // The version is read just before; another test saving the settings meanwhile gives a 409,
  // which also shows that the caller got past the permission check.
  "PATCH /api/settings": async (desk) => {
    const { version } = (await (await desk.admin.get("/api/settings")).json()) as { version: number };
    return { path: "/api/settings", json: { organizationName: "Example News", version }, allowed: [200, 409] };
  },
  // A wrong current password: everyone signed in gets past the gate, and nobody's password changes.
  "GET /api/me/preferences": () => ({ path: "/api/me/preferences" }),
  "PATCH /api/me/preferences": () => ({ path: "/api/me/preferences", json: { emailNotifications: "off" } }),
  "POST /api/me/password": () => ({ path: "/api/me/password", json: { currentPassword: "not-the-password", newPassword: "another-password-1" }, allowed: [422] }),
  "GET /api/me/tokens": () => ({ path: "/api/me/tokens" }),
  "POST /api/me/tokens": () => ({ path: "/api/me/tokens", json: { name: `matrix ${unique()}` } }),
  "DELETE /api/me/tokens/{id}": async (desk, as) => {
    // The caller's own token (anonymous callers get the admin's, and a 401).
    const owner = (await as.get("/api/me/tokens")).ok() ? as : desk.admin;
    const token = await desk.post<{ id: string }>("/api/me/tokens", { name: `matrix ${unique()}` }, owner);
    return { path: `/api/me/tokens/${token.id}` };
  },
  "GET /api/users": () => ({ path: "/api/users" }),
  "GET /api/admin/users": () => ({ path: "/api/admin/users" }),
  "PATCH /api/admin/users/{id}": async (desk) => ({ path: `/api/admin/users/${await desk.freshUserId()}`, json: { role: "checker" } }),
  "POST /api/admin/invites": () => ({ path: "/api/admin/invites", json: { email: `matrix-${unique()}@example.com`, role: "viewer" } }),
  "POST /api/invites/{token}/accept": async (desk) => ({
    path: `/api/invites/${(await desk.invitation()).token}/accept`,
    json: { name: "New Person", password: "matrix-password-1" },
  }),
  "GET /api/health": () => ({ path: "/api/health" }),
  "GET /api/openapi.json": () => ({ path: "/api/openapi.json" }),
};

/** What the catalog says this caller must get. */
function expectedFor(operation: ApiOperation, caller: Caller): "allowed" | 401 | 403 {
  if (operation.auth === "none") return "allowed";
  if (caller === "anonymous") return 401;
  const hasPermission = rolesWithAccess(operation).includes(caller);
  switch (operation.rule) {
    case "author": // the fixtures' comments are the admin's
      return hasPermission && caller === "admin" ? "allowed" : 403;
    case "author-or-permission":
      return hasPermission || caller === "admin" ? "allowed" : 403;
    case "workflow": // the cases move a draft to in_check
      return TRANSITIONS.find((move) => move.from === "draft" && move.to === "in_check")!.roles.includes(caller) ? "allowed" : 403;
    default:
      return hasPermission ? "allowed" : 403;
  }
}

function send(as: APIRequestContext, method: string, call: Call): Promise<APIResponse> {
  const options = call.multipart
    ? { multipart: call.multipart }
    : call.text
      ? { data: call.text.body, headers: { "Content-Type": call.text.contentType } }
      : call.json !== undefined
        ? { data: call.json }
        : {};
  return as.fetch(call.path, { method, ...options, headers: { ...("headers" in options ? options.headers : {}), ...call.headers } });
}

test.describe("the authorization matrix", () => {
  test.describe.configure({ timeout: 90_000 });
  const contexts = new Map<Caller, APIRequestContext>();

  test.beforeAll(async ({ playwright }, testInfo) => {
    const { baseURL } = testInfo.project.use;
    contexts.set("anonymous", await playwright.request.newContext({ baseURL }));
    for (const role of ROLES) contexts.set(role, await playwright.request.newContext({ baseURL, storageState: storageState(role) }));
  });

  test.afterAll(async () => {
    for (const context of contexts.values()) await context.dispose();
  });

  test("covers every operation in the API catalog", () => {
    const catalogued = API_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`).sort();
    expect(Object.keys(CASES).sort()).toEqual(catalogued);
  });

  for (const operation of API_OPERATIONS) {
    const key = `${operation.method} ${operation.path}`;
    test(key, async () => {
      const desk = new Desk(contexts.get("admin")!, contexts.get("anonymous")!);
      const successes = Object.keys(operation.responses)
        .map(Number)
        .filter((status) => status < 300);
      for (const caller of ["anonymous", ...ROLES] as Caller[]) {
        const as = contexts.get(caller)!;
        const call = await CASES[key]!(desk, as);
        const response = await send(as, operation.method, call);
        const expected = expectedFor(operation, caller);
        const got = `${caller}: ${response.status()} ${(await response.text()).slice(0, 200)}`;
        if (expected === "allowed") expect(call.allowed ?? successes, got).toContain(response.status());
        else expect(response.status(), got).toBe(expected);
      }
    });
  }
});

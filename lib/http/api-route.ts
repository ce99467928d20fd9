import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { isDatabaseBusy, isDatabaseUnavailable } from "@/lib/server/database-unavailable";
import { jsonProblem, textProblem } from "@/lib/validation/storable";
import { describeZodError } from "./zod-messages";

export { describeZodError };
import { Prisma } from "@/generated/prisma/client";

type Params = Record<string, string>;
type Handler<P extends Params> = (request: Request, params: P) => Promise<Response>;

/**
 * Wraps a route handler: refuses cross-site writes, awaits its params and turns every failure
 * into a JSON error with the right status. Nothing unexpected reaches the client beyond a
 * generic message.
 */
export function apiRoute<P extends Params = Params>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      assertNotCrossSite(request);
      return await handler(request, await context.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A browser sends the session cookie with a form posted from any page, including another port
 * of the same host. Writes carried by the cookie must come from this origin: browsers say where
 * a request comes from (Sec-Fetch-Site, Origin), and a page elsewhere cannot hide it. Requests
 * with an API token carry no ambient credential and are exempt, as are clients that send
 * neither header (scripts, which cannot ride on a browser's cookie).
 */
export function assertNotCrossSite(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return;
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") throw crossSite();
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
    let originHost: string | null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== host) throw crossSite();
  }
}

function crossSite(): AppError {
  return new AppError("FORBIDDEN", "Changes must come from Factdesk's own pages (this request came from another site or port). Scripts use an API token.");
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return NextResponse.json({ error: error.message, ...error.details }, { status: error.status });
  }
  if (error instanceof z.ZodError) {
    return NextResponse.json({ error: describeZodError(error) }, { status: 400 });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
    return NextResponse.json({ error: "The record does not exist (it may just have been deleted)." }, { status: 404 });
  }
  if (isDatabaseUnavailable(error)) {
    console.error("The database is unavailable", error instanceof Error ? error.message : error);
    return NextResponse.json(
      { error: "The database is not answering right now; nothing was changed. Try again in a few seconds." },
      { status: 503, headers: { "Retry-After": "5" } },
    );
  }
  if (isDatabaseBusy(error)) {
    console.error("The database was too busy to finish a request", error instanceof Error ? error.message : error);
    return NextResponse.json(
      { error: "The database was too busy to finish this in time (another change held what it needed); nothing was changed. Try again." },
      { status: 503, headers: { "Retry-After": "2" } },
    );
  }
  console.error("Unhandled error in API route", error);
  return NextResponse.json({ error: "Something went wrong on the server. The change was not saved." }, { status: 500 });
}

const DEFAULT_BODY_LIMIT = 256 * 1024;

/** Reads and validates a JSON body, refusing oversize, non-JSON and malformed bodies with a 4xx. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes = DEFAULT_BODY_LIMIT): Promise<z.infer<S>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON with Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const raw = await readLimited(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new AppError("INVALID_INPUT", "The request body must be a JSON object.");
  }
  const problem = jsonProblem(value);
  if (problem) throw new AppError("INVALID_INPUT", `The request body cannot be stored: ${problem}.`);
  return schema.parse(value);
}

/** As readJson, for a body that may be left out altogether (no Content-Type, no bytes): then it is `{}`. */
export async function readOptionalJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const empty = !request.headers.get("content-type") && Number(request.headers.get("content-length") ?? 0) === 0 && !request.headers.get("transfer-encoding");
  return empty ? schema.parse({}) : readJson(request, schema);
}

/** Validates the query string against a schema; problems answer 400 with what to fix. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  for (const [name, value] of Object.entries(query)) {
    const problem = textProblem(value);
    if (problem) throw new AppError("INVALID_INPUT", `The query parameter ${name} ${problem}.`);
  }
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw new AppError("INVALID_INPUT", describeZodError(parsed.error));
  return parsed.data;
}

/** Reads a text body (CSV, plain text) of one of the given media types, refusing oversize bodies with 413. */
export async function readText(request: Request, { contentTypes, maxBytes }: { contentTypes: string[]; maxBytes: number }): Promise<string> {
  const sent = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!contentTypes.includes(sent)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the body with Content-Type: ${contentTypes.join(" or ")}.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const text = await readLimited(request, maxBytes);
  const problem = textProblem(text);
  if (problem) throw new AppError("INVALID_INPUT", `The request body ${problem}.`);
  return text;
}

/** Validates route or query parameters; a malformed id is reported like an unknown one. */
export function parseParam<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("NOT_FOUND", `${what} ${String(value)} does not exist.`);
  return parsed.data;
}

/**
 * Reads a multipart/form-data body, never more than `maxBytes` of it whatever Content-Length
 * says (or whether it is sent at all: a chunked upload is counted as it arrives), and checks
 * that its text fields can be stored. Files come back as they are.
 */
export async function readMultipart(request: Request, { maxBytes, tooLargeMessage }: { maxBytes: number; tooLargeMessage?: string }): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", 'Upload the file as multipart/form-data with the field name "file".');
  }
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge(maxBytes, tooLargeMessage);
  const bytes = await readLimitedBytes(request, maxBytes, tooLargeMessage);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("INVALID_INPUT", "The upload could not be read as multipart/form-data.");
  }
  for (const [name, value] of form) {
    const problem = textProblem(typeof value === "string" ? value : value.name);
    if (problem) throw new AppError("INVALID_INPUT", `The field ${name}${typeof value === "string" ? "" : "'s file name"} ${problem}.`);
  }
  return form;
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readLimitedBytes(request, maxBytes));
}

async function readLimitedBytes(request: Request, maxBytes: number, tooLargeMessage?: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes, tooLargeMessage);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number, message?: string): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", message ?? `The request body is larger than the ${Math.round(maxBytes / 1024).toLocaleString("en")} KB allowed.`);
}

export function json(data: unknown, status = 200): Response {
  return NextResponse.json(data, { status });
}

import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { describeZodError } from "./zod-messages";

export { describeZodError };
import { Prisma } from "@/generated/prisma/client";

type Params = Record<string, string>;
type Handler<P extends Params> = (request: Request, params: P) => Promise<Response>;

/**
 * Wraps a route handler: awaits its params and turns every failure into a JSON error with the
 * right status. Nothing unexpected reaches the client beyond a generic message.
 */
export function apiRoute<P extends Params = Params>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
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
  return schema.parse(value);
}

/** Validates the query string against a schema; problems answer 400 with what to fix. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("INVALID_INPUT", describeZodError(parsed.error));
  return parsed.data;
}

/** Reads a text body (CSV, plain text) of one of the given media types, refusing oversize bodies with 413. */
export async function readText(request: Request, { contentTypes, maxBytes }: { contentTypes: string[]; maxBytes: number }): Promise<string> {
  const sent = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!contentTypes.includes(sent)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the body with Content-Type: ${contentTypes.join(" or ")}.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge(maxBytes);
  return readLimited(request, maxBytes);
}

/** Validates route or query parameters; a malformed id is reported like an unknown one. */
export function parseParam<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("NOT_FOUND", `${what} ${String(value)} does not exist.`);
  return parsed.data;
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than the ${Math.round(maxBytes / 1024).toLocaleString("en")} KB allowed.`);
}

export function json(data: unknown, status = 200): Response {
  return NextResponse.json(data, { status });
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type z } from "zod";
import { API_OPERATIONS } from "./api-catalog";
import { API_SCHEMAS } from "./api-schemas";
import { buildOpenApiDocument } from "./openapi";

const API_DIR = path.resolve(import.meta.dirname, "../../app/api");
// next-auth's own endpoints (sign-in, callbacks) are not part of Factdesk's API.
const EXCLUDED = ["/api/auth/{nextauth}"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

const routes = routeFiles(API_DIR).map((file) => {
  const apiPath = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[(?:\.\.\.)?(\w+)\]/g, "{$1}");
  const source = readFileSync(file, "utf8");
  const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]!);
  const schemas = new Set([...source.matchAll(/\b(Z\w+Schema)\b/g)].map((match) => match[1]!));
  return { apiPath, methods, schemas };
});

describe("the API catalog", () => {
  it("lists exactly the routes and methods that exist", () => {
    const existing = routes.filter((route) => !EXCLUDED.includes(route.apiPath)).flatMap((route) => route.methods.map((method) => `${method} ${route.apiPath}`));
    const catalogued = API_OPERATIONS.map((operation) => `${operation.method} ${operation.path}`);
    expect([...catalogued].sort()).toEqual([...existing].sort());
  });

  it("names the same zod schemas each route validates with", () => {
    for (const route of routes.filter((entry) => !EXCLUDED.includes(entry.apiPath))) {
      const named = new Set(
        API_OPERATIONS.filter((operation) => operation.path === route.apiPath).flatMap((operation) => [
          ...Object.values(operation.params ?? {}),
          ...(operation.query ? [operation.query] : []),
          ...(operation.body && operation.body !== "multipart" ? [operation.body] : []),
        ]),
      );
      expect([...named].sort(), route.apiPath).toEqual([...route.schemas].sort());
    }
  });
});

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument() as {
    openapi: string;
    paths: Record<
      string,
      Record<string, { parameters: Array<{ name: string; in: string }>; requestBody?: { content: Record<string, { schema: { $ref?: string } }> }; security?: unknown[] }>
    >;
    components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
  };

  it("is OpenAPI 3.1 with every operation, its parameters and request body", () => {
    expect(document.openapi).toBe("3.1.0");
    const report = document.paths["/api/articles/{id}/report"]!.get!;
    expect(report.parameters.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual([
      "path:id",
      "query:type",
      "query:format",
      "query:status",
      "query:kind",
      "query:assignee",
      "query:notes",
      "query:comments",
    ]);
    expect(document.paths["/api/articles/{id}/claims"]!.post!.requestBody!.content["application/json"]!.schema.$ref).toBe("#/components/schemas/ZCreateClaimSchema");
    expect(document.paths["/api/health"]!.get!.security).toEqual([]);
  });

  it("carries the request schemas as the routes define them", () => {
    const createSource = document.components.schemas.ZCreateSourceSchema!;
    expect(Object.keys(createSource.properties!)).toEqual(Object.keys((API_SCHEMAS.ZCreateSourceSchema as unknown as z.ZodObject).shape));
    expect(createSource.properties).toHaveProperty("confidential");
    expect(document.components.schemas.ZReportSchema!.required).toContain("claims");
  });
});

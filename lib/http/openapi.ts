import { z } from "zod";
import { API_OPERATIONS, ERROR_RESPONSES, describeAccess, type ApiOperation } from "./api-catalog";
import { API_SCHEMAS, type ApiSchemaName } from "./api-schemas";

type JsonSchema = Record<string, unknown>;

/** A request schema as JSON Schema 2020-12 (what OpenAPI 3.1 uses), describing what clients send. */
export function requestJsonSchema(name: ApiSchemaName): JsonSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(API_SCHEMAS[name] as z.ZodType, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return schema;
}

function parameters(operation: ApiOperation): unknown[] {
  const path = Object.entries(operation.params ?? {}).map(([name, schema]) => ({ name, in: "path", required: true, schema: requestJsonSchema(schema) }));
  if (!operation.query) return path;
  const query = requestJsonSchema(operation.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return [
    ...path,
    ...Object.entries(query.properties ?? {}).map(([name, schema]) => ({
      name,
      in: "query",
      required: query.required?.includes(name) ?? false,
      ...(typeof schema.description === "string" ? { description: schema.description } : {}),
      schema,
    })),
  ];
}

function requestBody(operation: ApiOperation): unknown {
  if (!operation.body) return undefined;
  if (operation.body === "multipart") {
    return {
      required: true,
      content: {
        "multipart/form-data": {
          schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" }, title: { type: "string", maxLength: 300 } } },
        },
      },
    };
  }
  return { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${operation.body}` } } } };
}

function responses(operation: ApiOperation): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [status, description] of Object.entries(operation.responses)) {
    const numeric = Number(status);
    if (numeric === 204) result[status] = { description };
    else if (operation.responseSchema && numeric === 200) {
      result[status] = { description, content: { "application/json": { schema: { $ref: `#/components/schemas/${operation.responseSchema}` } } } };
    } else result[status] = { description, content: { [operation.responseType ?? "application/json"]: {} } };
  }
  for (const [status, description] of Object.entries(ERROR_RESPONSES)) {
    result[status] = { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  }
  return result;
}

/** The OpenAPI 3.1 document for the whole API, built from the catalog and the routes' zod schemas. */
export function buildOpenApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  const used = new Set<ApiSchemaName>();
  for (const operation of API_OPERATIONS) {
    if (operation.body && operation.body !== "multipart") used.add(operation.body);
    if (operation.responseSchema) used.add(operation.responseSchema);
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method.toLowerCase()] = {
      operationId: `${operation.method.toLowerCase()}${operation.path
        .replace(/^\/api/, "")
        .replace(/\{(\w+)\}/g, "By-$1")
        .replace(/[^a-zA-Z0-9]+(\w)?/g, (_match, next: string | undefined) => (next ?? "").toUpperCase())}`,
      tags: [operation.tag],
      summary: operation.summary,
      description: [operation.description, describeAccess(operation)].filter(Boolean).join("\n\n"),
      ...(operation.auth === "none" ? { security: [] } : {}),
      parameters: parameters(operation),
      ...(operation.body ? { requestBody: requestBody(operation) } : {}),
      responses: responses(operation),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Factdesk API",
      version: "1",
      description:
        'The JSON API the Factdesk workspace itself uses. Authenticate with the session cookie (sign in at /signin) or a personal API token: `Authorization: Bearer fdk_…` (create one under Account). Every write carries the `version` you read; a stale one answers 409. Errors are JSON: `{ "error": "what went wrong and for which id" }`.',
    },
    servers: [{ url: "/", description: "The Factdesk installation serving this document" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    tags: [...new Set(API_OPERATIONS.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token (fdk_…), created under Account → API tokens." },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The browser session after signing in (named __Secure-authjs.session-token over HTTPS).",
        },
      },
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "string" } }, additionalProperties: true },
        ...Object.fromEntries([...used].sort().map((name) => [name, name === "ZReportSchema" ? responseJsonSchema(name) : requestJsonSchema(name)])),
      },
    },
  };
}

function responseJsonSchema(name: ApiSchemaName): JsonSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(API_SCHEMAS[name] as z.ZodType, { io: "output", unrepresentable: "any" }) as JsonSchema;
  return schema;
}

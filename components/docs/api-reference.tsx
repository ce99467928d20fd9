import { API_OPERATIONS, ERROR_RESPONSES, describeAccess, type ApiOperation } from "@/lib/http/api-catalog";
import { requestJsonSchema } from "@/lib/http/openapi";
import { Table } from "@/components/ui/table";

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  default?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
};

/** A readable rendering of the API catalog: the same source as /api/openapi.json. */
export function ApiReference() {
  const tags = [...new Set(API_OPERATIONS.map((operation) => operation.tag))];
  return (
    <div className="api-reference">
      <nav aria-label="API sections" className="api-reference__toc">
        {tags.map((tag) => (
          <a key={tag} href={`#${slug(tag)}`}>
            {tag}
          </a>
        ))}
      </nav>
      {tags.map((tag) => (
        <section key={tag} id={slug(tag)} aria-labelledby={`${slug(tag)}-heading`}>
          <h2 id={`${slug(tag)}-heading`} className="section-title">
            {tag}
          </h2>
          {API_OPERATIONS.filter((operation) => operation.tag === tag).map((operation) => (
            <OperationEntry key={`${operation.method} ${operation.path}`} operation={operation} />
          ))}
        </section>
      ))}
      <section aria-labelledby="errors-heading">
        <h2 id="errors-heading" className="section-title">
          Errors
        </h2>
        <p>
          Every error is JSON, <code>{'{ "error": "…" }'}</code>, with a message that says what failed and for which id.
        </p>
        <dl className="api-reference__errors">
          {Object.entries(ERROR_RESPONSES).map(([status, description]) => (
            <div key={status}>
              <dt>{status}</dt>
              <dd>{description}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

function OperationEntry({ operation }: { operation: ApiOperation }) {
  const query = operation.query ? (requestJsonSchema(operation.query) as JsonSchema) : null;
  const body = operation.body && operation.body !== "multipart" ? (requestJsonSchema(operation.body) as JsonSchema) : null;
  return (
    <article className="api-op">
      <h3 className="api-op__title">
        <span className={`api-op__method api-op__method--${operation.method.toLowerCase()}`}>{operation.method}</span> <code>{operation.path}</code>
      </h3>
      <p>{operation.summary}.</p>
      {operation.description && <p className="muted small">{operation.description}</p>}
      <p className="small">
        {describeAccess(operation)}
        Answers:{" "}
        {Object.entries(operation.responses)
          .map(([status, text]) => `${status} ${text}`)
          .join("; ")}
        .
      </p>
      {query?.properties && <Fields title="Query parameters" schema={query} />}
      {body && (body.properties ? <Fields title="JSON body" schema={body} /> : <p className="small">JSON body: see the OpenAPI description.</p>)}
      {operation.body === "multipart" && (
        <p className="small">
          Body: multipart/form-data with <code>file</code> and an optional <code>title</code>.
        </p>
      )}
    </article>
  );
}

function Fields({ title, schema }: { title: string; schema: JsonSchema }) {
  return (
    <Table columns={["Field", "Type", "Notes"]} className="api-fields" caption={title}>
      {Object.entries(schema.properties ?? {}).map(([name, field]) => (
        <tr key={name}>
          <th scope="row">
            <code>{name}</code>
            {schema.required?.includes(name) && <span className="api-fields__required"> required</span>}
          </th>
          <td>{describeType(field)}</td>
          <td className="small">{[field.description, field.default !== undefined && `default ${JSON.stringify(field.default)}`].filter(Boolean).join("; ")}</td>
        </tr>
      ))}
    </Table>
  );
}

function describeType(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(describeType).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if (type === "array" && schema.items) return `${describeType(schema.items)}[]`;
  if (type === "object" && schema.properties) return `{ ${Object.keys(schema.properties).join(", ")} }`;
  const limits = [schema.format, schema.maxLength !== undefined && `≤ ${schema.maxLength} chars`, schema.minimum !== undefined && `≥ ${schema.minimum}`].filter(Boolean);
  return limits.length ? `${type} (${limits.join(", ")})` : type;
}

function slug(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

import fc from "fast-check";

// Values for a request body or query from the JSON Schema of its zod schema (the very schema the
// route validates with, as the OpenAPI document publishes it): mostly valid shapes, so requests
// get past the first check and reach the code behind it.

export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

const SHORT = 40;

/** With `hostile`, any value may be swapped for one of its values (one time in seven). */
export function arbitraryFor(schema: JsonSchema, hostile?: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const withHostile = (arbitrary: fc.Arbitrary<unknown>) => (hostile ? fc.oneof({ arbitrary, weight: 6 }, { arbitrary: hostile, weight: 1 }) : arbitrary);
  const build = (node: JsonSchema): fc.Arbitrary<unknown> => {
    if (node.const !== undefined) return fc.constant(node.const);
    if (node.enum) return fc.constantFrom(...node.enum);
    const choices = node.anyOf ?? node.oneOf;
    if (choices) return fc.oneof(...choices.map(build));
    if (node.allOf?.[0]) return build(node.allOf[0]);
    const type = Array.isArray(node.type) ? node.type[0] : node.type;
    switch (type) {
      case "string":
        if (node.pattern) return withHostile(fc.stringMatching(new RegExp(node.pattern)).map((value) => value.slice(0, node.maxLength ?? value.length)));
        return withHostile(fc.string({ minLength: node.minLength ?? 0, maxLength: Math.min(node.maxLength ?? SHORT, SHORT) }));
      case "integer":
        return withHostile(fc.integer({ min: Math.max(node.minimum ?? -1_000, -1_000_000), max: Math.min(node.maximum ?? 1_000, 1_000_000) }));
      case "number":
        return withHostile(fc.double({ min: node.minimum ?? -1_000, max: node.maximum ?? 1_000, noNaN: true }));
      case "boolean":
        return withHostile(fc.boolean());
      case "null":
        return fc.constant(null);
      case "array":
        return withHostile(fc.array(node.items ? build(node.items) : fc.jsonValue(), { minLength: node.minItems ?? 0, maxLength: Math.min(node.maxItems ?? 4, 4) }));
      case "object": {
        const properties = Object.fromEntries(Object.entries(node.properties ?? {}).map(([name, property]) => [name, build(property)]));
        const required = (node.required ?? []).filter((name) => name in properties);
        return withHostile(fc.record(properties, { requiredKeys: required }));
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  };
  return build(schema);
}

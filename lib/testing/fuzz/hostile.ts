import fc from "fast-check";

// What a careless or hostile client sends: text Postgres cannot store, numbers past its columns,
// dates it refuses, documents deeper than its JSON, markup, wrong types.

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let level = 0; level < depth; level++) value = { type: "paragraph", content: [value] };
  return value;
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "name\u0000with a NUL",
    "\ud800",
    "half an emoji \ud83d",
    "\udfff trailing",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    '=HYPERLINK("https://evil.example")',
    "0000-01-01",
    "9999-99-99",
    "-1",
    "../../etc/passwd",
    "",
    " ",
  ),
  fc.constantFrom(2 ** 31, 2 ** 53, -1, -(2 ** 31) - 1, 1e308, -0, 0.5, Number.MAX_SAFE_INTEGER),
  fc.constantFrom(true, false, null, [], {}, [null], { "": "" }),
  fc.constantFrom(60, 200, 2_000).map(nested),
  fc.integer({ min: 5_000, max: 40_000 }).map((length) => "x".repeat(length)),
);

/** Ways a whole request goes wrong, besides its values. */
export type BodyMangling = "none" | "text-content-type" | "malformed-json" | "json-array" | "json-string" | "empty" | "extra-field";

export const bodyMangling: fc.Arbitrary<BodyMangling> = fc.oneof(
  { arbitrary: fc.constant<BodyMangling>("none"), weight: 8 },
  { arbitrary: fc.constantFrom<BodyMangling>("text-content-type", "malformed-json", "json-array", "json-string", "empty", "extra-field"), weight: 2 },
);

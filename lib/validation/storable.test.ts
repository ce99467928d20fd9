import { describe, expect, it } from "vitest";
import { jsonProblem, storableText, textProblem, truncateText } from "./storable";

describe("what Postgres can store", () => {
  it("refuses NUL characters and unpaired surrogates, and accepts whole emoji", () => {
    expect(textProblem("Lisbon")).toBeNull();
    expect(textProblem("Porto 🇵🇹 😀")).toBeNull();
    expect(textProblem("a\u0000b")).toMatch(/NUL/);
    expect(textProblem("half an emoji \ud83d")).toMatch(/surrogate/);
    expect(textProblem("\ude00 the other half")).toMatch(/surrogate/);
  });

  it("names the place of the first problem in a JSON body, keys included", () => {
    expect(jsonProblem({ note: "fine", sources: [{ title: "ok" }, { title: "bad\u0000" }] })).toBe("$.sources[1].title contains a NUL character (\\u0000), which cannot be stored");
    expect(jsonProblem({ ["k\ud800"]: 1 })).toMatch(/^a key in \$ contains half/);
    expect(jsonProblem({ count: 2 ** 40, flag: true, none: null })).toBeNull();
  });

  it("stops at the depth limit however deep the document is", () => {
    let deep: unknown = "leaf";
    for (let level = 0; level < 100_000; level++) deep = { content: [deep] };
    expect(jsonProblem(deep, 32)).toMatch(/nested more than 32 levels deep$/);
    let shallow: unknown = "leaf";
    for (let level = 0; level < 15; level++) shallow = { content: [shallow] };
    expect(jsonProblem(shallow, 32)).toBeNull();
  });

  it("truncates without cutting a character in half", () => {
    expect(truncateText("ab😀cd", 3)).toBe("ab");
    expect(truncateText("ab😀cd", 4)).toBe("ab😀");
    expect(truncateText("abc", 10)).toBe("abc");
  });

  it("cleans text that comes from a file instead of refusing it", () => {
    expect(storableText("a\u0000b \ud83d c 😀")).toBe("ab \ufffd c 😀");
  });
});

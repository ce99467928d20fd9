import { describe, expect, it } from "vitest";
import { safeRedirect, withoutUnsafeCallbackUrl } from "./safe-redirect";

describe("redirects after sign-in", () => {
  it("follows same-site paths only", () => {
    expect(safeRedirect("/articles/abc?claim=x")).toBe("/articles/abc?claim=x");
    for (const unsafe of ["//evil.example", "/\\evil.example", "https://evil.example/", "x", null, 42]) expect(safeRedirect(unsafe)).toBe("/articles");
  });

  it("drops a callbackUrl that is not a path or an address on this origin", () => {
    const base = "https://desk.example/api/auth/signin";
    expect(withoutUnsafeCallbackUrl(new URL(`${base}?callbackUrl=x`))?.toString()).toBe(base);
    expect(withoutUnsafeCallbackUrl(new URL(`${base}?callbackUrl=${encodeURIComponent("https://evil.example/")}&a=1`))?.toString()).toBe(`${base}?a=1`);
    expect(withoutUnsafeCallbackUrl(new URL(`${base}?callbackUrl=%2Farticles`))).toBeNull();
    expect(withoutUnsafeCallbackUrl(new URL(`${base}?callbackUrl=${encodeURIComponent("https://desk.example/queue")}`))).toBeNull();
    expect(withoutUnsafeCallbackUrl(new URL(base))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { ZArticleEventsQuerySchema, ZDeskEventsQuerySchema } from "./article";

describe("a stream position (since)", () => {
  it("is refused, never thrown on, when it is not a 64-bit transaction id", () => {
    for (const schema of [ZArticleEventsQuerySchema, ZDeskEventsQuerySchema]) {
      for (const since of ["0.5", "1e+308", "-1", "", " 12", "18446744073709551616", "123456789012345678901", "٣"]) {
        expect(schema.safeParse({ since }).success, since).toBe(false);
      }
      expect(schema.safeParse({ since: "18446744073709551615" })).toEqual({ success: true, data: { since: "18446744073709551615" } });
      expect(schema.safeParse({})).toEqual({ success: true, data: {} });
    }
  });
});

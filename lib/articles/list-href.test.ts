import { describe, expect, it } from "vitest";
import { articleListHref, pagerPages } from "./list-href";
import { decodeListCursor, encodeListCursor } from "./list-cursor";

describe("the article list's addresses", () => {
  it("keep the search and filters and name the page (none for the first)", () => {
    expect(articleListHref({}, 1)).toBe("/articles");
    expect(articleListHref({ q: "Lisbon budget", state: "in_check", page: "4" }, 2)).toBe("/articles?q=Lisbon+budget&state=in_check&page=2");
    expect(articleListHref({ q: "a&b=c", page: "2" }, 1)).toBe("/articles?q=a%26b%3Dc");
  });

  it("offer the first, the last and the pages around the current one", () => {
    expect(pagerPages(1, 1)).toEqual([1]);
    expect(pagerPages(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerPages(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pagerPages(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    // A gap of one page shows that page rather than an ellipsis.
    expect(pagerPages(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
    expect(pagerPages(20, 20)).toEqual([1, null, 18, 19, 20]);
  });

  it("carry a cursor that reads back as it was written", () => {
    for (const cursor of [
      { sort: "updated", after: "2026-12-02T10:00:00.123Z", id: "abc" },
      { sort: "title", after: "zürich – “quoted”", id: "x1" },
      { sort: "relevance", after: 0.0607927106320858, id: "y2" },
    ] as const) {
      expect(decodeListCursor(encodeListCursor(cursor))).toEqual(cursor);
    }
    expect(decodeListCursor("")).toBeNull();
    expect(decodeListCursor("!!!")).toBeNull();
    expect(decodeListCursor(Buffer.from("{}").toString("base64url"))).toBeNull();
  });
});

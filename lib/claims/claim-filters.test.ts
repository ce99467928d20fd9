import { describe, expect, it } from "vitest";
import type { ClaimDto } from "../dto";
import { applyClaimFilters, NO_FILTERS, parseClaimFilters, writeClaimFilters } from "./claim-filters";

const claim = (id: string, overrides: Partial<ClaimDto>) =>
  ({ id, status: "unchecked", kind: "name", assigneeId: null, needsRecheck: false, sources: [], ...overrides }) as ClaimDto;

describe("claim filters", () => {
  const claims = [
    claim("a", { status: "verified", kind: "number", assigneeId: "u1", sources: [{} as ClaimDto["sources"][number]] }),
    claim("b", { status: "verified", needsRecheck: true }),
    claim("c", { kind: "number", assigneeId: "u2" }),
  ];

  it("filters by status, kind, assignee, needs-recheck and missing sources together", () => {
    const ids = (filters: Partial<typeof NO_FILTERS>) => applyClaimFilters(claims, { ...NO_FILTERS, ...filters }).map((item) => item.id);
    expect(ids({})).toEqual(["a", "b", "c"]);
    expect(ids({ status: "verified" })).toEqual(["a", "b"]);
    expect(ids({ kind: "number", noSource: true })).toEqual(["c"]);
    expect(ids({ assignee: "none" })).toEqual(["b"]);
    expect(ids({ assignee: "u2" })).toEqual(["c"]);
    expect(ids({ needsRecheck: true })).toEqual(["b"]);
  });

  it("round-trips through the URL and ignores values it does not know", () => {
    const filters = { status: "disputed", kind: "date", assignee: "none", needsRecheck: true, noSource: false } as const;
    const params = writeClaimFilters(new URLSearchParams("claim=c1"), filters);
    expect(params.toString()).toBe("claim=c1&status=disputed&kind=date&assignee=none&recheck=1");
    expect(parseClaimFilters(params)).toEqual(filters);
    expect(parseClaimFilters(new URLSearchParams("status=lies&kind=<script>&assignee=../x"))).toEqual(NO_FILTERS);
  });
});

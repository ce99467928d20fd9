import { describe, expect, it } from "vitest";
import { ZIdSchema } from "@/lib/validation/common";
import { newId } from "./ids";

describe("newId", () => {
  it("makes ids the API accepts, 25 characters like Prisma's cuids", () => {
    const id = newId();
    expect(ZIdSchema.safeParse(id).success).toBe(true);
    expect(id).toHaveLength(25);
  });

  it("makes distinct ids that sort in the order they were made", () => {
    const ids = Array.from({ length: 5_000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

import { describe, expect, it } from "vitest";
import { assertCan, can, canBeAssigned, canDeleteComment, canEditComment, ROLES, type Permission } from "./permissions";

describe("permissions", () => {
  const expected: Record<Permission, string[]> = {
    "article:read": ["admin", "editor", "checker", "viewer"],
    "article:create": ["admin", "editor"],
    "article:edit": ["admin", "editor"],
    "article:delete": ["admin", "editor"],
    "claim:write": ["admin", "editor", "checker"],
    "claim:decide": ["admin", "editor"],
    "source:write": ["admin", "editor", "checker"],
    "source:confidential": ["admin", "editor"],
    "comment:moderate": ["admin"],
    "user:manage": ["admin"],
    "desk:configure": ["admin"],
    "register:write": ["admin", "editor", "checker"],
    "evidence:delete": ["admin"],
  };

  for (const [permission, roles] of Object.entries(expected) as [Permission, string[]][]) {
    it(`grants ${permission} to exactly ${roles.join(", ")}`, () => {
      expect(ROLES.filter((role) => can(role, permission))).toEqual(roles);
    });
  }

  it("throws a FORBIDDEN error that names the role and the action", () => {
    expect(() => assertCan({ role: "viewer" }, "claim:write")).toThrow("Your role (viewer) may not create or change claims.");
    expect(() => assertCan({ role: "checker" }, "claim:write")).not.toThrow();
  });

  it("lets authors edit their comments, and authors or moderators delete them", () => {
    const comment = { authorId: "u1" };
    expect(canEditComment({ id: "u1", role: "checker" }, comment)).toBe(true);
    expect(canEditComment({ id: "u1", role: "viewer" }, comment)).toBe(false);
    expect(canEditComment({ id: "u2", role: "admin" }, comment)).toBe(false);
    expect(canDeleteComment({ id: "u1", role: "viewer" }, comment)).toBe(true);
    expect(canDeleteComment({ id: "u2", role: "admin" }, comment)).toBe(true);
    expect(canDeleteComment({ id: "u2", role: "editor" }, comment)).toBe(false);
  });

  it("assigns claims only to people who may check them", () => {
    expect(ROLES.filter(canBeAssigned)).toEqual(["admin", "editor", "checker"]);
  });
});

import { describe, expect, it } from "vitest";
import { assertCan, can, ROLES, type Permission } from "./permissions";

describe("permissions", () => {
  const expected: Record<Permission, string[]> = {
    "article:read": ["admin", "editor", "checker", "viewer"],
    "article:create": ["admin", "editor"],
    "article:edit": ["admin", "editor"],
    "article:delete": ["admin", "editor"],
    "claim:write": ["admin", "editor", "checker"],
    "claim:decide": ["admin", "editor"],
    "source:write": ["admin", "editor", "checker"],
    "user:manage": ["admin"],
    "desk:configure": ["admin"],
    "register:write": ["admin", "editor", "checker"],
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
});

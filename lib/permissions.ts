import { AppError } from "./errors/app-error";

export const ROLES = ["admin", "editor", "checker", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export type Permission = "article:read" | "article:create" | "article:edit" | "article:delete" | "claim:write" | "claim:decide" | "source:write" | "user:manage" | "desk:configure" | "register:write";

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ["article:read", "article:create", "article:edit", "article:delete", "claim:write", "claim:decide", "source:write", "user:manage", "desk:configure", "register:write"],
  editor: ["article:read", "article:create", "article:edit", "article:delete", "claim:write", "claim:decide", "source:write", "register:write"],
  checker: ["article:read", "claim:write", "source:write", "register:write"],
  viewer: ["article:read"],
};

const DESCRIPTIONS: Record<Permission, string> = {
  "article:read": "read articles",
  "article:create": "create articles",
  "article:edit": "edit article text",
  "article:delete": "delete articles",
  "claim:write": "create or change claims",
  "claim:decide": "record the editor's decision on a claim",
  "source:write": "add or change sources",
  "user:manage": "manage users",
  "desk:configure": "change the desk's settings",
  "register:write": "change the names-and-titles register",
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function assertCan(actor: { role: Role }, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${actor.role}) may not ${DESCRIPTIONS[permission]}.`);
  }
}

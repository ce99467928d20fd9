import { AppError } from "./errors/app-error";

export const ROLES = ["admin", "editor", "checker", "viewer"] as const;
export type Role = (typeof ROLES)[number];

// The one permission table, read by the server before every read and write and by the UI to
// decide what to offer. Components never compare role names themselves.

export type Permission =
  | "article:read"
  | "article:create"
  | "article:edit"
  | "article:delete"
  | "claim:write"
  | "claim:decide"
  | "source:write"
  | "source:confidential"
  | "comment:moderate"
  | "user:manage"
  | "desk:configure"
  | "register:write"
  | "evidence:delete";

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: [
    "article:read",
    "article:create",
    "article:edit",
    "article:delete",
    "claim:write",
    "claim:decide",
    "source:write",
    "source:confidential",
    "comment:moderate",
    "user:manage",
    "desk:configure",
    "register:write",
    "evidence:delete",
  ],
  editor: ["article:read", "article:create", "article:edit", "article:delete", "claim:write", "claim:decide", "source:write", "source:confidential", "register:write"],
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
  "source:confidential": "see the details of confidential sources",
  "comment:moderate": "delete other people's comments",
  "user:manage": "manage users",
  "desk:configure": "change the desk's settings",
  "register:write": "change the names-and-titles register",
  "evidence:delete": "delete evidence files",
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function assertCan(actor: { role: Role }, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${actor.role}) may not ${DESCRIPTIONS[permission]}.`);
  }
}

/** Claims and articles go to people who can check them. */
export function canBeAssigned(role: Role): boolean {
  return can(role, "claim:write");
}

type Actor = { id: string; role: Role };

/** Only the author edits a comment, while they may still take part in checking. */
export function canEditComment(actor: Actor, comment: { authorId: string }): boolean {
  return comment.authorId === actor.id && can(actor.role, "claim:write");
}

/** The author deletes their own comment; a moderator anyone's. */
export function canDeleteComment(actor: Actor, comment: { authorId: string }): boolean {
  return comment.authorId === actor.id || can(actor.role, "comment:moderate");
}

/** Who a confidential source's details are for, besides editors and admins: the people checking its claim. */
export type ConfidentialityContext = { assigneeId: string | null; leadCheckerId: string | null; addedById: string };

/**
 * A confidential source (someone who spoke on background) is named only to those who need the
 * name: editors and admins, the claim's assignee, the article's lead checker, and whoever added
 * it. Everyone else learns that it exists and its kind.
 */
export function canSeeConfidentialSource(actor: Actor, context: ConfidentialityContext): boolean {
  return can(actor.role, "source:confidential") || actor.id === context.assigneeId || actor.id === context.leadCheckerId || actor.id === context.addedById;
}

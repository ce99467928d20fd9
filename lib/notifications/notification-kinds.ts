// What the inbox tells people, and the sentence each kind reads as.
export const NOTIFICATION_KINDS = ["mention", "reply", "lead_checker", "reopened", "recheck", "proposal", "proposal_accepted", "proposal_rejected"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** "Cara Checker mentioned you", …: the actor's name comes first. */
export function describeNotification(kind: string, actor: string, articleTitle: string): string {
  if (!isNotificationKind(kind)) return `${actor} did something that concerns you in “${articleTitle}”`;
  switch (kind) {
    case "mention":
      return `${actor} mentioned you in “${articleTitle}”`;
    case "reply":
      return `${actor} replied to your comment in “${articleTitle}”`;
    case "lead_checker":
      return `${actor} made you lead checker of “${articleTitle}”`;
    case "reopened":
      return `${actor} edited “${articleTitle}”, which sent it back to in check`;
    case "recheck":
      return `${actor} edited “${articleTitle}”: a claim you checked changed and needs checking again`;
    case "proposal":
      return `${actor} proposed a change to the text of “${articleTitle}”`;
    case "proposal_accepted":
      return `${actor} accepted your proposed change in “${articleTitle}”`;
    case "proposal_rejected":
      return `${actor} rejected your proposed change in “${articleTitle}”`;
  }
}

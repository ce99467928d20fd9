import type { CheckTime } from "./flags";

// The day an article speaks for, which the register checks titles against: its dateline or
// publication date when the desk gave one, else the day it was signed off, else today. Every
// message says which of these it used.

export type ArticleDays = { publicationDate: Date | null; signedOffAt: Date | null };
export type RegisterDay = { day: string; label: string };

export function articleDay({ publicationDate, signedOffAt }: ArticleDays, now = new Date()): CheckTime {
  const [date, why] = publicationDate
    ? [publicationDate, "the article's publication date"]
    : signedOffAt
      ? [signedOffAt, "the day the article was signed off"]
      : [now, "today; the article has no publication date"];
  const day = date.toISOString().slice(0, 10);
  return { from: day, to: day, label: `on ${day} (${why})` };
}

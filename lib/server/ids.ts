import "server-only";
import { randomBytes } from "node:crypto";

// Ids for rows the server writes with its own SQL (Prisma makes cuids for the rest). Same
// alphabet and length as a cuid, so they pass the API's id rule and sit beside Prisma's ids:
// "c", the time in milliseconds, a counter (ids made in one millisecond by this process stay in
// order: the history sorts events of one instant by id) and random characters (ids made by
// different app servers in one millisecond never collide).

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
const COUNTER_SPACE = 36 ** 4;
let counter = 0;

function randomPart(length: number): string {
  const bytes = randomBytes(length);
  let text = "";
  for (const byte of bytes) text += ALPHABET[byte % 36];
  return text;
}

/** A new id: 25 lower-case letters and digits, ordered by creation within this process. */
export function newId(): string {
  counter = (counter + 1) % COUNTER_SPACE;
  return `c${Date.now().toString(36).padStart(9, "0")}${counter.toString(36).padStart(4, "0")}${randomPart(11)}`;
}

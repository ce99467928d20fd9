import "server-only";

// Postgres restarting, failing over or out of reach shows up as errors from the driver, the
// adapter or Prisma, each wrapping the last. These are answered 503 (try again), not 500.

const UNAVAILABLE_CODES = new Set([
  // Node's network errors
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  // Postgres: connection exceptions (class 08) and the server shutting down or starting (57P0x)
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  // Prisma: cannot reach the server, timed out, connection closed, pool timeout
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);

const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

/** Whether an error means the database could not be reached (as opposed to a bug or bad data). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return chainMatches(error, UNAVAILABLE_CODES, UNAVAILABLE_MESSAGES);
}

// The database answered but could not finish in time: a transaction that outlived its timeout
// waiting on another's lock (Prisma P2028), a lock or statement timeout, a deadlock or a
// serialization failure. Nothing was committed; the same request may well succeed again.
const BUSY_CODES = new Set(["P2028", "55P03", "57014", "40P01", "40001"]);
const BUSY_MESSAGES = /Query read timeout|Transaction already closed|expired transaction/i;

/** Whether an error means the database was too busy to finish the request (try again), not a bug. */
export function isDatabaseBusy(error: unknown): boolean {
  return chainMatches(error, BUSY_CODES, BUSY_MESSAGES);
}

/** Walks an error and its causes (driver → adapter → Prisma) for a known code or message. */
function chainMatches(error: unknown, codes: Set<string>, messages: RegExp): boolean {
  const seen = new Set<unknown>();
  for (let current: unknown = error; current && typeof current === "object" && !seen.has(current);) {
    seen.add(current);
    const { code, message, cause, originalCode } = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if ((typeof code === "string" && codes.has(code)) || (typeof originalCode === "string" && codes.has(originalCode))) return true;
    if (typeof message === "string" && messages.test(message)) return true;
    current = cause;
  }
  return false;
}

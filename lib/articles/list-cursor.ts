// The article list's cursor: where the previous page ended, as the sort orders articles (the
// sort key of its last article and that article's id, which breaks ties). Opaque to clients
// (base64url JSON), checked in full when it comes back: it ends up in SQL parameters.

export type ListCursor = { sort: "updated" | "created" | "title"; after: string; id: string } | { sort: "relevance"; after: number; id: string };

const ID = /^[a-z0-9]{1,64}$/;
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

export function encodeListCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.after, cursor.id]), "utf8").toString("base64url");
}

/** The cursor `text` encodes, or null when it is not one `encodeListCursor` could have made. */
export function decodeListCursor(text: string): ListCursor | null {
  if (!/^[A-Za-z0-9_-]{1,500}$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [sort, after, id] = value as unknown[];
  if (typeof id !== "string" || !ID.test(id)) return null;
  if ((sort === "updated" || sort === "created") && typeof after === "string" && ISO_TIME.test(after) && !Number.isNaN(Date.parse(after))) return { sort, after, id };
  if (sort === "title" && typeof after === "string" && after.length <= 300 && !after.includes("\0") && after.isWellFormed()) return { sort, after, id };
  if (sort === "relevance" && typeof after === "number" && Number.isFinite(after) && after >= 0 && after <= 1e9) return { sort, after, id };
  return null;
}

// What an evidence file is, read from its bytes (never its name), and how it may be served.
// Binary formats are recognised by `file-type`'s signatures; a saved web page and plain text
// carry none, so they are told apart here: HTML by its opening markup, text by being UTF-8
// without control characters.

/** The kinds of evidence a source may hold, by the media type its bytes show. */
export const EVIDENCE_MEDIA_TYPES = {
  "application/pdf": { label: "PDF", inline: true },
  "image/png": { label: "PNG image", inline: true },
  "image/jpeg": { label: "JPEG image", inline: true },
  "image/webp": { label: "WebP image", inline: true },
  "audio/mpeg": { label: "MP3 audio", inline: false },
  "audio/mp4": { label: "M4A audio", inline: false },
  "audio/wav": { label: "WAV audio", inline: false },
  "text/plain": { label: "Plain text", inline: false },
  "text/html": { label: "Saved web page", inline: false },
} as const;
export type EvidenceMediaType = keyof typeof EVIDENCE_MEDIA_TYPES;

/** Bytes enough for every signature checked (file-type reads up to 4,100). */
export const SNIFF_BYTES = 4_100;

/** file-type's names for the formats above, where they differ. */
const ALIASES: Record<string, EvidenceMediaType> = {
  "audio/x-m4a": "audio/mp4",
  "video/mp4": "audio/mp4",
  "audio/vnd.wave": "audio/wav",
  "audio/wave": "audio/wav",
  "audio/x-wav": "audio/wav",
};

export const isEvidenceMediaType = (value: string): value is EvidenceMediaType => Object.hasOwn(EVIDENCE_MEDIA_TYPES, value);

/** The media type `head` (the file's first bytes, `complete` when that is the whole file) shows, or null for one not accepted. */
export async function sniffEvidenceType(head: Uint8Array, complete: boolean): Promise<EvidenceMediaType | null> {
  const { fileTypeFromBuffer } = await import("file-type");
  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    const mime = ALIASES[detected.mime] ?? detected.mime;
    return isEvidenceMediaType(mime) ? mime : null;
  }
  return textKind(head, complete);
}

/** A saved web page, plain text, or neither (binary, or not UTF-8). */
function textKind(head: Uint8Array, complete: boolean): "text/html" | "text/plain" | null {
  // A multi-byte character may be cut at the end of the head: decode all but its last three bytes strictly.
  const body = complete ? head : head.subarray(0, Math.max(0, head.length - 3));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)) return null;
  const start = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<!--/.test(start)) return "text/html";
  return "text/plain";
}

/**
 * A file name safe to store and to send in Content-Disposition: no path, no control characters,
 * at most 200 characters, and never empty.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? "";
  const clean = base
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(0, 200);
  return clean && clean !== "." && clean !== ".." ? clean : "evidence";
}

/** `Content-Disposition` for `fileName`: inline (images, PDFs shown in the workspace) or as a download. */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The Content-Security-Policy an evidence file is served with. Whatever it holds may not fetch
 * anything, and is framed only by Factdesk itself. Every file but a PDF is also sandboxed (no
 * script, an origin of its own). A PDF cannot be: Chromium's PDF viewer refuses to run in any
 * sandboxed document or frame (crbug.com/413851, whatwg/html#3958) and shows "blocked" instead.
 * A PDF stays harmless without it: its type is fixed by its bytes and `nosniff`, so it is only
 * ever a PDF, and the browser's viewer runs a PDF's own scripts in its own isolated engine with no
 * access to the page or its cookies (docs/decisions.md).
 */
export function evidencePolicy(contentType: EvidenceMediaType): string {
  const policy = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";
  return contentType === "application/pdf" ? policy : `sandbox; ${policy}`;
}

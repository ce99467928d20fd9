// The browser's client for the JSON API: the UI uses the same endpoints as scripts do.

export class ApiError extends Error {
  readonly status: number;
  /** Other fields of the error body, such as `blockers` or `currentVersion`. */
  readonly details: Record<string, unknown> | undefined;
  constructor(status: number, message: string, details?: Record<string, unknown>) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

export type ApiRequest = {
  method?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is: a FormData (multipart) or text with its `contentType`. */
  raw?: { body: FormData | string; contentType?: string };
};

export async function apiFetch<T>(url: string, options: ApiRequest = {}): Promise<T> {
  const { body, raw } = options;
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? (body !== undefined || raw ? "POST" : "GET"),
      headers: raw?.contentType ? { "Content-Type": raw.contentType } : body !== undefined ? { "Content-Type": "application/json" } : undefined,
      body: raw ? raw.body : body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0, "The server could not be reached. Check your connection; nothing was saved.");
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const details = isRecord(payload) ? payload : undefined;
    const message = typeof details?.error === "string" ? details.error : `The request failed (${response.status}).`;
    throw new ApiError(response.status, message, details);
  }
  return payload as T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

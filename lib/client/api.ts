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

export async function apiFetch<T>(url: string, options: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? "GET",
      headers: options.body !== undefined ? { "Content-Type": "application/json" } : undefined,
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  } catch {
    throw new ApiError(0, "The server could not be reached. Check your connection; nothing was saved.");
  }
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const message = payload && typeof payload.error === "string" ? payload.error : `The request failed (${response.status}).`;
    throw new ApiError(response.status, message, payload && typeof payload === "object" ? payload : undefined);
  }
  return payload as T;
}

/**
 * True for an absolute http(s) address with a host: the only addresses Factdesk stores as
 * links and the only ones any export makes clickable (never javascript:, data: or file:).
 */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

import { BlockList, isIP } from "node:net";

// Which address a request comes from, for limiting sign-in attempts per address. X-Forwarded-For
// is a list each proxy appends to, and its left part is whatever the client wrote. Only the
// proxies the desk names in TRUSTED_PROXIES are believed: reading from the right, the first
// address that is not one of them is the client. With no trusted proxy the header proves
// nothing (Next.js fills it from the connection only when the client sent none), so the address
// is unknown and only the per-account limit applies.

/** Parses TRUSTED_PROXIES: addresses and CIDR ranges, IPv4 or IPv6, separated by commas. */
export function parseTrustedProxies(setting: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (setting ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range.`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** The right-most address in X-Forwarded-For that is not a trusted proxy, or null when that cannot be known. */
export function clientAddress(forwardedFor: string | null | undefined, trusted: BlockList, anyTrusted: boolean): string | null {
  if (!anyTrusted || !forwardedFor) return null;
  const hops = forwardedFor
    .split(",")
    .map((hop) => hop.trim())
    .reverse();
  for (const hop of hops) {
    const family = isIP(hop);
    if (family === 0) return null;
    if (!trusted.check(hop, family === 4 ? "ipv4" : "ipv6")) return hop;
  }
  return null;
}

import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

describe("the client address behind trusted proxies", () => {
  const trusted = parseTrustedProxies("10.0.0.0/8, 192.0.2.7, fd00::/8");

  it("is the right-most hop that is not a trusted proxy, whatever the client wrote before it", () => {
    expect(clientAddress("203.0.113.9", trusted, true)).toBe("203.0.113.9");
    expect(clientAddress("1.1.1.1, 203.0.113.9, 10.1.2.3", trusted, true)).toBe("203.0.113.9");
    expect(clientAddress("6.6.6.6, 198.51.100.4, 192.0.2.7", trusted, true)).toBe("198.51.100.4");
    expect(clientAddress("2001:db8::1, fd00::5", trusted, true)).toBe("2001:db8::1");
  });

  it("is unknown without trusted proxies, with only proxies, or with a hop that is not an address", () => {
    expect(clientAddress("203.0.113.9", parseTrustedProxies(undefined), false)).toBeNull();
    expect(clientAddress("10.0.0.1, 10.0.0.2", trusted, true)).toBeNull();
    expect(clientAddress("203.0.113.9, not-an-ip, 10.0.0.1", trusted, true)).toBeNull();
    expect(clientAddress(null, trusted, true)).toBeNull();
  });

  it("refuses a setting it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.internal")).toThrow('"proxy.internal" is not an IP address');
  });
});

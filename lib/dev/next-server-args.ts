// How every Factdesk server is started with `next start`, wherever it is started from.

/**
 * Idle keep-alive connections stay open 65 s, longer than a load balancer's idle timeout (60 s
 * on AWS): the balancer, which knows when it reuses a connection, closes idle ones first, so no
 * request is sent on a socket the server is closing at that moment (an ECONNRESET for the
 * client). Node's default is 5 s; the tests' HTTP clients met that race too.
 */
export const KEEP_ALIVE_MS = 65_000;

/** `next start`'s arguments for a server on `port`. */
export const nextStartArgs = (port: number): string[] => ["start", "-p", String(port), "--keepAliveTimeout", String(KEEP_ALIVE_MS)];

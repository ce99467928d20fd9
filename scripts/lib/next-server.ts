// How every `next start` here serves (npm start, the test suite's servers, the benchmarks).
//
// Idle keep-alive connections are kept for 65 s, longer than a load balancer's usual idle timeout
// (60 s), so the balancer closes them, never the app server under a request it is sending. With
// Node's default (5 s), a client reusing a connection just as the server closed it got "socket
// hang up" (ECONNRESET): seen once in the e2e suite. Shutting down still closes idle connections
// at once (Node's server.close).
export const NEXT_START_OPTIONS = ["--keepAliveTimeout", "65000"];

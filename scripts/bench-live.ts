// npm run bench:live — the live desk's budgets (issue 15), on one app server:
//   - 200 streams open on one article: a change reaches all of them (p95 within 1 s),
//   - the idle cost of 200 open streams (the server's CPU over 10 s without and with them, < 5%),
//   - write throughput (marking claims on that article) with the 200 streams open, as a ratio
//     to the same writes with none open in the same run (>= 0.9x).
// The streams are read by this script on the same 2 cores as the server and the database.
//   npm run bench:live -- --streams 200 --rounds 20 [--profile /tmp/prof]
import autocannon from "autocannon";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readEventStream } from "@/lib/live/read-event-stream";
import { createBenchArticle } from "./lib/bench-article";
import { signInOverHttp } from "./lib/http-session";
import { median, p95 } from "./lib/stats";
import { startThrowawayApp } from "./lib/throwaway-app";

const { values: options } = parseArgs({
  options: {
    streams: { type: "string", default: "200" },
    rounds: { type: "string", default: "20" },
    duration: { type: "string", default: "8" },
    // The server writes .cpuprofile files there (node --cpu-prof), for a flame graph.
    profile: { type: "string" },
  },
});
const STREAMS = Number(options.streams);
const ROUNDS = Number(options.rounds);
const DURATION = Number(options.duration);
const CONNECTIONS = 32;

/** `drain`: from now on only take the bytes off the wire (as the network would), without reading the events. */
type Follower = { arrivals: Map<string, number>; drain: () => void; stop: () => void };

/** Opens one stream as a browser would and notes when each entity's event arrives. */
async function follow(url: string, cookie: string): Promise<Follower> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal });
  if (!response.ok || !response.body) throw new Error(`The stream answered ${response.status}`);
  const arrivals = new Map<string, number>();
  let ready!: () => void;
  const opened = new Promise<void>((resolve) => (ready = resolve));
  let reading = true;
  // While measuring write throughput the streams' bytes are drained, not parsed: browsers read
  // their events on their own machines, not on the app server's two cores this script shares.
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform: (chunk, controller) => {
        if (reading) controller.enqueue(chunk);
      },
    }),
  );
  readEventStream(body, (message) => {
    if (message.event === "ready") ready();
    if (message.event === "activity") arrivals.set((JSON.parse(message.data) as { entityId: string }).entityId, performance.now());
  }).catch(() => undefined); // Stopped.
  await opened;
  return { arrivals, drain: () => (reading = false), stop: () => abort.abort() };
}

/** CPU seconds used so far by every process in the server's process group. */
function groupCpuSeconds(pgid: number): number {
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ");
      // After "pid (comm) ": state ppid pgrp … utime is field 14, stime 15 (1-based, whole line).
      if (Number(fields[2]) === pgid) total += (Number(fields[11]) + Number(fields[12])) / ticks;
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

async function cpuShare(pgid: number, seconds: number): Promise<number> {
  const before = groupCpuSeconds(pgid);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return (groupCpuSeconds(pgid) - before) / seconds;
}

async function markClaims(baseURL: string, articleId: string, cookie: string, spans: { start: number; end: number }[], duration: number): Promise<number> {
  let next = 0;
  const result = await autocannon({
    url: `${baseURL}/api/articles/${articleId}/claims`,
    connections: CONNECTIONS,
    duration,
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    requests: [{ method: "POST", setupRequest: (request) => ({ ...request, body: JSON.stringify({ ...spans[next++ % spans.length], kind: "number" }) }) }],
  });
  const failures = result.non2xx + result.errors + result.timeouts;
  if (failures > 0) console.warn(`  ${failures} writes failed`);
  return result.requests.average;
}

async function main() {
  let article!: { id: string; text: string };
  const app = await startThrowawayApp(
    async () => {
      article = await createBenchArticle({ title: "Benchmark: followed live", words: 1500, claims: 0 });
    },
    options.profile ? { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${path.resolve(options.profile)}`] } : {},
  );
  const followers: Follower[] = [];
  try {
    const cookie = await signInOverHttp(app.baseURL, "checker@example.com", app.password);
    const spans = [...article.text.matchAll(/\S+/g)].map((token) => ({ start: token.index, end: token.index + token[0].length }));
    const streamUrl = `${app.baseURL}/api/articles/${article.id}/events`;

    const idleWithout = await cpuShare(app.serverPid, 10);
    // Writes without streams both before and after those with them (A-B-A), so warming up and
    // the article's growing claim count weigh on both sides alike.
    const withoutBefore = await markClaims(app.baseURL, article.id, cookie, spans, DURATION);
    for (let index = 0; index < STREAMS; index++) followers.push(await follow(streamUrl, cookie));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const idleWith = await cpuShare(app.serverPid, 10);

    const latencies: number[] = [];
    let missed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const span = spans[(round * 7) % spans.length]!;
      const started = performance.now();
      const response = await fetch(`${app.baseURL}/api/articles/${article.id}/claims`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: JSON.stringify({ ...span, kind: "date" }),
      });
      const { id } = (await response.json()) as { id: string };
      const deadline = performance.now() + 5_000;
      while (followers.some((follower) => !follower.arrivals.has(id)) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      for (const follower of followers) {
        const arrived = follower.arrivals.get(id);
        if (arrived === undefined) missed += 1;
        else latencies.push(arrived - started);
      }
    }

    for (const follower of followers) follower.drain();
    const withStreams = await markClaims(app.baseURL, article.id, cookie, spans, DURATION);
    for (const follower of followers.splice(0)) follower.stop();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const withoutAfter = await markClaims(app.baseURL, article.id, cookie, spans, DURATION);
    const withoutStreams = (withoutBefore + withoutAfter) / 2;

    console.log(`\n${STREAMS} streams on one article, one app server (this machine's 2 cores, shared with the database and this script):`);
    console.log(
      `  a change reaching every stream      median ${median(latencies).toFixed(0)} ms, p95 ${p95(latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms over ${ROUNDS} changes; ${missed} deliveries missed`,
    );
    console.log(`  server CPU, idle                    ${(idleWithout * 100).toFixed(1)}% of a core without streams, ${(idleWith * 100).toFixed(1)}% with ${STREAMS} open`);
    console.log(
      `  marking claims (${CONNECTIONS} connections, ${DURATION} s)  ${withStreams.toFixed(0)} req/s with the streams open, ${withoutStreams.toFixed(0)} without (${withoutBefore.toFixed(0)} before, ${withoutAfter.toFixed(0)} after): ${(withStreams / withoutStreams).toFixed(2)}×`,
    );
  } finally {
    for (const follower of followers) follower.stop();
    await app.stop();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });

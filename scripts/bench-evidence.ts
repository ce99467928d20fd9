// npm run bench:evidence — evidence uploads and downloads over HTTP, in Postgres and in an
// S3-compatible bucket (s3rver, started here), for files of 1, 10 and 50 MB (the default limit).
// Prints the median time and throughput of each, and how much the server's memory grew while it
// took the largest files: uploads are streamed, so the growth stays far below the file's size.
// No budget was set for uploads (issue 17); record the figures in docs/performance.md.
//   BENCH_RUNS=3 npm run bench:evidence   (fewer runs, for trying the script)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { signInOverHttp } from "./lib/http-session";
import { median } from "./lib/stats";
import { serveNext, startThrowawayApp } from "./lib/throwaway-app";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES_MB = [1, 10, 50];
const MB = 1 << 20;

/** The resident memory of every process in the server's group, in bytes. */
function groupRss(groupId: number): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After the name: state, ppid, pgrp, … ; rss (in pages) is field 24 of the whole line.
      if (Number(fields[2]) !== groupId) continue;
      total += Number(fields[21]) * 4096;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** Samples the group's memory every 20 ms while `work` runs; answers the highest figure seen. */
async function peakRss(groupId: number, work: () => Promise<void>): Promise<number> {
  let peak = groupRss(groupId);
  const timer = setInterval(() => (peak = Math.max(peak, groupRss(groupId))), 20);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, groupRss(groupId));
}

/** A PDF's signature and random bytes (nothing compresses, every byte is new). */
const pdfOf = (bytes: number) => Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(bytes - 9)]);

async function measure(label: string, baseURL: string, cookie: string, groupId: number, sourceId: string) {
  const headers = { Cookie: cookie, Origin: baseURL };
  console.log(`\n${label}: ${RUNS} runs of each after one warm-up (median)`);
  console.log("  size    upload             download           server memory growth (peak, largest file)");
  for (const size of SIZES_MB) {
    const file = pdfOf(size * MB);
    const form = () => {
      const body = new FormData();
      body.append("file", new Blob([file], { type: "application/pdf" }), `evidence-${size}mb.pdf`);
      return body;
    };
    const uploads: number[] = [];
    const downloads: number[] = [];
    let growth = 0;
    for (let run = 0; run <= RUNS; run++) {
      const before = groupRss(groupId);
      let id = "";
      let started = performance.now();
      const peak = await peakRss(groupId, async () => {
        const response = await fetch(`${baseURL}/api/sources/${sourceId}/evidence`, { method: "POST", headers, body: form() });
        const stored = (await response.json()) as { id: string; size: number; error?: string };
        if (response.status !== 201) throw new Error(`Upload answered ${response.status}: ${stored.error}`);
        id = stored.id;
      });
      if (run > 0) {
        uploads.push(performance.now() - started);
        growth = Math.max(growth, peak - before);
      }

      started = performance.now();
      const served = await fetch(`${baseURL}/api/evidence/${id}`, { headers });
      const bytes = (await served.arrayBuffer()).byteLength;
      if (bytes !== file.length) throw new Error(`Download gave ${bytes} bytes of ${file.length}`);
      if (run > 0) downloads.push(performance.now() - started);
    }
    const rate = (ms: number) => `${(size / (ms / 1000)).toFixed(0).padStart(4)} MB/s`;
    const cell = (times: number[]) => `${median(times).toFixed(0).padStart(5)} ms ${rate(median(times))}`;
    console.log(`  ${`${size} MB`.padEnd(6)}  ${cell(uploads)}   ${cell(downloads)}    ${size === SIZES_MB.at(-1) ? `${(growth / MB).toFixed(0)} MB` : ""}`);
  }
}

async function main() {
  // Both servers sign sessions with the same secret.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  const directory = mkdtempSync(path.join(tmpdir(), "factdesk-bench-s3-"));
  const bucket = "factdesk-bench";
  const s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await s3.run();
  const app = await startThrowawayApp();
  try {
    const bucketServer = await serveNext({
      env: {
        ...process.env,
        DATABASE_URL: app.database.url,
        AUTH_TRUST_HOST: "true",
        FACTDESK_EVIDENCE_S3_BUCKET: bucket,
        FACTDESK_EVIDENCE_S3_ENDPOINT: `http://127.0.0.1:${port}`,
        AWS_ACCESS_KEY_ID: "S3RVER",
        AWS_SECRET_ACCESS_KEY: "S3RVER",
      },
      readyPath: "/api/health",
    });
    try {
      const cookie = await signInOverHttp(app.baseURL, "checker@example.com", app.password);
      const headers = { Cookie: cookie, Origin: app.baseURL, "Content-Type": "application/json" };
      // A claim of the demo desk holds the files.
      const read = async <T>(url: string) => (await (await fetch(`${app.baseURL}${url}`, { headers })).json()) as T;
      const { articles } = await read<{ articles: { id: string }[] }>("/api/articles?limit=1");
      const { claims } = await read<{ claims: { id: string }[] }>(`/api/articles/${articles[0]!.id}/claims`);
      const added = await fetch(`${app.baseURL}/api/claims/${claims[0]!.id}/sources`, { method: "POST", headers, body: JSON.stringify({ title: "Benchmark evidence" }) });
      if (added.status !== 201) throw new Error(`Adding a source answered ${added.status}: ${await added.text()}`);
      const source = (await added.json()) as { id: string };
      console.log(`Server memory before: Postgres-backed ${(groupRss(app.serverPid) / MB).toFixed(0)} MB, bucket-backed ${(groupRss(bucketServer.pid) / MB).toFixed(0)} MB`);
      await measure("Evidence in Postgres (1 MiB rows)", app.baseURL, cookie, app.serverPid, source.id);
      const bucketCookie = await signInOverHttp(bucketServer.baseURL, "checker@example.com", app.password);
      await measure("Evidence in an S3-compatible bucket (s3rver on this machine)", bucketServer.baseURL, bucketCookie, bucketServer.pid, source.id);
    } finally {
      await bucketServer.stop();
    }
  } finally {
    await app.stop();
    await s3.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// Decides whether `next build` must run: a fingerprint of every input of the build is kept
// next to the build output, so an unchanged checkout starts in seconds.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUT_DIRS = ["app", "components", "lib", "public", "generated"];
const INPUT_FILES = ["next.config.ts", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const stampFile = (root: string) => path.join(root, ".next", "factdesk-build-stamp");

/** A fingerprint of the build inputs of the Next.js app in `root` (Factdesk itself by default, or bench/ceiling). */
export function buildFingerprint(root = "."): string {
  const hash = createHash("sha256");
  const inputs = (names: string[]) => names.map((name) => path.join(root, name));
  const files = [...inputs(INPUT_FILES).filter((file) => existsSync(file)), ...inputs(INPUT_DIRS).flatMap((dir) => listFiles(dir))].sort();
  for (const file of files) {
    if (/\.test\.tsx?$/.test(file)) continue;
    hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function isBuildCurrent(fingerprint: string, root = "."): boolean {
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampFile(root)) && readFileSync(stampFile(root), "utf8") === fingerprint;
}

export function recordBuild(fingerprint: string, root = "."): void {
  writeFileSync(stampFile(root), fingerprint);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

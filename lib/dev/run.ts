import { spawn, type SpawnOptions } from "node:child_process";

/** Runs a command, streaming its output, and resolves with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function runOrThrow(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with code ${code}`);
}

/** Runs a binary from node_modules/.bin. */
export function bin(name: string): string {
  return `node_modules/.bin/${name}`;
}

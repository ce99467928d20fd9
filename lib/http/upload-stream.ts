import "server-only";
import busboy from "busboy";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { AppError } from "@/lib/errors/app-error";
import { textProblem } from "@/lib/validation/storable";

/** Room for a multipart body's boundaries and part headers around the file. */
const ENVELOPE_BYTES = 64 * 1024;

export type UploadedFile = { fileName: string; body: AsyncIterable<Uint8Array> };

/**
 * Hands the one file of a multipart/form-data request (in `field`) to `consume` as a stream, so
 * a large upload is never held whole; `consume` counts and limits what it reads. The rest of the
 * body is read past; a body declaring more than `maxBytes` is refused before it is read.
 */
export async function withUploadedFile<T>(request: Request, { field, maxBytes }: { field: string; maxBytes: number }, consume: (file: UploadedFile) => Promise<T>): Promise<T> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Upload the file as multipart/form-data with the field name "${field}".`);
  }
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + ENVELOPE_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `Files are at most ${(maxBytes / (1 << 20)).toFixed(0)} MB.`);
  }
  if (!request.body) throw new AppError("INVALID_INPUT", `Send the file in the field "${field}".`);
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { "content-type": contentType }, limits: { files: 1, fields: 20, parts: 40, fieldSize: 10_000 } });
  } catch {
    throw new AppError("INVALID_INPUT", "The upload could not be read as multipart/form-data.");
  }
  const source = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>);
  return new Promise<T>((resolve, reject) => {
    let taken = false;
    const fail = (error: unknown) => {
      source.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    parser.on("file", (name, stream, info) => {
      if (name !== field || taken) {
        stream.resume();
        return;
      }
      taken = true;
      const problem = textProblem(info.filename ?? "");
      if (problem) {
        stream.resume();
        fail(new AppError("INVALID_INPUT", `The file name ${problem}.`));
        return;
      }
      consume({ fileName: info.filename ?? "", body: stream }).then(resolve, (error: unknown) => {
        stream.resume();
        fail(error);
      });
    });
    parser.on("error", () => fail(new AppError("INVALID_INPUT", "The upload could not be read as multipart/form-data.")));
    parser.on("close", () => {
      if (!taken) fail(new AppError("INVALID_INPUT", `Send the file in the field "${field}".`));
    });
    source.on("error", () => fail(new AppError("INVALID_INPUT", "The upload stopped before its end.")));
    source.pipe(parser);
  });
}

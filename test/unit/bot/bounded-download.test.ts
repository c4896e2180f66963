/**
 * Downloading a file a person sent (src/bot/bounded-download.ts) from a real HTTP server on
 * 127.0.0.1: the bytes come back whole within the bound; past the bound the download stops and
 * gives null, whether or not the server announces the length; a failing server or a URL that is
 * not http(s) is an error the core reports as "could not be fetched".
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadBounded } from "../../../src/bot/bounded-download.ts";

const FILE = Buffer.from("%PDF-1.4 brief van de wijkagent", "latin1");

describe("downloadBounded", () => {
  let server: Server;
  let base: string;
  const seen: { path: string; authorization: string | undefined }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ path: req.url ?? "", authorization: req.headers.authorization });
      if (req.url === "/announced") {
        res.setHeader("content-length", String(FILE.length));
        res.end(FILE);
      } else if (req.url === "/chunked") {
        // No length announced: the bytes come in pieces.
        res.write(FILE.subarray(0, 10));
        res.end(FILE.subarray(10));
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  it("gives the whole file within the bound, with the headers given", async () => {
    expect(
      await downloadBounded(`${base}/announced`, { authorization: "Bearer xoxb-1" }, FILE.length),
    ).toEqual(FILE);
    expect(seen.at(-1)).toEqual({ path: "/announced", authorization: "Bearer xoxb-1" });
    expect(await downloadBounded(`${base}/chunked`, {}, FILE.length)).toEqual(FILE);
  });

  it("stops past the bound: null, announced or not", async () => {
    expect(await downloadBounded(`${base}/announced`, {}, FILE.length - 1)).toBeNull();
    expect(await downloadBounded(`${base}/chunked`, {}, FILE.length - 1)).toBeNull();
  });

  it("a failing server or another scheme is an error", async () => {
    await expect(downloadBounded(`${base}/missing`, {}, 100)).rejects.toThrow("HTTP 404");
    await expect(downloadBounded("file:///etc/passwd", {}, 100)).rejects.toThrow("file:");
  });
});

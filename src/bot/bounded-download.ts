/**
 * Downloads a file a person sent to the bot (Slack's url_private_download, Teams' downloadUrl),
 * never more than `maxBytes`: a larger file stops the download and gives null. Both adapters use
 * it; what counts as too large is the core's bound (src/flows/dossier/correspondence-file.ts).
 */

/** A download that hangs is given up, so the person hears back. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

export async function downloadBounded(
  url: string,
  headers: Record<string, string>,
  maxBytes: number,
): Promise<Buffer | null> {
  const parsed = new URL(url);
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    throw new Error(`a file cannot be downloaded over ${parsed.protocol}`);
  const response = await fetch(parsed, { headers, signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new Error(`the file's download answered HTTP ${response.status}`);
  }
  const announced = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(announced) && announced > maxBytes) {
    await response.body.cancel();
    return null;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

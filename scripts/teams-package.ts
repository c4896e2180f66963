/**
 * `npm run teams:package`: builds the Teams app package dist/nabuur-teams.zip (manifest.json
 * with the bot's app id and domain filled in, color.png, outline.png) to upload in Teams
 * ("Upload a custom app") or in the Teams Developer Portal. The zip is written with Node's zlib.
 *
 *   TEAMS_APP_ID=<the bot's Microsoft app id> TEAMS_BOT_DOMAIN=nabuur.example.org npm run teams:package
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deflateRawSync } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const MANIFEST_DIR = join(ROOT, "manifest", "teams");
export const DEFAULT_OUT_FILE = join(ROOT, "dist", "nabuur-teams.zip");
export const DEFAULT_BOT_DOMAIN = "nabuur.example.org";
export const PACKAGE_FILES = ["manifest.json", "color.png", "outline.png"] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

export class TeamsPackageError extends Error {
  override name = "TeamsPackageError";
}

/** The manifest template with the app id and the bot's public domain filled in. */
export function fillManifest(template: string, appId: string, botDomain: string): Record<string, unknown> {
  if (!GUID.test(appId))
    throw new TeamsPackageError("TEAMS_APP_ID: must be the bot's Microsoft app id (a GUID).");
  if (!DOMAIN.test(botDomain)) {
    throw new TeamsPackageError(
      "TEAMS_BOT_DOMAIN: must be a host name like nabuur.example.org (no https://, no path).",
    );
  }
  const filled = template
    .replaceAll("{{TEAMS_APP_ID}}", appId.toLowerCase())
    .replaceAll("{{BOT_DOMAIN}}", botDomain);
  const leftOver = /\{\{[A-Z_]+\}\}/.exec(filled);
  if (leftOver) throw new TeamsPackageError(`manifest.json: unknown placeholder ${leftOver[0]}.`);
  return JSON.parse(filled) as Record<string, unknown>;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive (deflate, no zip64) with a fixed timestamp, so the same input gives the same bytes. */
export function createZip(entries: { name: string; data: Buffer }[]): Buffer {
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const compressed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface TeamsPackageOptions {
  appId: string;
  botDomain?: string;
  manifestDir?: string;
  outFile?: string;
}

/** Builds the package and returns where it was written and the filled-in manifest. */
export function buildTeamsPackage(options: TeamsPackageOptions): {
  outFile: string;
  manifest: Record<string, unknown>;
} {
  const manifestDir = options.manifestDir ?? MANIFEST_DIR;
  const outFile = options.outFile ?? DEFAULT_OUT_FILE;
  const manifest = fillManifest(
    readFileSync(join(manifestDir, "manifest.json"), "utf8"),
    options.appId.trim(),
    (options.botDomain ?? DEFAULT_BOT_DOMAIN).trim(),
  );
  const zip = createZip([
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8") },
    { name: "color.png", data: readFileSync(join(manifestDir, "color.png")) },
    { name: "outline.png", data: readFileSync(join(manifestDir, "outline.png")) },
  ]);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip);
  return { outFile, manifest };
}

function main(): void {
  const appId = process.env.TEAMS_APP_ID ?? "";
  const botDomain = process.env.TEAMS_BOT_DOMAIN || DEFAULT_BOT_DOMAIN;
  if (!appId) {
    process.stderr.write("teams:package: set TEAMS_APP_ID to the bot's Microsoft app id (a GUID).\n");
    process.exit(1);
  }
  try {
    const { outFile } = buildTeamsPackage({ appId, botDomain });
    process.stdout.write(`Teams app package written to ${outFile} (bot domain ${botDomain}).\n`);
  } catch (error) {
    process.stderr.write(`teams:package: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildTeamsPackage, crc32, TeamsPackageError } from "../../../scripts/teams-package.ts";

const APP_ID = "0B5E5F1A-7C3D-4C52-9A55-3D4F1C2B9E10";

/** Reads a zip through its central directory, checking each file's CRC. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let pointer = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    expect(zip.readUInt32LE(pointer)).toBe(0x02014b50);
    const method = zip.readUInt16LE(pointer + 10);
    const crc = zip.readUInt32LE(pointer + 16);
    const compressedSize = zip.readUInt32LE(pointer + 20);
    const nameLength = zip.readUInt16LE(pointer + 28);
    const extraLength = zip.readUInt16LE(pointer + 30);
    const commentLength = zip.readUInt16LE(pointer + 32);
    const localOffset = zip.readUInt32LE(pointer + 42);
    const name = zip.subarray(pointer + 46, pointer + 46 + nameLength).toString("utf8");
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const start = localOffset + 30 + localNameLength + localExtraLength;
    const raw = zip.subarray(start, start + compressedSize);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    expect(crc32(data)).toBe(crc);
    files.set(name, data);
    pointer += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("npm run teams:package (scripts/teams-package.ts)", () => {
  const dir = mkdtempSync(join(tmpdir(), "nabuur-teams-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds a zip with manifest.json, color.png (192×192) and outline.png (32×32)", () => {
    const outFile = join(dir, "nabuur-teams.zip");
    buildTeamsPackage({ appId: APP_ID, botDomain: "nabuur.woonstad.nl", outFile });
    const files = readZip(readFileSync(outFile));
    expect([...files.keys()]).toEqual(["manifest.json", "color.png", "outline.png"]);
    expect(pngSize(files.get("color.png")!)).toEqual([192, 192]);
    expect(pngSize(files.get("outline.png")!)).toEqual([32, 32]);

    const text = files.get("manifest.json")!.toString("utf8");
    expect(text).not.toContain("{{");
    const manifest = JSON.parse(text);
    expect(manifest.$schema).toMatch(/teams\/v1\.(1[7-9]|[2-9]\d)\/MicrosoftTeams\.schema\.json$/);
    expect(Number(manifest.manifestVersion.split(".")[1])).toBeGreaterThanOrEqual(17);
    expect(manifest.id).toBe(APP_ID.toLowerCase());
    expect(manifest.bots[0].botId).toBe(APP_ID.toLowerCase());
    expect(manifest.validDomains).toEqual(["nabuur.woonstad.nl"]);
    expect(manifest.developer.privacyUrl).toBe("https://nabuur.woonstad.nl/privacy");
    expect(manifest.icons).toEqual({ color: "color.png", outline: "outline.png" });
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
  });

  it("lists the same commands as Slack (/overlast, /signaal and the /nabuur subcommands), with Dutch descriptions", () => {
    const { manifest } = buildTeamsPackage({ appId: APP_ID, outFile: join(dir, "commands.zip") });
    const bot = (
      manifest.bots as {
        scopes: string[];
        supportsFiles: boolean;
        commandLists: { commands: { title: string; description: string }[] }[];
      }[]
    )[0]!;
    expect(bot.scopes).toEqual(["personal", "team", "groupChat"]);
    // The nuisance dossier is sent as files in the personal chat (FileConsentCard).
    expect(bot.supportsFiles).toBe(true);
    const commands = bot.commandLists[0]!.commands;
    expect(commands.map((command) => command.title)).toEqual([
      "overlast",
      "signaal",
      "deelnemer",
      "zaak",
      "mijn",
      "dossier",
      "lid",
      "kanaal",
      "taal",
      "help",
    ]);
    for (const command of commands) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
  });

  it("refuses an app id that is not a GUID and a domain with a scheme", () => {
    expect(() => buildTeamsPackage({ appId: "nabuur", outFile: join(dir, "x.zip") })).toThrow(
      TeamsPackageError,
    );
    expect(() =>
      buildTeamsPackage({
        appId: APP_ID,
        botDomain: "https://nabuur.example.org",
        outFile: join(dir, "y.zip"),
      }),
    ).toThrow(/TEAMS_BOT_DOMAIN/);
  });

  it("the same input gives the same bytes (reproducible package)", () => {
    const first = join(dir, "a.zip");
    const second = join(dir, "b.zip");
    buildTeamsPackage({ appId: APP_ID, outFile: first });
    buildTeamsPackage({ appId: APP_ID, outFile: second });
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
  });
});

/**
 * Draws the Teams app icons with Node alone (PNG = zlib-deflated RGBA scanlines):
 * color.png 192×192 (a white house on Nabuur green) and outline.png 32×32 (a white house on a
 * transparent background, as Teams requires). Run once: `npx tsx manifest/teams/generate-icons.ts`.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A house in the unit square: a roof triangle over a body with a door cut out. */
function inHouse(u: number, v: number): boolean {
  const roof = v >= 0.18 && v < 0.48 && Math.abs(u - 0.5) <= (v - 0.18) * (0.32 / 0.3) + 0.02;
  const body = v >= 0.46 && v <= 0.82 && u >= 0.26 && u <= 0.74;
  const door = v >= 0.6 && v <= 0.82 && u >= 0.44 && u <= 0.56;
  return (roof || body) && !door;
}

const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [46, 107, 79, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

const here = dirname(fileURLToPath(import.meta.url));
const color = encodePng(192, (x, y) => (inHouse((x + 0.5) / 192, (y + 0.5) / 192) ? WHITE : GREEN));
const outline = encodePng(32, (x, y) => (inHouse((x + 0.5) / 32, (y + 0.5) / 32) ? WHITE : CLEAR));
writeFileSync(join(here, "color.png"), color);
writeFileSync(join(here, "outline.png"), outline);

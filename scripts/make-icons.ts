/**
 * Renders the site's icons from public/icons/icon.svg: the PNGs for phones and the web app manifest, and
 * favicon.ico (PNG images in an ICO container, which every browser reads). Run it after changing the SVG:
 * `node --import tsx scripts/make-icons.ts`. The files are committed, so the server never loads an image
 * library to serve them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { projectRoot } from '../src/http/assets.ts';

const folder = path.join(projectRoot(), 'public', 'icons');
const svg = await fs.readFile(path.join(folder, 'icon.svg'));
const png = (size: number) => sharp(svg, { density: 300 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

for (const [name, size] of [
  ['apple-touch-icon.png', 180],
  ['icon-192.png', 192],
  ['icon-512.png', 512],
] as const) {
  await fs.writeFile(path.join(folder, name), await png(size));
}

// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images.
const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map(png));
const header = Buffer.alloc(6 + 16 * sizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
let offset = header.length;
sizes.forEach((size, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(size, entry);
  header.writeUInt8(size, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(images[i]!.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += images[i]!.length;
});
await fs.writeFile(path.join(folder, 'favicon.ico'), Buffer.concat([header, ...images]));

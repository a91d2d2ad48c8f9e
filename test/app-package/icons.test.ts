import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { APP_PACKAGE_DIR, ROOT_DIR, sources, type ManifestShape } from './app-package.fixture';
import { decodePng, type DecodedPng } from './png';

const manifest = sources().manifest as ManifestShape;
const read = (file: string): DecodedPng => decodePng(fs.readFileSync(path.join(APP_PACKAGE_DIR, file)));

function pixels(png: DecodedPng): { r: number; g: number; b: number; a: number }[] {
  const out = [];
  for (let i = 0; i < png.rgba.length; i += 4) {
    out.push({ r: png.rgba[i]!, g: png.rgba[i + 1]!, b: png.rgba[i + 2]!, a: png.rgba[i + 3]! });
  }
  return out;
}

describe('app icons', () => {
  it('color.png is a 192x192 PNG, opaque, in full colour', () => {
    const png = read(manifest.icons.color);
    expect([png.width, png.height]).toEqual([192, 192]);
    const px = pixels(png);
    expect(px.every((p) => p.a === 255)).toBe(true);
    // a real drawing, not a flat placeholder
    expect(new Set(px.map((p) => `${p.r},${p.g},${p.b}`)).size).toBeGreaterThan(100);
  });

  it('outline.png is a 32x32 PNG, white on transparent', () => {
    const png = read(manifest.icons.outline);
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(png.colorType).toBe(6); // has an alpha channel
    const px = pixels(png);
    const offWhite = px.filter((p) => p.a > 0 && !(p.r === 255 && p.g === 255 && p.b === 255));
    expect(offWhite).toEqual([]);
    const opaque = px.filter((p) => p.a === 255).length;
    const clear = px.filter((p) => p.a === 0).length;
    expect(opaque).toBeGreaterThan(px.length / 10);
    expect(clear).toBeGreaterThan(px.length / 2);
  });

  it('are exactly what scripts/make-icons.mjs draws', () => {
    // Pixels, not bytes: another zlib may compress the same pixels differently.
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ppm-icons-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT_DIR, 'scripts', 'make-icons.mjs'), out], { stdio: 'pipe' });
      for (const file of ['color.png', 'outline.png']) {
        const drawn = decodePng(fs.readFileSync(path.join(out, file)));
        const committed = read(file);
        expect([drawn.width, drawn.height]).toEqual([committed.width, committed.height]);
        expect(Buffer.from(drawn.rgba).equals(Buffer.from(committed.rgba))).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

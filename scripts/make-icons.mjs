#!/usr/bin/env node
// Draws the Teams app icons, deterministically, with no image library:
//   appPackage/color.png   192x192, full colour (Teams crops it to a rounded square itself)
//   appPackage/outline.png  32x32, white on transparent (Teams tints it in the app bar)
// The motif is a stopwatch whose elapsed minutes are filled in, for "pay-per-minute", with a
// coin beside it on the colour icon, for Communications Credits.
// Run: node scripts/make-icons.mjs [outDir]   (default outDir: appPackage/; the PNGs are committed,
// and a test checks that this script still draws exactly them)
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT_DIR = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'appPackage');

// ---------- PNG encoding (8-bit RGBA, no interlace) ----------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- shapes as signed distance functions, in a 0..1 unit square ----------
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const ring = (cx, cy, r, width) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - width / 2;
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
/** A round-capped segment of the given width. */
const stroke = (ax, ay, bx, by, width) => (x, y) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - width / 2;
};
/** A pie wedge of a disc, clockwise between two angles given in turns from 12 o'clock. */
const wedge = (cx, cy, r, fromTurn, toTurn) => (x, y) => {
  const inside = Math.hypot(x - cx, y - cy) - r;
  const angle = (Math.atan2(x - cx, -(y - cy)) + 2 * Math.PI) % (2 * Math.PI);
  const start = fromTurn * 2 * Math.PI;
  const end = toTurn * 2 * Math.PI;
  // outside the sweep: distance to the nearer bounding ray, roughly (enough for antialiasing)
  const rayDist = (a) => {
    const ux = Math.sin(a), uy = -Math.cos(a);
    const along = (x - cx) * ux + (y - cy) * uy;
    return along < 0 ? Math.hypot(x - cx, y - cy) : Math.abs((x - cx) * uy - (y - cy) * ux);
  };
  const edge = Math.min(rayDist(start), rayDist(end));
  const angular = angle >= start && angle <= end ? -edge : edge;
  return Math.max(inside, angular);
};
const union = (...fs) => (x, y) => Math.min(...fs.map((f) => f(x, y)));
const subtract = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));

/**
 * Renders layers back to front. Each layer is { shape, color } where color is [r,g,b,a] or a
 * function (x, y) => [r,g,b,a]. Coverage comes from 4x4 supersampling of the SDF sign.
 */
function render(size, layers) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0; // premultiplied accumulator over subsamples
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let cr = 0, cg = 0, cb = 0, ca = 0;
          for (const layer of layers) {
            if (layer.shape(x, y) > 0) continue;
            const [lr, lg, lb, la] = typeof layer.color === 'function' ? layer.color(x, y) : layer.color;
            // "over" compositing, premultiplied
            cr = lr * la + cr * (1 - la);
            cg = lg * la + cg * (1 - la);
            cb = lb * la + cb * (1 - la);
            ca = la + ca * (1 - la);
          }
          r += cr; g += cg; b += cb; a += ca;
        }
      }
      const samples = n * n;
      const alpha = a / samples;
      const o = (py * size + px) * 4;
      if (alpha > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

const mix = (c1, c2, t) => c1.map((v, i) => v + (c2[i] - v) * t);

// ---------- colour icon ----------
const TEAL = [0, 120, 140, 1];
const DEEP = [20, 62, 120, 1];
const WHITE = [255, 255, 255, 1];
const GOLD = [246, 190, 64, 1];
const GOLD_DARK = [204, 138, 20, 1];

/** A coin seen slightly from above: a rim ellipse and, for the top coin, an embossed face. */
function coin(cx, cy, top = false) {
  const ellipse = (rx, ry, dy = 0) => (x, y) => (Math.hypot((x - cx) / rx, (y - cy - dy) / ry) - 1) * ry;
  const layers = [
    { shape: ellipse(0.165, 0.075, 0.03), color: [0, 0, 0, 0.16] },
    { shape: ellipse(0.16, 0.07, 0.022), color: GOLD_DARK },
    { shape: ellipse(0.16, 0.07), color: GOLD },
  ];
  if (top) {
    layers.push({ shape: (x, y) => Math.abs(ellipse(0.11, 0.045)(x, y)) - 0.006, color: GOLD_DARK });
  }
  return layers;
}

const watch = { cx: 0.44, cy: 0.53, r: 0.27 };
const colorLayers = [
  // diagonal gradient background, full bleed
  { shape: () => -1, color: (x, y) => mix(TEAL, DEEP, Math.min(1, Math.max(0, (x + y) / 2))) },
  // stopwatch crown and side button
  { shape: roundedRect(0.39, 0.15, 0.49, 0.23, 0.02), color: WHITE },
  { shape: stroke(watch.cx, watch.cy - watch.r - 0.02, watch.cx, watch.cy - watch.r + 0.02, 0.05), color: WHITE },
  { shape: stroke(0.63, 0.29, 0.67, 0.25, 0.05), color: WHITE },
  // dial: white disc, elapsed minutes as a soft teal wedge, rim
  { shape: circle(watch.cx, watch.cy, watch.r), color: WHITE },
  { shape: wedge(watch.cx, watch.cy, watch.r - 0.045, 0, 0.3), color: [0, 150, 170, 0.35] },
  { shape: ring(watch.cx, watch.cy, watch.r - 0.012, 0.025), color: [0, 96, 120, 1] },
  // hands
  { shape: stroke(watch.cx, watch.cy, watch.cx, watch.cy - 0.17, 0.035), color: DEEP },
  {
    shape: stroke(watch.cx, watch.cy, watch.cx + 0.17 * Math.sin(0.6 * Math.PI), watch.cy - 0.17 * Math.cos(0.6 * Math.PI), 0.035),
    color: DEEP,
  },
  { shape: circle(watch.cx, watch.cy, 0.03), color: DEEP },
  // a small stack of coins for Communications Credits, overlapping the dial at the lower right
  ...coin(0.71, 0.77),
  ...coin(0.71, 0.715),
  ...coin(0.71, 0.66, true),
];

// ---------- outline icon: the stopwatch alone, white strokes on transparent ----------
const o = { cx: 0.5, cy: 0.56, r: 0.33 };
const outlineShape = union(
  ring(o.cx, o.cy, o.r, 0.095),
  roundedRect(0.4, 0.05, 0.6, 0.15, 0.03),
  stroke(o.cx, 0.12, o.cx, o.cy - o.r, 0.09),
  stroke(o.cx, o.cy, o.cx, o.cy - 0.2, 0.085),
  stroke(o.cx, o.cy, o.cx + 0.16, o.cy + 0.02, 0.085),
  stroke(0.79, 0.23, 0.85, 0.17, 0.08),
);
const outlineLayers = [{ shape: outlineShape, color: WHITE }];

writeFileSync(join(OUT_DIR, 'color.png'), encodePng(192, render(192, colorLayers)));
writeFileSync(join(OUT_DIR, 'outline.png'), encodePng(32, render(32, outlineLayers)));
console.log(`wrote ${join(OUT_DIR, 'color.png')} and outline.png`);

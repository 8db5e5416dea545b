// Draws the two Teams icons (an order sheet with a tick) without native dependencies, and writes them beside
// manifest.json: `npm run build && node dist/deploy/teams/icons.js`. The PNGs are committed; run this only to
// change them. color.png: 192×192, full colour on an opaque background. outline.png: 32×32, white on transparent.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng } from './png';
import { findRepoRoot } from './paths';

type Rgb = readonly [number, number, number];
/** A shape in unit coordinates (0..1 across the icon): true where the point is inside. */
type Shape = (x: number, y: number) => boolean;

export const ACCENT: Rgb = [0x0f, 0x6c, 0xbd];
const WHITE: Rgb = [255, 255, 255];
const GREEN: Rgb = [0x10, 0x7c, 0x10];

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRectDistance(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
) {
  const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) =>
    roundedRectDistance(x, y, x0, y0, x1, y1, r) <= 0;

const roundedRectStroke =
  (x0: number, y0: number, x1: number, y1: number, r: number, width: number): Shape =>
  (x, y) =>
    Math.abs(roundedRectDistance(x, y, x0, y0, x1, y1, r)) <= width / 2;

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) <= r;

/** A thick polyline with round joins and caps. */
const polyline =
  (points: ReadonlyArray<readonly [number, number]>, width: number): Shape =>
  (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
      const t = Math.max(
        0,
        Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
      );
      if (Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= width / 2) return true;
    }
    return false;
  };

/** An RGBA canvas with straight (not premultiplied) alpha that paints anti-aliased shapes (4×4 samples). */
class Canvas {
  readonly rgba: Float64Array;

  constructor(readonly size: number) {
    this.rgba = new Float64Array(size * size * 4);
  }

  fill(shape: Shape, [r, g, b]: Rgb): this {
    const n = 4;
    for (let py = 0; py < this.size; py++) {
      for (let px = 0; px < this.size; px++) {
        let inside = 0;
        for (let sy = 0; sy < n; sy++) {
          for (let sx = 0; sx < n; sx++) {
            if (shape((px + (sx + 0.5) / n) / this.size, (py + (sy + 0.5) / n) / this.size)) inside++;
          }
        }
        if (inside === 0) continue;
        const a = inside / (n * n);
        const i = (py * this.size + px) * 4;
        const da = this.rgba[i + 3]!;
        const outA = a + da * (1 - a);
        this.rgba[i] = (r * a + this.rgba[i]! * da * (1 - a)) / outA;
        this.rgba[i + 1] = (g * a + this.rgba[i + 1]! * da * (1 - a)) / outA;
        this.rgba[i + 2] = (b * a + this.rgba[i + 2]! * da * (1 - a)) / outA;
        this.rgba[i + 3] = outA;
      }
    }
    return this;
  }

  toPng(channels: 3 | 4): Buffer {
    const pixels = new Uint8Array(this.size * this.size * channels);
    for (let p = 0; p < this.size * this.size; p++) {
      for (let c = 0; c < channels; c++) {
        const value = c === 3 ? this.rgba[p * 4 + 3]! * 255 : this.rgba[p * 4 + c]!;
        pixels[p * channels + c] = Math.round(Math.max(0, Math.min(255, value)));
      }
    }
    return encodePng(this.size, this.size, pixels, channels);
  }
}

/** 192×192: a white order sheet with accent-coloured lines and a green tick badge, on the accent colour. */
export function drawColorIcon(): Buffer {
  const lines = [0.4, 0.5, 0.6].map((y) => roundedRect(0.34, y - 0.022, 0.62, y + 0.022, 0.022));
  const canvas = new Canvas(192)
    .fill(() => true, ACCENT)
    .fill(roundedRect(0.27, 0.2, 0.73, 0.8, 0.05), WHITE)
    .fill(roundedRect(0.34, 0.27, 0.52, 0.32, 0.025), ACCENT);
  for (const line of lines) canvas.fill(line, ACCENT);
  return canvas
    .fill(circle(0.69, 0.71, 0.135), WHITE)
    .fill(circle(0.69, 0.71, 0.11), GREEN)
    .fill(
      polyline(
        [
          [0.63, 0.715],
          [0.675, 0.76],
          [0.755, 0.665],
        ],
        0.035,
      ),
      WHITE,
    )
    .toPng(3);
}

/** 32×32: the same sheet as a white outline with three lines, on a transparent background. */
export function drawOutlineIcon(): Buffer {
  // Whole-pixel coordinates (in 32nds) keep the 2 px strokes crisp.
  const px = (n: number) => n / 32;
  const canvas = new Canvas(32).fill(roundedRectStroke(px(7), px(3), px(25), px(29), px(2.5), px(2)), WHITE);
  for (const y of [11, 16, 21])
    canvas.fill(roundedRect(px(11), px(y - 1), px(21), px(y + 1), px(0.5)), WHITE);
  return canvas.toPng(4);
}

export function writeIcons(dir: string): string[] {
  const written = [path.join(dir, 'color.png'), path.join(dir, 'outline.png')];
  writeFileSync(written[0]!, drawColorIcon());
  writeFileSync(written[1]!, drawOutlineIcon());
  return written;
}

if (require.main === module) {
  for (const file of writeIcons(path.join(findRepoRoot(__dirname), 'deploy', 'teams')))
    console.log(`wrote ${file}`);
}

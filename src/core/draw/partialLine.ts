import type { LonLat } from './arc';
import { fromWorld, toWorld } from './mercator';

/**
 * The first `share` (0–1) of a line, by its length on the flat map: an arc drawing itself in from its
 * Vietnamese end. The last point is interpolated, so the line grows smoothly.
 *
 * @example partialLine([[0, 0], [10, 0]], 0.5) // [[0, 0], [5, 0]]
 */
export function partialLine(line: readonly LonLat[], share: number): LonLat[] {
  if (line.length < 2 || share >= 1) return [...line];
  const w = line.map(toWorld);
  const seg = w.slice(1).map((p, i) => Math.hypot(p[0] - w[i]![0], p[1] - w[i]![1]));
  let left = Math.max(0, share) * seg.reduce((a, b) => a + b, 0);
  const out: LonLat[] = [line[0]!];
  for (let i = 0; i < seg.length; i++) {
    const s = seg[i]!;
    if (left >= s) {
      out.push(line[i + 1]!);
      left -= s;
      continue;
    }
    const k = s ? left / s : 0;
    const [ax, ay] = w[i]!;
    const [bx, by] = w[i + 1]!;
    out.push(fromWorld([ax + k * (bx - ax), ay + k * (by - ay)]));
    break;
  }
  if (out.length === 1) out.push(line[0]!);
  return out;
}

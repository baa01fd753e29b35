/**
 * Scales and ticks for a zoomable time axis. Pure: the timeline view draws with them.
 */
export interface Domain { start: number; end: number }

const DAY = 86_400_000;
const MIN_SPAN = 7 * DAY;
const MAX_SPAN = 400 * 365 * DAY;

export function scale(domain: Domain, width: number): (t: number) => number {
  const k = width / (domain.end - domain.start);
  return (t) => (t - domain.start) * k;
}

/** The domain zoomed by `factor` (>1 zooms in) around time `at`, within sane bounds. */
export function zoom(domain: Domain, factor: number, at: number): Domain {
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (domain.end - domain.start) / factor));
  const ratio = (at - domain.start) / (domain.end - domain.start);
  const start = at - ratio * span;
  return { start, end: start + span };
}

export function pan(domain: Domain, by: number): Domain {
  return { start: domain.start + by, end: domain.end + by };
}

/** A domain around [first, last], padded so the ends are not on the edge. */
export function fit(first: number, last: number): Domain {
  const span = Math.max(last - first, 180 * DAY);
  const pad = span * 0.06;
  return { start: first - pad, end: last + pad };
}

export interface Tick { t: number; label: string; major: boolean }

/** Ticks on year, month or day boundaries, as many as fit `maxTicks`. */
export function ticks(domain: Domain, maxTicks = 12): Tick[] {
  const span = domain.end - domain.start;
  const out: Tick[] = [];
  const startDate = new Date(domain.start);
  if (span > 3 * 365 * DAY) {
    const years = span / (365.25 * DAY);
    const step = [1, 2, 5, 10, 20, 50, 100].find((s) => years / s <= maxTicks) ?? 100;
    let y = Math.ceil(startDate.getUTCFullYear() / step) * step;
    for (let t = Date.UTC(y, 0, 1); t <= domain.end; y += step, t = Date.UTC(y, 0, 1)) {
      if (t >= domain.start) out.push({ t, label: String(y), major: true });
    }
    return out;
  }
  if (span > 60 * DAY) {
    const months = span / (30.4 * DAY);
    const step = [1, 2, 3, 6].find((s) => months / s <= maxTicks) ?? 6;
    let y = startDate.getUTCFullYear();
    let m = startDate.getUTCMonth();
    for (;;) {
      const t = Date.UTC(y, m, 1);
      if (t > domain.end) break;
      if (t >= domain.start && m % step === 0) {
        out.push({ t, label: m === 0 ? String(y) : new Date(t).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' }), major: m === 0 });
      }
      m += 1;
      if (m === 12) { m = 0; y += 1; }
    }
    return out;
  }
  const days = span / DAY;
  const step = [1, 2, 7, 14].find((s) => days / s <= maxTicks) ?? 14;
  let t = Date.UTC(startDate.getUTCFullYear(), startDate.getUTCMonth(), startDate.getUTCDate());
  for (; t <= domain.end; t += DAY) {
    const d = new Date(t);
    if (t >= domain.start && (d.getUTCDate() - 1) % step === 0) {
      out.push({ t, label: d.toLocaleString('en-US', { day: 'numeric', month: 'short', timeZone: 'UTC' }), major: d.getUTCDate() === 1 });
    }
  }
  return out;
}

/** Lanes so that marks closer than `gap` pixels do not overlap: index per x, in input order. */
export function lanes(xs: readonly number[], gap: number, maxLanes: number): number[] {
  const lastX: number[] = [];
  return xs.map((x) => {
    let lane = lastX.findIndex((l) => x - l >= gap);
    if (lane < 0) lane = lastX.length < maxLanes ? lastX.length : lastX.indexOf(Math.min(...lastX));
    lastX[lane] = x;
    return lane;
  });
}

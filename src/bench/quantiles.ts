// Figures of a set of measurements, as the benchmarks print them.

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** "p50 … ms, p99 … ms" of values in milliseconds. */
export function quantiles(values: number[], digits = 1): string {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0).toFixed(digits);
  return `p50 ${q(0.5)} ms, p99 ${q(0.99)} ms`;
}

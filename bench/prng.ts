/**
 * Deterministic randomness for the data generator: the same seed gives the same data (and the
 * same ids) on every run and on both databases, so figures are comparable between runs.
 */
export class Prng {
  private state: number;
  private idCounter = 0;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: tiny, fast and good enough for test data (not for secrets). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick uit een lege lijst');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `n` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) {
      out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    }
    return out;
  }

  /** A UUIDv7 (as the app makes them) whose time part grows with every call, from a fixed start. */
  uuidv7(): string {
    const ms = BigInt(Date.UTC(2024, 0, 1) + this.idCounter++);
    const hex = ms.toString(16).padStart(12, '0');
    const rand = (digits: number) =>
      Array.from({ length: digits }, () => Math.floor(this.next() * 16).toString(16)).join('');
    const variant = (8 + Math.floor(this.next() * 4)).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${rand(3)}-${variant}${rand(3)}-${rand(12)}`;
  }
}

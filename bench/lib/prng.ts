/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so that the generated data set is the same on
 * every run and every machine; Math.random would make figures from two runs incomparable.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  int(maxExclusive: number): number
  pick<T>(list: readonly T[]): T
  hex(chars: number): string
}

function splitmix32(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

export function makeRng(seed: number): Rng {
  const init = splitmix32(seed)
  let a = init(), b = init(), c = init(), d = init()
  const u32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = ((c << 21) | (c >>> 11)) >>> 0
    c = (c + t) >>> 0
    return t
  }
  for (let i = 0; i < 12; i++) u32()
  const next = () => u32() / 4294967296
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    hex: (chars) => {
      let out = ''
      while (out.length < chars) out += u32().toString(16).padStart(8, '0')
      return out.slice(0, chars)
    },
  }
}

/** Fisher–Yates with the given generator (in place). */
export function shuffle<T>(list: T[], rng: Rng): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    ;[list[i], list[j]] = [list[j], list[i]]
  }
  return list
}

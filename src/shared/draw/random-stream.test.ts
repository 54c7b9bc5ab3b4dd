import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { randomStream, seedFromPublicSource, uniformInt, type RandomStream } from './random-stream'

const fixed = (values: number[]): RandomStream => {
  let used = 0
  return { nextUint32: () => values[used++], get used() { return used } }
}
const chiSquare = (counts: number[]) => {
  const expected = counts.reduce((a, b) => a + b, 0) / counts.length
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0)
}
/** χ² with 2 degrees of freedom exceeds this with probability 0.001. */
const CHI2_DF2_P001 = 13.816

describe('SHA-256 counter-mode stream', () => {
  it('reads block i = SHA-256(key:i) as eight big-endian 32-bit integers, then the next block', () => {
    const stream = randomStream('seed:entities')
    const read = Array.from({ length: 10 }, () => stream.nextUint32())
    const block = (i: number) => createHash('sha256').update(`seed:entities:${i}`).digest('hex')
    const expected = [...block(0).match(/.{8}/g)!, ...block(1).match(/.{8}/g)!.slice(0, 2)].map((h) => parseInt(h, 16))
    expect(read).toEqual(expected)
    expect(stream.used).toBe(10)
  })

  it('is the same for the same key and different for another', () => {
    const first = (key: string) => { const s = randomStream(key); return [s.nextUint32(), s.nextUint32()] }
    expect(first('a')).toEqual(first('a'))
    expect(first('a')).not.toEqual(first('b'))
  })
})

describe('uniformInt', () => {
  it('rejects integers at or above the largest multiple of n, instead of folding them in with mod', () => {
    // 2^32 mod 3 = 1, so the limit is 2^32 − 1: 4294967295 would favour 0 and is skipped.
    const s = fixed([4294967295, 5])
    expect(uniformInt(s, 3)).toBe(2)
    expect(s.used).toBe(2)
    expect(uniformInt(fixed([4294967294]), 3)).toBe(4294967294 % 3)
  })

  it('reads one integer even for n = 1 and refuses n outside 1..2^32', () => {
    const s = fixed([123])
    expect(uniformInt(s, 1)).toBe(0)
    expect(s.used).toBe(1)
    for (const n of [0, -1, 1.5, 2 ** 32 + 1]) expect(() => uniformInt(fixed([1]), n)).toThrow(RangeError)
  })

  it('spreads n = 3 evenly (fixed seed, so the figure is the same every run)', () => {
    const stream = randomStream('uniformity-check')
    const counts = [0, 0, 0]
    for (let i = 0; i < 30_000; i++) counts[uniformInt(stream, 3)]++
    expect(chiSquare(counts)).toBeLessThan(CHI2_DF2_P001)
  })

  it('has no modulo bias where plain mod would show one (n = 3 × 2^30: mod would put half the mass in the lowest third)', () => {
    const n = 3 * 2 ** 30
    const stream = randomStream('bias-check')
    const thirds = [0, 0, 0]
    const naiveThirds = [0, 0, 0]
    const naive = randomStream('bias-check')
    for (let i = 0; i < 30_000; i++) {
      thirds[Math.floor(uniformInt(stream, n) / 2 ** 30)]++
      naiveThirds[Math.floor((naive.nextUint32() % n) / 2 ** 30)]++
    }
    expect(chiSquare(thirds)).toBeLessThan(CHI2_DF2_P001)
    expect(chiSquare(naiveThirds)).toBeGreaterThan(1000) // the check does see the bias it guards against
  })
})

describe('seedFromPublicSource', () => {
  it('hashes the parts one per line, without a trailing newline', () => {
    const parts = ['2026-03-02', '福彩3D 2026056 期 4 7 1', 'd08f70a8', '8565b932']
    expect(seedFromPublicSource(parts)).toBe(createHash('sha256').update(parts.join('\n')).digest('hex'))
    expect(seedFromPublicSource(parts)).toMatch(/^[0-9a-f]{64}$/)
    expect(seedFromPublicSource(parts)).not.toBe(seedFromPublicSource([...parts.slice(0, 3), '8565b933']))
  })

  it('refuses empty sources and parts with a newline (two part lists must never join alike)', () => {
    expect(() => seedFromPublicSource([])).toThrow('不能为空')
    expect(() => seedFromPublicSource(['a', ''])).toThrow('空项')
    expect(() => seedFromPublicSource(['a\nb'])).toThrow('换行')
  })
})

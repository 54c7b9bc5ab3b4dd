import { sha256Bytes, sha256Hex } from '../sha256'

/**
 * Deterministic random numbers from a published seed: SHA-256 in counter mode.
 *
 *   block i  = SHA-256( UTF-8( key + ":" + i ) ),  i = 0, 1, 2, … written in decimal
 *   key      = seed + ":entities" for the entity draw, seed + ":inspectors" for the pairs
 *
 * Each 32-byte block gives eight unsigned 32-bit integers, read big-endian (8 hex digits each, left to
 * right); then the next block. 32 bits rather than 48 because 8 hex digits are easy to read off a
 * `sha256sum` line by hand, and lists are far below 2^32 so rejections (below) are vanishingly rare.
 * Separate keys per purpose keep the entity draw unchanged when only the inspector list changes.
 */

export interface RandomStream {
  nextUint32(): number
  /** Integers read so far (every uniformInt call reads at least one). */
  readonly used: number
}

export const STREAM_KEYS = {
  entities: (seed: string) => `${seed}:entities`,
  inspectors: (seed: string) => `${seed}:inspectors`,
} as const

export function randomStream(key: string): RandomStream {
  let block = new DataView(new ArrayBuffer(0))
  let blockIndex = -1
  let offset = 32
  let used = 0
  return {
    nextUint32() {
      if (offset === 32) {
        blockIndex++
        block = new DataView(sha256Bytes(`${key}:${blockIndex}`).buffer)
        offset = 0
      }
      const value = block.getUint32(offset) // big-endian
      offset += 4
      used++
      return value
    },
    get used() { return used },
  }
}

const TWO_32 = 2 ** 32

/**
 * Uniform integer in [0, n). `x mod n` alone favours small results when n does not divide 2^32, so
 * values at or above the largest multiple of n (limit = 2^32 − (2^32 mod n)) are rejected and the next
 * integer is read. For n = 1 one integer is still read, so the count of integers used never depends on
 * a shortcut an independent implementation might not take.
 */
export function uniformInt(stream: RandomStream, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`uniformInt: n must be an integer in 1..2^32, got ${n}`)
  const limit = TWO_32 - (TWO_32 % n)
  for (;;) {
    const x = stream.nextUint32()
    if (x < limit) return x % n
  }
}

/**
 * A seed nobody in the office can choose: SHA-256 (hex) of public parts, one per line (joined by "\n",
 * no trailing newline), e.g. the announced draw date, a lottery result drawn AFTER the list hashes were
 * published, and those hashes. The office commits to the lists (hashes published) before the lottery
 * number exists, so it cannot pick a seed, nor re-pick lists, to favour or spare a business; including the
 * hashes binds the seed to exactly those lists, so the same seed cannot be replayed on other lists.
 * A part containing a newline is refused: it would make two different part lists hash alike.
 */
export function seedFromPublicSource(parts: readonly string[]): string {
  if (parts.length === 0) throw new Error('种子来源不能为空')
  for (const p of parts) {
    if (p.length === 0) throw new Error('种子来源中有空项')
    if (p.includes('\n')) throw new Error('种子来源的每一项不能含换行')
  }
  return sha256Hex(parts.join('\n'))
}

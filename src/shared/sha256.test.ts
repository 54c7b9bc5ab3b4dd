import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Bytes, sha256Hex } from './sha256'

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const bytes = (text: string) => new TextEncoder().encode(text).length

describe('sha256Hex (synchronous, no node:crypto) equals node:crypto', () => {
  it('on the empty text and the FIPS 180-4 examples', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
    for (const text of ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'seed:entities:0']) expect(sha256Hex(text)).toBe(nodeSha(text))
  })

  it('on Chinese and other multi-byte text, hashed as UTF-8', () => {
    for (const text of ['食安', '双随机一公开 抽查', '[{"id":"a","name":"甲餐馆"}]', '𠮷😀', 'ｚ\uffff', '名'.repeat(1000)]) expect(sha256Hex(text), text).toBe(nodeSha(text))
  })

  it('at every length around the 55/56/64-byte padding boundaries (one block or two)', () => {
    // 55 bytes + 0x80 + 8 length bytes fill one block exactly; 56 needs a second block; 64 is a full block of data.
    for (let n = 0; n <= 130; n++) expect(sha256Hex('x'.repeat(n)), `${n} bytes`).toBe(nodeSha('x'.repeat(n)))
    // The same boundaries reached with 3-byte characters: 18 × 3 + 1 = 55, + 2 = 56, 21 × 3 + 1 = 64.
    for (const text of ['食'.repeat(18) + 'a', '食'.repeat(18) + 'ab', '食'.repeat(21) + 'a']) {
      expect([55, 56, 64]).toContain(bytes(text))
      expect(sha256Hex(text)).toBe(nodeSha(text))
    }
  })

  it('on 1 MB inputs', () => {
    const ascii = 'a'.repeat(1 << 20)
    const chinese = '食品安全抽查'.repeat(58255) // 18 bytes each: 1,048,590 bytes
    expect(bytes(ascii)).toBe(1048576)
    expect(bytes(chinese)).toBeGreaterThan(1 << 20)
    expect(sha256Hex(ascii)).toBe(nodeSha(ascii))
    expect(sha256Hex(chinese)).toBe(nodeSha(chinese))
  })

  it('gives the 32 raw bytes the hex spells', () => {
    expect(Buffer.from(sha256Bytes('食安')).toString('hex')).toBe(nodeSha('食安'))
    expect(sha256Bytes('').length).toBe(32)
  })
})

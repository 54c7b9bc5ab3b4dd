import { describe, expect, it } from 'vitest'
import { readEntityWorkbook } from './read-rows'
import { LOOKUP, MIN_HEADER, minRow, sheetFile } from './test-helpers'

describe('reading progress', () => {
  it('tells how many rows have been checked, every thousand', async () => {
    const file = await sheetFile(MIN_HEADER, Array.from({ length: 2_500 }, (_, i) => minRow(i + 1)))
    const seen: number[] = []
    const result = await readEntityWorkbook(file, { ...LOOKUP, onProgress: (n) => seen.push(n) })
    expect(result.totalRows).toBe(2_500)
    expect(seen).toEqual([1_000, 2_000])
  })
})

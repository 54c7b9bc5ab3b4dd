import { describe, expect, it } from 'vitest'
import { AppError } from './errors'
import { allPages, EXPORT_ROW_LIMIT, xlsxName } from './excel-table'

const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1)
/** A paged list service over `rows`, recording the pages asked for. */
function pager(rows: number[], total = rows.length) {
  const asked: number[] = []
  const read = async (page: number, pageSize: number) => {
    asked.push(page)
    return { items: rows.slice((page - 1) * pageSize, page * pageSize), total }
  }
  return { read, asked }
}

describe('allPages', () => {
  it('reads page after page until the list is whole, and stops on an exact last page', async () => {
    const five = pager(list(5))
    expect(await allPages(five.read, 2)).toEqual([1, 2, 3, 4, 5])
    expect(five.asked).toEqual([1, 2, 3])
    const four = pager(list(4))
    expect(await allPages(four.read, 2)).toEqual([1, 2, 3, 4])
    expect(four.asked).toEqual([1, 2])
    expect(await allPages(pager([]).read, 2)).toEqual([])
  })

  it('refuses a list longer than the export limit, naming its length', async () => {
    const err = await allPages(pager([1], EXPORT_ROW_LIMIT + 1).read).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect(err).toMatchObject({ status: 400, message: expect.stringContaining(`共 ${EXPORT_ROW_LIMIT + 1} 条`) })
  })
})

describe('xlsxName', () => {
  it('joins the parts and drops what a file system refuses', () => {
    expect(xlsxName('指标', '柏城街道', '2026年第一季度')).toBe('指标_柏城街道_2026年第一季度.xlsx')
    expect(xlsxName('抽样检验', '', '2026-01-01 至 2026-06-30')).toBe('抽样检验_2026-01-01至2026-06-30.xlsx')
    expect(xlsxName('计分板', 'a/b:c')).toBe('计分板_abc.xlsx')
  })
})

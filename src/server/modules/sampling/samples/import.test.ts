import type * as XL from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from '../../../platform/exceljs'
import { makeAccount, makeTownship } from '../../../platform/testing/factories'
import { startTestApp, type Caller, type TestApp } from '../../../platform/testing/test-app'
import { RESULT_COLUMNS } from './excel/columns'
import { makeSample, sampleInput, samplingSetup, uploadFile, type SamplingSetup } from './factory'

const TODAY = '2026-10-20'
let t: TestApp
let s: SamplingSetup
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date(`${TODAY}T10:00:00+08:00`) } })
  s = await samplingSetup(t)
})
afterAll(async () => { await t.close() })

const HEADER = ['抽样单编号', '检验报告编号', '收到报告日期', '检验项目', '检测值', '单位', '检出限', '限量', '判定依据']
async function workbook(rows: XL.CellValue[][], header = HEADER): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('检验结果')
  sheet.addRow(header)
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await book.xlsx.writeBuffer())
}
const upload = (caller: Caller, file: Buffer, name = '结果.xlsx') => uploadFile(t, caller, '/api/samples/import-results', file, name)
async function sentSample(over: Parameters<typeof sampleInput>[2] = {}) {
  const d = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, s.inspectors.map((i) => i.id), over))
  await t.as(s.inspectors[0]).post(`/api/samples/${d.id}/send`, { sentOn: '2026-03-03' })
  return d
}

describe('importing lab results from Excel', () => {
  it('offers a template with the columns', async () => {
    const res = await t.as(s.inspectors[0]).get('/api/samples/import-template.xlsx')
    expect(res.statusCode).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    expect((book.getWorksheet('检验结果')!.getRow(1).values as string[]).slice(1)).toEqual(RESULT_COLUMNS.map((c) => (c.required ? `＊${c.header}` : c.header)))
    expect(book.getWorksheet('填写说明')).toBeDefined()
  })

  it('imports reports per sample, judges them, and opens the disposal of a failed one', async () => {
    const chives = await sentSample({ productName: '韭菜' })
    const cake = await sentSample({ category: 'pastry', productName: '蛋糕' })
    const res = await upload(s.inspectors[0], await workbook([
      [chives.sampleNumber, 'BG-A', new Date(Date.UTC(2026, 2, 20)), '毒死蜱（韭菜）', 0.05, 'mg/kg'],
      [chives.sampleNumber, 'BG-A', '2026-03-20', '腐霉利', '未检出', 'mg/kg'],
      [chives.sampleNumber, 'BG-A', '2026/3/20', '噻虫胺', 0.3, 'mg/kg', null, '≤0.5', 'GB 2763-2021'],
      [cake.sampleNumber, 'BG-B', '2026年3月21日', '菌落总数', '100、200、50、0、30', 'CFU/g'],
      [cake.sampleNumber, 'BG-B', '2026-03-21', '苯甲酸及其钠盐（以苯甲酸计）', '未检出', 'g/kg'],
    ]))
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ rows: 5, samples: 2, failedSamples: [{ id: chives.id, sampleNumber: chives.sampleNumber, disposalId: expect.any(String) }] })
    const c = (await t.as(s.office).get(`/api/samples/${chives.id}`)).json()
    expect(c).toMatchObject({ verdict: 'fail', reportNumber: 'BG-A', reportReceivedOn: '2026-03-20', failedItems: ['毒死蜱'] })
    expect(c.results.map((r: { itemName: string; limitText: string; verdict: string }) => [r.itemName, r.limitText, r.verdict])).toEqual([
      ['毒死蜱', '≤ 0.02 mg/kg', 'fail'], ['腐霉利', '≤ 0.2 mg/kg', 'pass'], ['噻虫胺', '≤ 0.5 mg/kg', 'pass'],
    ])
    const k = (await t.as(s.office).get(`/api/samples/${cake.id}`)).json()
    expect(k).toMatchObject({ verdict: 'pass', reportReceivedOn: '2026-03-21' })
    expect(k.results[0].unitValues).toEqual(['100.000', '200.000', '50.000', '0.000', '30.000'])
    expect((await t.auditFor(chives.id)).map((a) => a.action)).toEqual(['sample.create', 'sample.send', 'sample.import_results'])
  })

  it('is all or nothing: one bad row → 400 with every error by row and column, and nothing written', async () => {
    const good = await sentSample()
    const unsent = await makeSample(t, s.inspectors[0], sampleInput(s.entityId, s.inspectors.map((i) => i.id)))
    const res = await upload(s.inspectors[0], await workbook([
      [good.sampleNumber, 'BG-C', '2026-03-20', '毒死蜱（韭菜）', 0.01, 'mg/kg'],
      [good.sampleNumber, 'BG-D', '2026-03-20', '铅', 0.1, 'mg/kg'],
      [good.sampleNumber, 'BG-C', '2026-03-20', '腐霉利', 'abc', 'μg/kg'],
      [good.sampleNumber, 'BG-C', '2026-03-20', '某新项目', 0.1, 'mg/kg', null, '约 0.5', null],
      [unsent.sampleNumber, 'BG-E', '2026-03-20', '腐霉利', 0.1, 'mg/kg'],
      ['NO-SUCH-1', 'BG-F', '2026-02-30', '腐霉利', 0.1, 'mg/kg'],
      ['NO-SUCH-2', 'BG-F', '2026-03-20', '腐霉利', 0.1, 'mg/kg'],
    ]))
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toMatch(/^导入文件有 \d+ 处错误，未导入任何数据。第 3 行「检验报告编号」/)
    expect(res.json().details).toEqual([
      { rowNumber: 3, column: '检验报告编号', message: '同一抽样单的报告编号应相同（第 2 行为 BG-C）' },
      { rowNumber: 3, column: '检验项目', message: expect.stringMatching(/^目录中「铅」有 \d+ 条适用于「蔬菜」的限量（.*），请在名称后用括号注明适用食品/) },
      { rowNumber: 4, column: '检测值', message: '「abc」不是数字、「未检出」或「<检出限」（数字最多 6 位小数，不能为负）' },
      { rowNumber: 5, column: '限量', message: '应写作「≤0.05」「≥3」或「不得检出」' },
      { rowNumber: 5, column: '判定依据', message: '填写了限量时须填写判定依据（标准）' },
      { rowNumber: 6, column: '抽样单编号', message: '样品尚未登记送达承检机构，请先登记送检' },
      { rowNumber: 7, column: '收到报告日期', message: expect.stringContaining('日期格式应为') },
      { rowNumber: 8, column: '抽样单编号', message: '系统中没有抽样单「NO-SUCH-2」（或不在本账号管辖范围内）' },
    ])
    expect(await t.count('sample_results', { sample_id: good.id })).toBe(0)
    // Fixed, the same file goes through.
    const fixed = await upload(s.inspectors[0], await workbook([
      [good.sampleNumber, 'BG-C', '2026-03-20', '毒死蜱（韭菜）', 0.01, 'mg/kg'],
      [good.sampleNumber, 'BG-C', '2026-03-20', '铅（叶菜蔬菜）', 0.1, 'mg/kg'],
    ]))
    expect(fixed.json()).toMatchObject({ rows: 2, samples: 1, failedSamples: [] })
    // A second import of the same report is refused (409 rule, reported on its row).
    const again = await upload(s.inspectors[0], await workbook([[good.sampleNumber, 'BG-C', '2026-03-20', '毒死蜱（韭菜）', 0.01, 'mg/kg']]))
    expect(again.json().details).toEqual([{ rowNumber: 2, column: '抽样单编号', message: '该样品已录入检验结果（报告 BG-C），不能重复录入' }])
  })

  it('reads <LOD, ＜LOD, 未检出 and ND as 未检出 with that LOD, and refuses a LOD that contradicts the cell', async () => {
    const pork = await sentSample({ category: 'livestock_meat', productName: '猪肉' })
    const rows: XL.CellValue[][] = [
      [pork.sampleNumber, 'BG-L', '2026-03-20', '克伦特罗', '<0.5', 'μg/kg'],
      [pork.sampleNumber, 'BG-L', '2026-03-20', '沙丁胺醇', '＜0.25', 'μg/kg'],
      [pork.sampleNumber, 'BG-L', '2026-03-20', '莱克多巴胺', '未检出', 'μg/kg', 0.2],
      [pork.sampleNumber, 'BG-L', '2026-03-20', '氯霉素', 'ND', 'μg/kg'],
      [pork.sampleNumber, 'BG-L', '2026-03-20', '氧氟沙星', '未检出（<0.3）', 'μg/kg', '0.30'],
    ]
    const clash = await upload(s.inspectors[0], await workbook([...rows, [pork.sampleNumber, 'BG-L', '2026-03-20', '诺氟沙星', '<0.5', 'μg/kg', 0.1]]))
    expect(clash.json().details).toEqual([{ rowNumber: 7, column: '检出限', message: '「0.1」与检测值「<0.5」中的检出限不一致' }])
    const res = await upload(s.inspectors[0], await workbook(rows))
    expect(res.statusCode, res.body).toBe(200)
    const d = (await t.as(s.office).get(`/api/samples/${pork.id}`)).json()
    expect(d.verdict).toBe('pass')
    expect(d.results.map((r: { itemName: string; detected: boolean; value: string | null; lod: string | null; limitText: string; verdict: string }) =>
      [r.itemName, r.detected, r.value, r.lod, r.limitText, r.verdict])).toEqual([
      ['克伦特罗', false, null, '0.500000', '不得检出', 'pass'], ['沙丁胺醇', false, null, '0.250000', '不得检出', 'pass'],
      ['莱克多巴胺', false, null, '0.200000', '不得检出', 'pass'], ['氯霉素', false, null, null, '不得检出', 'pass'],
      ['氧氟沙星', false, null, '0.300000', '不得检出', 'pass'],
    ])
  })

  it('refuses a catalogue item that does not apply to the sample\'s food category, naming the row', async () => {
    const cake = await sentSample({ category: 'pastry', productName: '蛋糕' })
    const res = await upload(s.inspectors[0], await workbook([
      [cake.sampleNumber, 'BG-K', '2026-03-20', '菌落总数', '100、200、50、0、30', 'CFU/g'],
      [cake.sampleNumber, 'BG-K', '2026-03-20', '毒死蜱（韭菜）', 0.01, 'mg/kg'],
      [cake.sampleNumber, 'BG-K', '2026-03-20', '克伦特罗', '未检出', 'μg/kg'],
    ]))
    expect(res.statusCode).toBe(400)
    expect(res.json().details).toEqual([
      { rowNumber: 3, column: '检验项目', message: '「毒死蜱（韭菜）」不适用于「糕点」（目录中该项目的适用食品：韭菜）；确需检验的，请填写限量和判定依据' },
      { rowNumber: 4, column: '检验项目', message: '「克伦特罗」不适用于「糕点」（目录中该项目的适用食品：所有食品动物）；确需检验的，请填写限量和判定依据' },
    ])
    expect(await t.count('sample_results', { sample_id: cake.id })).toBe(0)
  })

  it('checks units against the catalogue, dates against sending and today', async () => {
    const d = await sentSample()
    const res = await upload(s.inspectors[0], await workbook([
      [d.sampleNumber, 'BG-G', '2026-10-21', '毒死蜱（韭菜）', 0.01, 'μg/kg'],
    ]))
    expect(res.json().details).toEqual([{ rowNumber: 2, column: '收到报告日期', message: '不能晚于今天' }])
    const unit = await upload(s.inspectors[0], await workbook([[d.sampleNumber, 'BG-G', '2026-03-20', '毒死蜱（韭菜）', 0.01, 'μg/kg']]))
    expect(unit.json().details).toEqual([{ rowNumber: 2, column: '单位', message: '与目录中该项目的单位（mg/kg）不一致' }])
  })

  it('refuses a sample of another township like a missing one, a file that is not Excel, and a header without the columns', async () => {
    const d = await sentSample()
    const other = await makeTownship(t)
    const stranger = await makeAccount(t, { role: 'inspector', regionCode: other.code })
    const res = await upload(stranger, await workbook([[d.sampleNumber, 'BG-H', '2026-03-20', '腐霉利', 0.1, 'mg/kg']]))
    expect(res.json().details).toEqual([{ rowNumber: 2, column: '抽样单编号', message: `系统中没有抽样单「${d.sampleNumber}」（或不在本账号管辖范围内）` }])
    const notExcel = await upload(s.inspectors[0], Buffer.from('not a workbook'), 'a.xlsx')
    expect(notExcel.statusCode).toBe(400)
    expect(notExcel.json().message).toContain('不是有效的 Excel')
    const noColumns = await upload(s.inspectors[0], await workbook([[d.sampleNumber]], ['抽样单编号', '检验项目']))
    expect(noColumns.json().message).toBe('导入文件：表头缺少必需的列：检验报告编号、收到报告日期、检测值、单位')
    const empty = await upload(s.inspectors[0], await workbook([]))
    expect(empty.json().message).toBe('导入文件：没有数据行')
    const township = await makeAccount(t, { role: 'township', regionCode: s.town.code })
    expect((await upload(township, await workbook([]))).statusCode).toBe(403)
  })
})

import { describe, expect, it } from 'vitest'
import { decodeText, extractText, MAX_PLAN_BYTES } from './extract-text'
import { htmlToText } from './docx-text'
import { encryptedDocx, encryptedPdf, legacyDoc, truncated } from './fixtures/make-broken-files'
import { makeDocx } from './fixtures/make-docx'
import { hasChromium, htmlToPdf, makePdf } from './fixtures/make-pdf'
import { parsePlanFile, PlanReadError } from './index'

const refusal = async (buffer: Buffer, name: string) => {
  try {
    await extractText(buffer, name)
  } catch (e) {
    expect(e).toBeInstanceOf(PlanReadError)
    return { code: (e as PlanReadError).code, message: (e as PlanReadError).message }
  }
  throw new Error(`${name} was read`)
}

describe('text files', () => {
  it('decodes UTF-8 (with or without BOM), UTF-16 and GB18030', () => {
    const text = '（一）落实责任。（县市场监管局负责）'
    expect(decodeText(Buffer.from(`\uFEFF${text}`))).toBe(text)
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text)
    const gb = Buffer.from('d2bba1a2d7dccce5d2aac7f3', 'hex') // 一、总体要求 in GB18030
    expect(decodeText(gb)).toBe('一、总体要求')
  })
})

describe('refusals', () => {
  it('refuses empty, oversized, corrupt, encrypted and unsupported files with a Chinese message', async () => {
    const docx = await makeDocx('一、总体要求\n（一）落实责任。（县食安办负责）')
    const cases: [Buffer, string, string][] = [
      [Buffer.alloc(0), 'a.txt', 'empty'],
      [Buffer.from(' \n\u3000\n'), 'a.txt', 'empty'],
      [Buffer.alloc(MAX_PLAN_BYTES + 1), 'a.pdf', 'too_large'],
      [truncated(docx), 'a.docx', 'unreadable'],
      [Buffer.from('PK\u0003\u0004 not a zip'), 'a.docx', 'unreadable'],
      [encryptedDocx(), 'a.docx', 'encrypted'],
      [legacyDoc(), 'a.docx', 'unreadable'],
      [legacyDoc(), 'a.doc', 'unreadable'],
      [Buffer.from('%PDF-1.7 broken'), 'a.pdf', 'unreadable'],
      [encryptedPdf(), 'a.pdf', 'encrypted'],
      [Buffer.from('x'), 'a.xlsx', 'unreadable'],
    ]
    for (const [buffer, name, code] of cases) {
      const r = await refusal(buffer, name)
      expect(r.code, name).toBe(code)
      expect(r.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('refuses a document with no tasks', async () => {
    await expect(parsePlanFile(Buffer.from('关于开展食品安全宣传周活动的通知\n各单位：请做好宣传工作。'), 'a.txt')).rejects.toMatchObject({ code: 'no_tasks' })
  })
})

describe('.docx', () => {
  it('reads paragraphs as lines and leaves out the running header, the page-number footer and page breaks', async () => {
    const lines = ['2020年某县食品安全工作要点', '一、全面落实责任', '（一）落实党政同责。内容。（各乡镇负责）', '加强婴幼儿配方乳粉质', '量监管。（县市场监管局负责）']
    const text = await extractText(await makeDocx(lines.join('\n\n'), { pageBreakEvery: 2, header: '某县食品安全委员会' }), 'plan.docx')
    expect(text.split('\n')).toEqual(lines)
  })

  it('puts back the numbers Word draws itself (automatic numbering)', async () => {
    const text = '2023年某县食品安全工作要点\n一、强化源头治理\n（一）治理土壤。（县农业农村局负责）\n说明段落。\n（二）管控农药。（县农业农村局负责）\n二、加强过程监管\n（一）加强生产监管。（县市场监管局负责）'
    const read = await extractText(await makeDocx(text, { autoNumber: true }), 'plan.docx')
    expect(read.split('\n')).toEqual(text.split('\n'))
  })

  it('reads a Word table as tab-separated rows, repeating merged cells', () => {
    const html = '<table><tr><td><p>类别</p></td><td><p>任务</p></td><td><p>责任单位</p></td></tr>' +
      '<tr><td rowspan="2"><p>源头</p></td><td><p>治理</p><p>土壤。</p></td><td><p>县农业农村局</p></td></tr>' +
      '<tr><td><p>管控农药</p></td><td><p>县农业农村局</p></td></tr>' +
      '<tr><td colspan="3"><p>二、过程监管</p></td></tr></table><p>后文 &amp; 说明</p>'
    expect(htmlToText(html).split('\n')).toEqual(['类别\t任务\t责任单位', '源头\t治理土壤。\t县农业农村局', '源头\t管控农药\t县农业农村局', '二、过程监管\t\t', '后文 & 说明'])
  })
})

describe.skipIf(!hasChromium())('.pdf (printed by Chromium)', () => {
  it('rebuilds paragraphs from wrapped lines, across pages, without running headers and footers', async () => {
    const long = `（一）落实责任。${'各乡镇要把食品安全作为重大政治任务来抓，认真贯彻落实各项要求。'.repeat(40)}（县食安办负责）`
    const pdf = await makePdf(`2020年某县食品安全工作要点\n一、落实责任\n${long}\n（二）加强监管。内容。（县市场监管局负责）`, { pageNumbers: true, titleLine: 0 })
    const lines = (await extractText(pdf, 'plan.pdf')).split('\n')
    expect(lines).toEqual(['2020年某县食品安全工作要点', '一、落实责任', long, '（二）加强监管。内容。（县市场监管局负责）'])
  }, 60_000)

  it('refuses a PDF without a text layer', async () => {
    const pdf = await htmlToPdf('<!doctype html><html><body><svg width="200" height="200"><rect width="100" height="100"/></svg></body></html>')
    expect((await refusal(pdf, 'scan.pdf')).code).toBe('empty')
  }, 60_000)
})

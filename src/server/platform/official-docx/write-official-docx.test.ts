import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mammoth from 'mammoth'
// The repo's own zip reader (pure, no dependencies): this test reads the XML parts the way Word does.
import { readZipEntry } from '../../modules/work-plans/parser/docx-numbering'
import { pdfText } from '../../modules/work-plans/parser/pdf-text'
import { blank, figure, writeOfficialDocx, type OfficialDoc } from './write-official-docx'

const report: OfficialDoc = {
  title: '西平县2021年省级食品安全县创建工作\n自 查 报 告',
  subtitle: '（2021年1月—12月）',
  issuer: '西平县食品安全委员会办公室',
  date: '2021-12-20',
  blocks: [
    { kind: 'paragraph', runs: ['2021年，全县共完成食品抽检', figure(1234), '批次。', blank('总体评价')] },
    { kind: 'heading', level: 1, text: '高度重视，健全机制' },
    { kind: 'heading', level: 2, text: '加强领导，落实责任。', body: ['严格落实党政同责。'] },
    { kind: 'heading', level: 3, text: '建立台账' },
    { kind: 'heading', level: 4, text: '按月调度' },
    { kind: 'heading', level: 4, text: '按季通报' },
    { kind: 'heading', level: 3, text: '督查考核' },
    { kind: 'heading', level: 2, text: '强化保障' },
    { kind: 'heading', level: 1, text: '突出重点，严格监管' },
    { kind: 'heading', level: 2, text: '抽检监测' },
    { kind: 'paragraph', runs: ['合格率', figure(98.456), '%，快检', figure(null, { label: '快检批次' }), '批次，', figure(97, { decimals: 1 }), '%。'] },
    {
      kind: 'table', title: '表1  各乡镇抽检情况', header: ['乡镇', '抽检批次', '合格率（%）', '说明'], widths: [3, 2, 2, 3],
      rows: [['出山镇', 120, figure(98.3), null], ['盆尧镇', '85', figure(null, { label: '盆尧镇合格率' }), blank('盆尧镇说明')]],
      note: '注：数据截至2021年12月20日。',
    },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: '存在的问题' },
    { kind: 'paragraph', runs: [blank('存在的问题和下一步打算')] },
  ],
}

let docx: Buffer
let xml: string
beforeAll(async () => {
  docx = await writeOfficialDocx(report)
  xml = part('word/document.xml')
})
const part = (name: string) => readZipEntry(docx, name)?.toString('utf8') ?? ''

/** The run (<w:r>…</w:r>) and paragraph properties around a piece of text. */
function around(text: string, source = xml) {
  const at = source.indexOf(`>${text}</w:t>`)
  if (at < 0) throw new Error(`「${text}」 not found`)
  const run = source.slice(source.lastIndexOf('<w:r>', at), at)
  const paragraph = source.slice(source.lastIndexOf('<w:p>', at), source.indexOf('</w:pPr>', source.lastIndexOf('<w:p>', at)))
  return { run, paragraph }
}
const attr = (s: string, tag: string, name: string) => new RegExp(`<w:${tag}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(s)?.[1]

it('writes the text in order, numbering headings 一、（一）1.（1） and restarting them under each parent', async () => {
  const text = (await mammoth.extractRawText({ buffer: docx })).value
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean)
  expect(lines.slice(0, 3)).toEqual(['西平县2021年省级食品安全县创建工作', '自 查 报 告', '（2021年1月—12月）'])
  const expected = [
    '2021年，全县共完成食品抽检1234批次。【待填写：总体评价】',
    '一、高度重视，健全机制', '（一）加强领导，落实责任。严格落实党政同责。', '1.建立台账', '（1）按月调度', '（2）按季通报',
    '2.督查考核', '（二）强化保障', '二、突出重点，严格监管', '（一）抽检监测',
    '合格率98.46%，快检【待填写：快检批次】批次，97.0%。', '表1  各乡镇抽检情况', '注：数据截至2021年12月20日。',
    '三、存在的问题', '【待填写：存在的问题和下一步打算】', '西平县食品安全委员会办公室', '2021年12月20日',
  ]
  const positions = expected.map((e) => lines.indexOf(e))
  expect(positions.every((p) => p >= 0), `missing: ${expected.filter((_, i) => positions[i] < 0).join(' | ')}`).toBe(true)
  expect(positions).toEqual([...positions].sort((a, b) => a - b))
})

it('marks every blank 【待填写：…】 on yellow and prints figures plainly', () => {
  for (const what of ['总体评价', '快检批次', '盆尧镇合格率', '盆尧镇说明', '存在的问题和下一步打算']) {
    expect(attr(around(`【待填写：${what}】`).run, 'highlight', 'val')).toBe('yellow')
  }
  expect(around('1234').run).not.toContain('highlight')
  expect(around('98.46').run).not.toContain('highlight')
})

it('writes the table: widths over the 版心, a repeated header row, numbers right-aligned', () => {
  const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'))
  const rows = table.split('<w:tr>').slice(1).map((r) => r.split('<w:tc>').slice(1).map((c) => [...c.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')))
  expect(rows).toEqual([
    ['乡镇', '抽检批次', '合格率（%）', '说明'],
    ['出山镇', '120', '98.3', ''],
    ['盆尧镇', '85', '【待填写：盆尧镇合格率】', '【待填写：盆尧镇说明】'],
  ])
  const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]))
  expect(grid).toEqual([2653, 1769, 1769, 2653])
  expect(grid.reduce((a, b) => a + b)).toBe(8844) // 156 mm
  expect(table.split('<w:tr>')[1]).toContain('<w:tblHeader/>')
  expect(table.split('<w:tr>').slice(2).join('')).not.toContain('<w:tblHeader/>')
  expect(attr(around('120', table).paragraph, 'jc', 'val')).toBe('right')
  expect(attr(around('85', table).paragraph, 'jc', 'val')).toBe('right')
  expect(attr(around('出山镇', table).paragraph, 'jc', 'val')).toBe('left')
  expect(attr(around('出山镇', table).run, 'sz', 'val')).toBe('28') // 4号
  expect(attr(around('乡镇', table).run, 'rFonts', 'eastAsia')).toBe('黑体')
  expect(attr(table, 'top', 'val')).toBe('single')
})

it('lays out the page by GB/T 9704: A4, margins 37/35/28/26 mm, 22 lines of 28 characters', () => {
  const sect = xml.slice(xml.lastIndexOf('<w:sectPr'))
  expect({ w: attr(sect, 'pgSz', 'w'), h: attr(sect, 'pgSz', 'h') }).toEqual({ w: '11906', h: '16838' })
  expect(['top', 'bottom', 'left', 'right'].map((s) => attr(sect, 'pgMar', s))).toEqual(['2098', '1984', '1587', '1474'])
  expect(attr(sect, 'docGrid', 'type')).toBe('linesAndChars')
  expect(attr(sect, 'docGrid', 'linePitch')).toBe('579')
  expect(attr(sect, 'docGrid', 'charSpace')).toBe('-848')
})

it('names the fonts and sizes: title 2号 小标宋, body 3号 仿宋 on 28.95 pt lines, headings 黑体 and 楷体', () => {
  const title = around('自 查 报 告')
  expect(attr(title.run, 'rFonts', 'eastAsia')).toBe('方正小标宋简体')
  expect(attr(title.run, 'sz', 'val')).toBe('44')
  expect(attr(title.paragraph, 'jc', 'val')).toBe('center')
  const body = around('批次。')
  expect(attr(body.run, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312')
  expect(attr(body.run, 'rFonts', 'ascii')).toBe('仿宋_GB2312')
  expect(attr(body.run, 'sz', 'val')).toBe('32')
  expect(attr(body.paragraph, 'spacing', 'line')).toBe('579')
  expect(attr(body.paragraph, 'spacing', 'lineRule')).toBe('exact')
  expect(attr(body.paragraph, 'ind', 'firstLineChars')).toBe('200')
  expect(attr(around('一、高度重视，健全机制').run, 'rFonts', 'eastAsia')).toBe('黑体')
  expect(attr(around('（一）加强领导，落实责任。').run, 'rFonts', 'eastAsia')).toBe('楷体_GB2312')
  expect(attr(around('严格落实党政同责。').run, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312')
  expect(attr(around('1.建立台账').run, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312')
  expect(attr(around('一、高度重视，健全机制').paragraph, 'outlineLvl', 'val')).toBe('0')
  expect(attr(around('（2021年1月—12月）').run, 'rFonts', 'eastAsia')).toBe('楷体_GB2312')
  expect(around('三、存在的问题').paragraph).toContain('<w:pageBreakBefore/>')
  // 7.3.5.2: the date starts two characters right of the issuer's first character.
  expect(attr(around('西平县食品安全委员会办公室').paragraph, 'ind', 'right')).toBe('640')
  expect(attr(around('2021年12月20日').paragraph, 'ind', 'right')).toBe('1920')
})

it('numbers pages 「— 1 —」 in 4号宋体, odd pages right and even pages left', () => {
  expect(part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>')
  const rels = part('word/_rels/document.xml.rels')
  const sect = xml.slice(xml.lastIndexOf('<w:sectPr'))
  const footer = (type: string) => {
    const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(sect)?.[1]
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1]
    return part(`word/${target}`)
  }
  for (const [type, side] of [['default', 'right'], ['even', 'left']]) {
    const f = footer(type)
    expect(f).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>')
    expect(f).toContain('>— </w:t>')
    expect(f).toContain('> —</w:t>')
    expect(attr(f, 'jc', 'val')).toBe(side)
    expect(attr(f, 'rFonts', 'eastAsia')).toBe('宋体')
    expect(attr(f, 'sz', 'val')).toBe('28')
  }
})

it('refuses a table row that does not match its header', async () => {
  await expect(writeOfficialDocx({ title: 't', blocks: [{ kind: 'table', header: ['a', 'b'], rows: [['1']] }] })).rejects.toThrow(/row 1 has 1 cells/)
})

const soffice = ['soffice', 'libreoffice'].find((cmd) => {
  try { execFileSync('which', [cmd], { stdio: 'ignore' }); return true } catch { return false }
})
it.skipIf(!soffice)(`opens in LibreOffice and converts to PDF${soffice ? '' : ' (skipped: neither soffice nor libreoffice is installed here)'}`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'official-docx-'))
  try {
    writeFileSync(join(dir, 'report.docx'), docx)
    execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'report.docx')], { timeout: 120_000, stdio: 'ignore' })
    const text = await pdfText(readFileSync(join(dir, 'report.pdf')))
    expect(text.replace(/\s/g, '')).toContain('西平县2021年省级食品安全县创建工作')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 150_000)

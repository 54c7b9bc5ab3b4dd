import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { FOOD_CATEGORIES, SAMPLE_PURPOSES, SAMPLE_STAGES, SAMPLING_DEPARTMENTS, SAMPLING_LEVELS, type FoodCategory } from '../../../../../shared/sampling-catalogue'
import type { SignedInContext } from '../../../../platform/context'
import { readStoredFile } from '../../../../platform/files'
import { findEntityOr404 } from '../../../entities/service/register'
import { getSample } from '../service/read'
import { NO_BORDERS, photosTable, type FormPhoto } from './photos'

/**
 * 食品安全抽样检验抽样单: one A4 form filled from the record, left with blank lines for the signatures of
 * the samplers and the sampled business (signed on paper on site). A form, not an official document, so
 * it follows the inspections' 结果记录表 layout rather than platform/official-docx (the 公文 layout).
 */
const FONT = '仿宋_GB2312'
const run = (text: string, size = 11, bold = false) => new TextRun({ text, font: { eastAsia: FONT, ascii: FONT, hAnsi: FONT }, size: size * 2, bold })
const para = (text: string, size = 11, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT, bold = false) =>
  new Paragraph({ children: [run(text, size, bold)], alignment: align, spacing: { after: 60 } })
/**
 * The declaration and both signatures in one borderless row that may not split: photos may push them onto the
 * next page, but never apart (LibreOffice does not honour keep-with-next across empty paragraphs; both honour this).
 */
const signatures = (lines: string[]) => new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: NO_BORDERS,
  rows: [new TableRow({ cantSplit: true, children: [new TableCell({ margins: { left: 0, right: 0 }, children: lines.map((l) => para(l)) })] })],
})
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const WIDTHS = [18, 32, 18, 32]
const cell = (text: string, i: number, columnSpan?: number) => new TableCell({
  width: { size: columnSpan ? 82 : WIDTHS[i], type: WidthType.PERCENTAGE }, columnSpan, children: [para(text, 11, AlignmentType.LEFT, i % 2 === 0 && !columnSpan)],
})
const table = (rows: string[][]) => new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  rows: rows.map((r) => new TableRow({ children: r.length === 2 ? [cell(r[0], 0), cell(r[1], 1, 3)] : r.map((c, k) => cell(c, k)) })),
})
const label = <T extends Record<string, string>>(labels: T, key: string) => labels[key as keyof T] ?? key

export async function buildSamplingForm(ctx: SignedInContext, id: string) {
  const s = await getSample(ctx, id)
  const e = await findEntityOr404(ctx.db, ctx, s.entityId)
  const category = FOOD_CATEGORIES[s.category as FoodCategory]?.label ?? s.category
  const photos = (await Promise.all(s.photoIds.map((sha) => readStoredFile(ctx.db, sha)))).filter((f): f is FormPhoto & NonNullable<typeof f> => !!f)
  const children = [
    para('食品安全抽样检验抽样单', 18, AlignmentType.CENTER, true),
    para(`抽样单编号：${s.sampleNumber}`, 11, AlignmentType.RIGHT),
    para('一、抽检信息', 12, AlignmentType.LEFT, true),
    table([
      ['抽检级别', label(SAMPLING_LEVELS, s.level), '抽检部门', label(SAMPLING_DEPARTMENTS, s.department)],
      ['抽检类型', label(SAMPLE_PURPOSES, s.purpose), '抽样环节', label(SAMPLE_STAGES, s.stage)],
      ['任务来源', s.planName ?? '—'],
    ]),
    para('二、被抽样单位', 12, AlignmentType.LEFT, true),
    table([
      ['单位名称', e.name],
      ['单位地址', e.address ?? ''],
      ['统一社会信用代码', e.uscc ?? '', '法定代表人', e.legalRepresentative ?? ''],
      ['联系人', e.contactName ?? '', '联系电话', e.contactPhone ?? ''],
    ]),
    para('三、样品信息', 12, AlignmentType.LEFT, true),
    table([
      ['样品名称', s.productName, '食品类别', category],
      ['商标', s.brand ?? '', '规格型号', s.specification ?? ''],
      ['生产批号', s.batchNumber ?? '', '生产（购进）日期', s.productionDate ?? ''],
      ['标称生产者', s.manufacturer ?? ''],
      ['抽样数量', s.quantity, '购样费用（元）', s.price ?? ''],
      ['抽样日期', s.sampledOn, '承检机构', s.lab],
      ['抽样人员', s.samplers.map((p) => p.name).join('、')],
    ]),
    // On the form before the signatures, so that the business signs for the photos too.
    ...(photos.length ? [para(`四、现场照片（共 ${photos.length} 张）`, 12, AlignmentType.LEFT, true), ...photosTable(photos)] : []),
    signatures([
      '', '被抽样单位对抽样程序、过程、封样状态及上述内容无异议。', '', '抽样人员（签名）：____________________　　　　日期：__________', '',
      '被抽样单位（签名、盖章）：____________________　　　　日期：__________',
    ]),
    para(''),
    para('本抽样单一式三联：抽样单位、被抽样单位、承检机构各一联。抽样人员应当在抽样之日起 5 个工作日内将样品和抽样文书送达承检机构（《食品安全抽样检验管理办法》第二十条）。', 9),
  ]
  const doc = new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1200, bottom: 1200, left: 1300, right: 1300 } } }, children }] })
  return {
    buffer: Buffer.from(await Packer.toBuffer(doc)),
    fileName: `抽样单-${s.sampleNumber}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }
}

import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { HANDLINGS, INSPECTION_KINDS, ORDER_KINDS } from '../../../../shared/inspections'
import { CHECKLIST_TEMPLATES, templateItems, type ChecklistCode } from '../../../../shared/inspection-checklists'
import { ITEM_OUTCOME_LABELS, RESULT_LABELS, type ItemOutcome, type OverallResult } from '../../../../shared/inspection-result'
import type { SignedInContext } from '../../../platform/context'
import { getInspection } from '../service/read'

/**
 * 食品生产经营监督检查结果记录表 (第三十五条: the result is given to the business in writing on site;
 * 第三十九条: it posts the table until the next inspection). One A4 page of facts: who, when, which
 * items failed, the result judged by the rule, the handling, and both signatures.
 */
const FONT = '仿宋_GB2312'
const run = (text: string, size = 12, bold = false) => new TextRun({ text, font: { eastAsia: FONT, ascii: FONT, hAnsi: FONT }, size: size * 2, bold })
const para = (text: string, size = 12, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT, bold = false) =>
  new Paragraph({ children: [run(text, size, bold)], alignment: align, spacing: { after: 60 } })
const cell = (text: string, width: number, bold = false) => new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [para(text, 11, AlignmentType.LEFT, bold)] })
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const table = (rows: string[][], widths: number[]) => new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  rows: rows.map((r, i) => new TableRow({ children: r.map((c, k) => cell(c, widths[k], i === 0 && rows.length > 2)) })),
})

export async function buildInspectionRecord(ctx: SignedInContext, id: string) {
  const d = await getInspection(ctx, id)
  const template = CHECKLIST_TEMPLATES[d.checklistCode as ChecklistCode]
  const items = new Map(template ? templateItems(template).map((it) => [it.code, it]) : [])
  const failed = d.answers.filter((a) => a.outcome === 'nonconform')
  const order = d.orders[0]
  const children = [
    para('食品生产经营监督检查结果记录表', 18, AlignmentType.CENTER, true),
    table([
      ['被检查单位', d.entityName, '检查类型', INSPECTION_KINDS[d.kind as keyof typeof INSPECTION_KINDS] ?? d.kind],
      ['地址', d.entityAddress ?? '', '检查日期', d.inspectedOn],
      ['检查表', d.checklistTitle, '执法人员', d.inspectors.map((i) => i.name).join('、')],
    ], [18, 42, 14, 26]),
    para(''),
    para(`检查项目共 ${d.answers.length} 项：重点项不符合 ${d.keyFailures} 项，一般项不符合 ${d.generalFailures} 项，不适用 ${d.notApplicable} 项。`),
    ...(failed.length ? [table([['项目', '内容', '重点项', '结果', '说明'], ...failed.map((a) => {
      const it = items.get(a.code)
      return [a.code, it?.text ?? '', it?.key ? '是' : '否', ITEM_OUTCOME_LABELS[a.outcome as ItemOutcome] ?? a.outcome, a.note ?? '']
    })], [10, 50, 10, 10, 20])] : []),
    para(''),
    para(`检查结果：${RESULT_LABELS[d.result as OverallResult] ?? d.result}`, 14, AlignmentType.LEFT, true),
    para(`处理措施：${HANDLINGS[d.handling as keyof typeof HANDLINGS] ?? d.handling}${order ? `（${ORDER_KINDS[order.kind as keyof typeof ORDER_KINDS] ?? ''}${order.documentNumber ? ` ${order.documentNumber}` : ''}，整改期限 ${order.dueOn}）` : ''}`),
    ...(d.operationsHalted ? [para('已责令立即停止食品生产经营活动。', 12, AlignmentType.LEFT, true)] : []),
    ...(d.findings ? [para(`检查发现的问题：${d.findings}`)] : []),
    para(''),
    para(`执法人员（签名）：${d.inspectors.map((i) => i.name).join('、')}`),
    para(`被检查单位负责人（签名）：${d.signatureRefused ? '拒绝签字（执法人员注明）' : (d.signerName ?? '')}`),
    para(`日期：${d.inspectedOn}`, 12, AlignmentType.RIGHT),
    para('本记录表应当在经营场所醒目位置张贴，直至下次检查。（《食品生产经营监督检查管理办法》第三十九条）', 10),
  ]
  const doc = new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children }] })
  return {
    buffer: Buffer.from(await Packer.toBuffer(doc)),
    fileName: `监督检查结果记录表-${d.entityName}-${d.inspectedOn}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  }
}

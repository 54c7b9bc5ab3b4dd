import type { ScoreboardTargetDto } from '../../../shared/indicators'
import { COMPARATOR_LABELS } from '../../../shared/work-plans'
import type { SignedInContext } from '../../platform/context'
import { buildTableWorkbook, excelDate, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { planScoreboard } from './scoreboard'

/** The plan scoreboard as .xlsx: per target the goal, the actual, where the actual comes from, the status and deadline. */

export const STATUS_LABELS: Record<ScoreboardTargetDto['status'], string> = { met: '达标', missed: '未达标', in_progress: '进行中' }

const sourceText = (t: ScoreboardTargetDto) =>
  t.source === 'live' ? `系统实时（${t.indicatorName ?? ''}）` : t.source === 'reported' ? `${t.reportedBy ?? ''}报送（${t.reportedOn ?? ''}）` : '暂无数字'

type Goal = Pick<ScoreboardTargetDto, 'metric' | 'comparator' | 'goal' | 'unit' | 'actual'>
/** A target's goal and actual, the same columns wherever targets are listed (scoreboard, dashboard off-track list). */
export const goalColumns = <T extends Goal>(): ExcelColumn<T>[] => [
  { header: '目标', width: 30, value: (t) => t.metric },
  { header: '要求', width: 10, value: (t) => COMPARATOR_LABELS[t.comparator] ?? t.comparator },
  { header: '目标值', width: 10, value: (t) => t.goal },
  { header: '单位', width: 8, value: (t) => t.unit },
  { header: '实际', width: 10, value: (t) => t.actual },
]

const COLUMNS: ExcelColumn<ScoreboardTargetDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '任务', width: 8, value: (t) => t.taskNumber },
  { header: '任务名称', width: 30, value: (t) => t.taskTitle },
  ...goalColumns(),
  { header: '分子', width: 10, value: (t) => t.numerator },
  { header: '分母', width: 10, value: (t) => t.denominator },
  { header: '来源', width: 34, value: sourceText },
  { header: '绑定指标', width: 26, value: (t) => (t.indicatorName ? `${t.indicatorName}${t.confirmed ? '' : '（系统建议，未确认）'}` : '未绑定（单位报送）') },
  { header: '状态', width: 9, value: (t) => STATUS_LABELS[t.status] },
  { header: '期限', width: 13, value: (t) => excelDate(t.deadline), date: true },
]

export async function scoreboardWorkbook(ctx: SignedInContext, planId: string, year?: number) {
  const b = await planScoreboard(ctx, planId, year)
  const notes = [
    `${b.regionName} · ${b.year}年：达标 ${b.counts.met}，未达标 ${b.counts.missed}，进行中 ${b.counts.inProgress}，非实时 ${b.counts.unbound}。`,
    '绑定了指标的目标由系统记录实时计算；未绑定或暂无数据来源的目标沿用牵头单位报送的最新数字。',
  ]
  return {
    buffer: await buildTableWorkbook({ sheetName: '计分板', title: `${b.planTitle} 计分板（${b.regionName}，${b.year}年）`, columns: COLUMNS, rows: b.targets, notes }),
    fileName: xlsxName('计分板', b.planTitle, b.regionName, `${b.year}年`),
  }
}

import type { MeasureSource } from '../../platform/measures'
import { casesClosedSource, casesFiledSource, listingSource, penaltySource, transferSource } from '../cases/indicator-sources'
import { entitySource, licenceSource, safetyStaffSource, selfInspectionSource, staffAssessmentSource } from '../entities/indicator-sources'
import { inspectionSource, rectificationSource } from '../inspections/indicator-sources'
import { disposalSource, rapidTestSource, sampleSource } from '../sampling/indicator-sources'
import { progressReportSource } from '../work-plans/indicator-sources'

/** Every measure source by name, with the module that owns it (what the catalogue shows as 数据来源). */
export const SOURCES: { module: string; moduleLabel: string; source: MeasureSource }[] = [
  { module: 'sampling', moduleLabel: '抽检监测', source: sampleSource },
  { module: 'sampling', moduleLabel: '核查处置', source: disposalSource },
  { module: 'sampling', moduleLabel: '快检', source: rapidTestSource },
  { module: 'inspections', moduleLabel: '监督检查', source: inspectionSource },
  { module: 'inspections', moduleLabel: '整改', source: rectificationSource },
  { module: 'cases', moduleLabel: '案件', source: casesFiledSource },
  { module: 'cases', moduleLabel: '案件', source: casesClosedSource },
  { module: 'cases', moduleLabel: '案件处罚', source: penaltySource },
  { module: 'cases', moduleLabel: '行刑衔接', source: transferSource },
  { module: 'cases', moduleLabel: '信用', source: listingSource },
  { module: 'entities', moduleLabel: '经营主体', source: entitySource },
  { module: 'entities', moduleLabel: '证照', source: licenceSource },
  { module: 'entities', moduleLabel: '食品安全管理人员', source: safetyStaffSource },
  { module: 'entities', moduleLabel: '食品安全管理人员', source: staffAssessmentSource },
  { module: 'entities', moduleLabel: '企业自查', source: selfInspectionSource },
  { module: 'work-plans', moduleLabel: '工作方案', source: progressReportSource },
]

export const sourceByName = new Map(SOURCES.map((s) => [s.source.name, s]))

/** The source and measure a reference names; throws on a catalogue typo (a test checks every reference). */
export function resolve(ref: string) {
  const dot = ref.indexOf('.')
  const entry = sourceByName.get(ref.slice(0, dot))
  const measureId = ref.slice(dot + 1)
  const measure = entry?.source.measures[measureId]
  if (!entry || !measure) throw new Error(`indicator catalogue: unknown measure ${ref}`)
  return { ...entry, measureId, measure }
}

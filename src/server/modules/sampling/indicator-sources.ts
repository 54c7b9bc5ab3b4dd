import { sql, type SQL } from 'drizzle-orm'
import { LEAN_MEAT_POWDER_ITEMS } from '../../../shared/sampling-catalogue'
import { countWhere, type MeasureSource } from '../../platform/measures'
import { residueTested } from './figures/queries'
import { disposals, rapidTests, samples, sampleTallies } from './schema'

/**
 * What the indicators module may count in sampling (see platform/measures.ts). The conditions are the ones
 * the sampling figures and disposal rates use (figures/queries.ts, disposals/rules.ts), written as SQL.
 */

const entityName = (entityId: unknown) => sql<string>`coalesce((SELECT e.name FROM entities e WHERE e.id = ${entityId}), '')`

const tallied = (condition: SQL) => countWhere(condition, sampleTallies.n)

export const sampleSource: MeasureSource = {
  name: 'samples',
  auditType: 'sample',
  table: samples,
  region: samples.regionCode,
  unit: samples.unitId,
  date: { column: samples.sampledOn, label: '抽样日期' },
  record: { id: samples.id, title: sql`${samples.productName} || '（' || ${samples.sampleNumber} || '）'`, detail: sql`${entityName(samples.entityId)} || coalesce('，' || CASE ${samples.verdict} WHEN 'pass' THEN '合格' WHEN 'fail' THEN '不合格' END, '')`, link: '/sampling/samples/:id' },
  measures: {
    batches: { label: '抽样批次' },
    market: { label: '市场监管部门抽样批次', where: sql`${samples.department} = 'market'` },
    residue: { label: '农药兽药残留检验批次', where: residueTested },
    planting: { label: '种养殖环节抽样批次', where: sql`${samples.stage} = 'planting'` },
    supervisionJudged: { label: '监督抽检已出结果批次', where: sql`${samples.purpose} = 'supervision' AND ${samples.verdict} IS NOT NULL` },
    supervisionPassed: { label: '监督抽检合格批次', where: sql`${samples.purpose} = 'supervision' AND ${samples.verdict} = 'pass'` },
    routineJudged: { label: '例行监测已出结果批次', where: sql`${samples.purpose} = 'routine' AND ${samples.verdict} IS NOT NULL` },
    routinePassed: { label: '例行监测合格批次', where: sql`${samples.purpose} = 'routine' AND ${samples.verdict} = 'pass'` },
    failed: { label: '不合格批次', where: sql`${samples.verdict} = 'fail'` },
  },
  // The same conditions over the tallies (migration 0009; verdict '' = still at the lab). 农药兽药残留 needs
  // the sample's results, so it is always counted from the samples.
  tally: {
    table: sampleTallies, region: sampleTallies.regionCode, month: sampleTallies.month, records: sampleTallies.n,
    columns: {
      batches: sampleTallies.n,
      market: tallied(sql`${sampleTallies.department} = 'market'`),
      planting: tallied(sql`${sampleTallies.stage} = 'planting'`),
      supervisionJudged: tallied(sql`${sampleTallies.purpose} = 'supervision' AND ${sampleTallies.verdict} <> ''`),
      supervisionPassed: tallied(sql`${sampleTallies.purpose} = 'supervision' AND ${sampleTallies.verdict} = 'pass'`),
      routineJudged: tallied(sql`${sampleTallies.purpose} = 'routine' AND ${sampleTallies.verdict} <> ''`),
      routinePassed: tallied(sql`${sampleTallies.purpose} = 'routine' AND ${sampleTallies.verdict} = 'pass'`),
      failed: tallied(sql`${sampleTallies.verdict} = 'fail'`),
    },
  },
}

// A file whose 复检 passed is not a failed sample (disposal rates leave it out of the denominator).
const failedFile = sql`${disposals.retestVerdict} IS DISTINCT FROM 'pass'`

export const disposalSource: MeasureSource = {
  name: 'disposals',
  auditType: 'disposal',
  table: disposals,
  region: disposals.regionCode,
  // The unit that sampled: a disposal follows its sample (rankings by unit).
  unit: sql`(SELECT s.unit_id FROM samples s WHERE s.id = ${disposals.sampleId})`,
  date: { column: disposals.openedOn, label: '收到不合格检验报告日期' },
  record: { id: disposals.id, title: sql`coalesce((SELECT s.product_name || '（' || s.sample_number || '）' FROM samples s WHERE s.id = ${disposals.sampleId}), '')`, detail: sql`${entityName(disposals.entityId)} || CASE WHEN ${disposals.closedOn} IS NULL THEN '，办理中' ELSE '，' || ${disposals.closedOn}::text || ' 办结' END`, link: '/sampling/disposals/:id' },
  measures: {
    failed: { label: '不合格样品核查处置件数', where: failedFile },
    started: { label: '已启动核查处置件数', where: sql`${failedFile} AND (${disposals.notifiedOn} IS NOT NULL OR ${disposals.controlledOn} IS NOT NULL)` },
    closed: { label: '已办结件数', where: sql`${failedFile} AND ${disposals.closedOn} IS NOT NULL` },
    closedOnTime: { label: '按时办结件数', where: sql`${failedFile} AND ${disposals.closedOn} IS NOT NULL AND ${disposals.closedOn} <= ${disposals.closeDueOn}` },
  },
}

const leanMeat = sql`${rapidTests.item} IN (${sql.join(LEAN_MEAT_POWDER_ITEMS.map((i) => sql`${i}`), sql`, `)})`

export const rapidTestSource: MeasureSource = {
  name: 'rapid-tests',
  auditType: 'rapid_test',
  table: rapidTests,
  region: rapidTests.regionCode,
  date: { column: rapidTests.testedOn, label: '检测日期' },
  record: { id: rapidTests.id, title: sql`${rapidTests.sampleName} || '（' || ${rapidTests.item} || '）'`, detail: sql`${rapidTests.placeName} || CASE ${rapidTests.result} WHEN 'positive' THEN '，阳性' ELSE '，阴性' END`, link: '/sampling/rapid-tests?id=:id' },
  measures: {
    tests: { label: '快检批次' },
    leanMeat: { label: '瘦肉精快检批次', where: leanMeat },
    positives: { label: '快检阳性批次', where: sql`${rapidTests.result} = 'positive'` },
    awaitingConfirmation: { label: '阳性待送检确证批次', where: sql`${rapidTests.result} = 'positive' AND ${rapidTests.confirmSampleId} IS NULL` },
  },
}

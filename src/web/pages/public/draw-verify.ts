import {
  canonicalEntities, canonicalInspectors, DRAW_ALGORITHM, runDraw, seedFromPublicSource, sha256Hex, verifyDraw,
  type DrawEntity, type DrawInspector, type DrawRecord,
} from '../../../shared/draw'
import type { PublicDrawDto } from '../../../shared/draws'

/**
 * The public page's 复核: redoes a published 双随机 draw in the browser from the published texts, with
 * the very code the server draws with (src/shared/draw, shian-draw-v1), so the two cannot disagree.
 * What is left here is only what a citizen can check without the (unpublished) avoidance list.
 */

export type PublishedDraw = Pick<PublicDrawDto, 'entityList' | 'inspectorList' | 'entityListHash' | 'inspectorListHash' | 'avoidanceHash' | 'seed' | 'seedParts' | 'record'>

/** One line of the 复核 table; `ok: null` means "cannot be checked in the browser". */
export interface Check { label: string; ok: boolean | null; detail: string }

/** SHA-256 of an empty text: the avoidance hash of a draw in which nobody had to recuse. */
export const EMPTY_HASH = sha256Hex('')

const WHERE: Record<string, string> = { avoidanceHash: '回避名单哈希', rows: '记录中有重复或次序错乱的行' }

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

/**
 * A published list: its text must hash to the published (and recorded) hash, and be the canonical text
 * of its own rows — otherwise `sha256sum` on it would not be the hash the draw committed to.
 */
function checkList<T>(label: string, text: string, published: string, recorded: string, canonical: (rows: T[]) => string): { check: Check; rows: T[] | null } {
  const hash = sha256Hex(text)
  let rows: T[] | null = null
  let problem = ''
  try {
    const parsed: unknown = JSON.parse(text)
    if (!Array.isArray(parsed)) throw new Error('不是 JSON 数组')
    rows = parsed as T[]
    if (canonical(rows) !== text) problem = '原文不是规范格式（按 id 排序、固定字段、无空格）'
  } catch (e) {
    problem = `原文无法读取：${message(e)}`
  }
  if (!problem && recorded !== published) problem = `抽取记录中的名录哈希为 ${recorded}，与公示的不同`
  return { check: { label, ok: !problem && hash === published, detail: problem ? `${hash}（${problem}）` : hash }, rows }
}

/** Positions and businesses in draw order: what the result table shows, whatever else the rows carry. */
const drawnOrder = (r: Pick<DrawRecord, 'assignments' | 'unassigned'>) =>
  [...r.assignments, ...r.unassigned].sort((a, b) => a.position - b.position).map((row) => `${row.position}:${row.entityId}`).join(',')

export function verifyInBrowser(d: PublishedDraw): Check[] {
  // The DTO is the stored DrawRecord, typed loosely by the HTTP schema; verifyDraw compares values, not types.
  const record = d.record as unknown as DrawRecord
  const entities = checkList<DrawEntity>('检查对象名录哈希', d.entityList, d.entityListHash, record.entityListHash, canonicalEntities)
  const officers = checkList<DrawInspector>('执法人员名录哈希', d.inspectorList, d.inspectorListHash, record.inspectorListHash, canonicalInspectors)
  const checks = [entities.check, officers.check]
  if (d.seedParts) {
    try {
      const seed = seedFromPublicSource(d.seedParts)
      checks.push({ label: '随机种子由公开来源生成', ok: seed === d.seed, detail: seed })
    } catch (e) {
      checks.push({ label: '随机种子由公开来源生成', ok: false, detail: message(e) })
    }
  }

  const drawnLabel = '抽中的检查对象及位次'
  const pairsLabel = '执法人员配对'
  const cannot = (detail: string) => [...checks, { label: drawnLabel, ok: false, detail }, { label: pairsLabel, ok: false, detail }]
  if (!entities.rows || !officers.rows) return cannot('名录原文无法读取，无法重算')
  if (record.algorithm !== DRAW_ALGORITHM) return cannot(`本页按 ${DRAW_ALGORITHM} 复核，记录的算法为 ${record.algorithm}`)
  const { selection, sameUnitRequired } = record.parameters
  let again: DrawRecord
  try {
    // No avoidance list here: the businesses drawn never depend on it (算法第 8 条 reads only the ":entities" stream).
    again = runDraw({ seed: d.seed, entities: entities.rows, inspectors: officers.rows, selection, sameUnitRequired })
  } catch (e) {
    return cannot(`无法重算：${message(e)}`)
  }

  const counts = (['entityCount', 'inspectorCount', 'drawnCount'] as const).filter((k) => record.parameters[k] !== again.parameters[k])
  const recordedCount = record.assignments.length + record.unassigned.length
  checks.push({
    label: drawnLabel,
    ok: record.seed === d.seed && counts.length === 0 && drawnOrder(again) === drawnOrder(record),
    detail: `重算抽中 ${again.parameters.drawnCount} 户，记录 ${recordedCount} 户`
      + (record.seed !== d.seed ? '（记录中的随机种子与公示的不同）' : '')
      + (counts.length ? `（记录的${counts.map((k) => ({ entityCount: '名录户数', inspectorCount: '人员数', drawnCount: '抽取户数' })[k]).join('、')}与重算不同）` : ''),
  })

  if (d.avoidanceHash !== EMPTY_HASH) {
    checks.push({ label: pairsLabel, ok: null, detail: '本次抽取有回避情形，回避名单属个人信息不公开，配对请以服务器端复核为准' })
    return checks
  }
  // The server's own comparison, without an avoidance list (there was none). List hashes and counts are
  // the lines above; here only the rows and the avoidance hash count.
  const rowDifferences = verifyDraw(record, entities.rows, officers.rows).differences
    .filter((x) => !['entityListHash', 'inspectorListHash'].includes(x.where) && !x.where.startsWith('parameters.'))
  checks.push({
    label: pairsLabel, ok: rowDifferences.length === 0,
    detail: rowDifferences.length === 0
      ? `重算 ${again.assignments.length} 组`
      : `不一致：${rowDifferences.map((x) => (x.where.startsWith('position ') ? `第 ${x.where.slice(9)} 位` : WHERE[x.where] ?? x.where)).join('、')}`,
  })
  return checks
}

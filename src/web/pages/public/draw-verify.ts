/**
 * The public page's 复核: redoes a published 双随机 draw in the browser from the published texts.
 *
 * The server's algorithm (src/server/modules/inspections/draw/) hashes with node:crypto and compares
 * ids with Buffer, which a browser bundle does not have; this file follows the same published steps
 * (ALGORITHM_DESCRIPTION_ZH, shian-draw-v1) with a small synchronous SHA-256. draw-verify.test.ts runs
 * both on the same inputs over many seeds, so the two cannot drift apart unnoticed.
 */

// ── SHA-256 (FIPS 180-4) over UTF-8 ─────────────────────────────────────────────
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])
const utf8 = new TextEncoder()
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n))

export function sha256Bytes(text: string): Uint8Array<ArrayBuffer> {
  const data = utf8.encode(text)
  const bitLength = data.length * 8
  const padded = new Uint8Array(Math.ceil((data.length + 9) / 64) * 64)
  padded.set(data)
  padded[data.length] = 0x80
  const view = new DataView(padded.buffer)
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32))
  view.setUint32(padded.length - 4, bitLength >>> 0)
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19])
  const w = new Uint32Array(64)
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4)
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3)
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10)
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0
    }
    let [a, b, c, d, e, f, g, hh] = h
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0
      hh = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh
  }
  const out = new Uint8Array(32)
  const outView = new DataView(out.buffer)
  h.forEach((x, i) => outView.setUint32(i * 4, x))
  return out
}

export const sha256Hex = (text: string) => Array.from(sha256Bytes(text), (b) => b.toString(16).padStart(2, '0')).join('')

// ── shian-draw-v1, steps 1 and 3–12 ──────────────────────────────────────────────
export interface PublicEntity { id: string; name: string; uscc: string | null; licenceNumber: string | null; regionCode: string; type: string; grade: string | null }
export interface PublicOfficer { id: string; name: string; unit: string; certificateNumber: string }
export interface Selection { count?: number; proportion?: number }
export interface Assignment { position: number; entityId: string; inspectorIds: string[] }
export interface Unassigned { position: number; entityId: string; reason: string; eligibleCount: number }

/** Code-point (UTF-8 byte) order, as step 1 says; not JS `<`, which compares UTF-16 units. */
export function compareIds(a: string, b: string): number {
  const x = utf8.encode(a)
  const y = utf8.encode(b)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i]
  return x.length - y.length
}
const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => compareIds(a.id, b.id))

function randomStream(key: string) {
  let block: Uint8Array<ArrayBuffer> = new Uint8Array(0)
  let index = -1
  let offset = 32
  return () => {
    if (offset === 32) { block = sha256Bytes(`${key}:${++index}`); offset = 0 }
    const value = new DataView(block.buffer).getUint32(offset)
    offset += 4
    return value
  }
}

function uniformInt(next: () => number, n: number): number {
  const limit = 2 ** 32 - (2 ** 32 % n)
  for (;;) {
    const x = next()
    if (x < limit) return x % n
  }
}

/** Step 7: the count, or ⌈p × n⌉ on p's decimal digits (7 % of 100 is 7, not 8). */
export function sampleSize(n: number, s: Selection): number {
  if (s.count !== undefined) return s.count
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(s.proportion))
  if (!m) throw new Error(`无法识别的抽取比例：${s.proportion}`)
  const digits = BigInt(m[1] + (m[2] ?? ''))
  const exponent = Number(m[3] ?? 0) - (m[2]?.length ?? 0)
  const product = digits * BigInt(n)
  if (exponent >= 0) return Number(product * 10n ** BigInt(exponent))
  const denominator = 10n ** BigInt(-exponent)
  return Number((product + denominator - 1n) / denominator)
}

export function drawEntities(entities: readonly PublicEntity[], selection: Selection, seed: string): PublicEntity[] {
  const order = byId(entities)
  const k = sampleSize(order.length, selection)
  const next = randomStream(`${seed}:entities`)
  for (let i = 0; i < k; i++) {
    const j = i + uniformInt(next, order.length - i)
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  return order.slice(0, k)
}

const REASONS = { tooFew: '可选执法人员不足两名（回避后）', tooFewSameUnit: '同一执法单位内可选执法人员不足两名（回避后）' }

/** Steps 9–12. `avoid` (officer id → business ids) is for the cross-check test; the public page has none. */
export function assignPairs(drawn: readonly PublicEntity[], officers: readonly PublicOfficer[], seed: string, sameUnitRequired: boolean, avoid = new Map<string, Set<string>>()) {
  const sorted = byId(officers)
  const next = randomStream(`${seed}:inspectors`)
  const load = new Map<string, number>()
  const pick = (pool: PublicOfficer[]) => {
    const min = Math.min(...pool.map((p) => load.get(p.id) ?? 0))
    const least = pool.filter((p) => (load.get(p.id) ?? 0) === min)
    return least[uniformInt(next, least.length)]
  }
  const assignments: Assignment[] = []
  const unassigned: Unassigned[] = []
  drawn.forEach((entity, i) => {
    const position = i + 1
    const eligible = sorted.filter((p) => !avoid.get(p.id)?.has(entity.id))
    const firstPool = sameUnitRequired ? eligible.filter((p) => eligible.some((o) => o.id !== p.id && o.unit === p.unit)) : eligible
    if (firstPool.length < 2) {
      unassigned.push({ position, entityId: entity.id, reason: sameUnitRequired && eligible.length >= 2 ? REASONS.tooFewSameUnit : REASONS.tooFew, eligibleCount: eligible.length })
      return
    }
    const first = pick(firstPool)
    const second = pick(firstPool.filter((p) => p.id !== first.id && (!sameUnitRequired || p.unit === first.unit)))
    for (const p of [first, second]) load.set(p.id, (load.get(p.id) ?? 0) + 1)
    assignments.push({ position, entityId: entity.id, inspectorIds: [first.id, second.id] })
  })
  return { assignments, unassigned }
}

// ── What the 复核 button checks ───────────────────────────────────────────────
export interface PublishedDraw {
  entityList: string; inspectorList: string; entityListHash: string; inspectorListHash: string; avoidanceHash: string
  seed: string; seedParts: string[] | null
  record: { seed: string; parameters: { selection: Selection; drawnCount: number; sameUnitRequired: boolean }; assignments: Assignment[]; unassigned: Unassigned[] }
}

export interface Check { label: string; ok: boolean | null; detail: string }

/** SHA-256 of an empty text: the avoidance hash of a draw in which nobody had to recuse. */
export const EMPTY_HASH = sha256Hex('')

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Every check a citizen can make without the (unpublished) avoidance list. `ok: null` means "cannot be
 * checked here": the officer pairs of a draw with recusals depend on that list, which only the
 * server-side 复核 (or an auditor holding it) can use.
 */
export function verifyInBrowser(d: PublishedDraw): Check[] {
  const checks: Check[] = []
  const entityHash = sha256Hex(d.entityList)
  const officerHash = sha256Hex(d.inspectorList)
  checks.push({ label: '检查对象名录哈希', ok: entityHash === d.entityListHash, detail: entityHash })
  checks.push({ label: '执法人员名录哈希', ok: officerHash === d.inspectorListHash, detail: officerHash })
  if (d.seedParts) {
    const seed = sha256Hex(d.seedParts.join('\n'))
    checks.push({ label: '随机种子由公开来源生成', ok: seed === d.seed, detail: seed })
  }
  const entities = JSON.parse(d.entityList) as PublicEntity[]
  const officers = JSON.parse(d.inspectorList) as PublicOfficer[]
  const { selection, drawnCount, sameUnitRequired } = d.record.parameters
  const drawn = drawEntities(entities, selection, d.seed)
  const recorded = [...d.record.assignments, ...d.record.unassigned].sort((a, b) => a.position - b.position).map((r) => r.entityId)
  checks.push({
    label: '抽中的检查对象及位次', ok: d.record.seed === d.seed && drawn.length === drawnCount && same(drawn.map((e) => e.id), recorded),
    detail: `重算抽中 ${drawn.length} 户，记录 ${recorded.length} 户`,
  })
  if (d.avoidanceHash === EMPTY_HASH) {
    const again = assignPairs(drawn, officers, d.seed, sameUnitRequired)
    checks.push({ label: '执法人员配对', ok: same(again.assignments, d.record.assignments) && same(again.unassigned.map((u) => [u.position, u.entityId, u.reason]), d.record.unassigned.map((u) => [u.position, u.entityId, u.reason])), detail: `重算 ${again.assignments.length} 组` })
  } else {
    checks.push({ label: '执法人员配对', ok: null, detail: '本次抽取有回避情形，回避名单属个人信息不公开，配对请以服务器端复核为准' })
  }
  return checks
}

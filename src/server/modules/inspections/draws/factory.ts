import type { DrawInput } from '../../../../shared/draws'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from '../../../platform/testing/factories'
import type { TestApp } from '../../../platform/testing/test-app'
import { makeEntity } from '../../entities/factory'

/** Test-data builders for 双随机: a township with an office account, officers on the roster and businesses. */

let seq = Math.floor(Math.random() * 1e5)
export const certificate = () => `41172100${String(seq++).padStart(6, '0')}`

export interface DrawTown {
  town: TestTownship
  office: TestAccount
  officers: TestAccount[]
  entities: { id: string; name: string }[]
}

/** Puts an inspector account on the roster through the API (its unit: the township's 市场监管所). */
export async function addToRoster(t: TestApp, office: TestAccount, officer: TestAccount) {
  const res = await t.as(office).post('/api/draws/roster', { accountId: officer.id, certificateNumber: certificate() })
  if (res.statusCode !== 201) throw new Error(`addToRoster: ${res.body}`)
  return res.json()
}

export async function makeDrawTown(t: TestApp, options: { officers?: number; entities?: number } = {}): Promise<DrawTown> {
  const town = await makeTownship(t)
  const unitCode = `msa-${town.code.slice(0, 9)}`
  const office = await makeAccount(t, { role: 'office', regionCode: town.code })
  const officers: TestAccount[] = []
  for (let i = 0; i < (options.officers ?? 4); i++) {
    const officer = await makeAccount(t, { role: 'inspector', regionCode: town.code, unitCode })
    await addToRoster(t, office, officer)
    officers.push(officer)
  }
  const entities = []
  for (let i = 0; i < (options.entities ?? 12); i++) entities.push(await makeEntity(t, office, town.villageCodes[i % 3]))
  return { town, office, officers, entities }
}

export const drawInput = (town: TestTownship, over: Partial<DrawInput> = {}): DrawInput => ({
  title: '2026 年餐饮服务双随机抽查', matter: '食品经营许可事项检查', year: 2026,
  entityFilter: { regionCode: town.code, types: [], grades: [] },
  selection: { count: 5 }, sameUnitRequired: false, ...over,
})

/** Freezes a draw through the API and answers its detail. */
export async function freeze(t: TestApp, office: TestAccount, town: TestTownship, over: Partial<DrawInput> = {}) {
  const res = await t.as(office).post('/api/draws', drawInput(town, over))
  if (res.statusCode !== 201) throw new Error(`freeze: ${res.body}`)
  return res.json() as { id: string; entityListHash: string; inspectorListHash: string; avoidanceHash: string; entityCount: number; inspectorCount: number }
}

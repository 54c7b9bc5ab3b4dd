import { usccCheckChar } from '../../../shared/codes'
import type { EntityInput, LicenceInput } from '../../../shared/entities'
import type { Caller, TestApp } from '../../platform/testing/test-app'

/** Test-data builders for entities: valid unless a test says otherwise, and never colliding. */

let seq = Math.floor(Math.random() * 1e6)
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** A USCC with a correct check character (registering office 411721, a fresh body each call). */
export function validUscc(): string {
  let n = seq++
  let body = ''
  for (let i = 0; i < 9; i++) { body = CHARS[n % 31] + body; n = Math.floor(n / 31) }
  const first17 = `92411721${body}`
  return first17 + usccCheckChar(first17)
}

export const licenceNumber = (kind: 'production' | 'operation' = 'operation') =>
  `${kind === 'production' ? 'SC1' : 'JY2'}411721${String(seq++ % 1e7).padStart(7, '0')}`.padEnd(16, '0')

export const entityInput = (regionCode: string, over: Partial<EntityInput> = {}): EntityInput => ({
  name: `测试饭店${seq++}`, uscc: validUscc(), type: 'small_restaurant', canteenKind: null, schoolCategory: null, principalAccompanies: null,
  legalRepresentative: '张三', address: '测试路 1 号', regionCode, longitude: 114.02, latitude: 33.38, contactName: '张三', contactPhone: '13800000000',
  status: 'active', openedOn: '2020-05-01', openKitchen: 'traditional', openKitchenUrl: null, cateringGrade: 'B', staticFactors: {}, ...over,
})

export const licenceInput = (over: Partial<LicenceInput> = {}): LicenceInput => ({
  kind: 'operation', number: licenceNumber('operation'), category: '热食类食品制售', issuedOn: '2022-01-10', expiresOn: '2027-01-09', electronic: true, issuer: '西平县市场监督管理局', ...over,
})

export async function makeEntity(t: TestApp, caller: Caller, regionCode: string, over: Partial<EntityInput> = {}) {
  const res = await t.as(caller).post('/api/entities', entityInput(regionCode, over))
  if (res.statusCode !== 201) throw new Error(`makeEntity: ${res.body}`)
  return res.json() as { id: string; name: string; uscc: string | null }
}

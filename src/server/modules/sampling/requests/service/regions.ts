import type { Account } from '../../../../platform/context'
import type { Database } from '../../../../platform/db'
import { badRequest } from '../../../../platform/errors'
import { listRegionsInScope } from '../../../regions/service'

export interface RegionChoice { code: string; name: string; level: string }

/**
 * The counties and townships a proposal may name. The regions service lists regions for a viewer; the
 * public has none, so a viewer placed at the county (or, without one, at the root, which sees every region)
 * reads the list. Villages are left out: people name the township they live in.
 */
export async function regionChoices(db: Database, county: string | undefined): Promise<RegionChoice[]> {
  const viewer = { regionCode: county ?? '' } as Account
  const rows = await listRegionsInScope({ db, account: viewer })
  return rows.filter((r) => r.level === 'county' || r.level === 'township').map((r) => ({ code: r.code, name: r.name, level: r.level }))
}

/** The county of a public request: as given (it must be a county), or the deployment's only county. */
export async function resolveCounty(db: Database, county: string | undefined) {
  if (county !== undefined && !county.endsWith('000000')) throw badRequest('县（区）：应为县级 12 位区划代码')
  const choices = await regionChoices(db, county)
  const counties = choices.filter((r) => r.level === 'county')
  if (county !== undefined && !counties.some((c) => c.code === county)) throw badRequest('县（区）：该区划不存在')
  const chosen = counties.length === 1 ? counties[0] : null
  const regions = chosen ? choices.filter((r) => r.code.startsWith(chosen.code.slice(0, 6))) : choices
  return { county: chosen ? { code: chosen.code, name: chosen.name } : null, regions }
}

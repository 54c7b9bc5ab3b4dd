import type { Executor } from '../../../../platform/db'
import { badRequest } from '../../../../platform/errors'
import { publicRegionChoices } from '../../../regions/service'

/** The county of a public request: as given (it must be a county), or the deployment's only county. */
export async function resolveCounty(db: Executor, county: string | undefined) {
  if (county !== undefined && !county.endsWith('000000')) throw badRequest('县（区）：应为县级 12 位区划代码')
  const choices = await publicRegionChoices(db, county)
  const counties = choices.filter((r) => r.level === 'county')
  if (county !== undefined && !counties.some((c) => c.code === county)) throw badRequest('县（区）：该区划不存在')
  const chosen = counties.length === 1 ? counties[0] : null
  const regions = chosen ? choices.filter((r) => r.code.startsWith(chosen.code.slice(0, 6))) : choices
  return { county: chosen ? { code: chosen.code, name: chosen.name } : null, regions }
}

import type { Config } from './config'
import type { Database } from './db'

/** The signed-in account as every service sees it. */
export interface Account {
  id: string
  username: string
  displayName: string
  role: string | null
  regionCode: string
  unitId: string | null
  permissions: ReadonlySet<string>
  mustChangePassword: boolean
  sessionTokenHash: string
}

/** What a service needs from the request: the database, who acts, and from where (for the audit). */
export interface RequestContext {
  db: Database
  config: Config
  account: Account | null
  ip: string
  userAgent: string
}

export interface SignedInContext extends RequestContext { account: Account }

import type { AccountDto } from '../../../shared/accounts'
import type { AuditDto, AuditQuery } from '../../../shared/audit'
import { api, withQuery } from '../../api/client'

export interface AuditList { items: AuditDto[]; total: number }
export interface ChainStatus { ok: boolean; rows: number; firstBrokenId: number | null; reason: string | null; checkedAt: string }

export const fetchAudit = (query: AuditQuery) => api.get<AuditList>('/audit', { ...query })
/** The export route with the log's own filters (all pages; the export is itself audited). */
export const auditExportUrl = (query: AuditQuery) => withQuery('/api/audit/export', { ...query, page: undefined, pageSize: undefined })
export const verifyAudit = () => api.get<ChainStatus>('/audit/verify')
/** The auditor holds accounts.read only to show names next to usernames in the log. */
export const fetchAccountNames = () => api.get<{ items: AccountDto[] }>('/accounts', { pageSize: 200 })
  .then((r) => new Map(r.items.map((a) => [a.username, a.displayName])))

import type { AccountDto, AccountQuery, CreateAccountInput, UpdateAccountInput } from '../../../shared/accounts'
import { api, withQuery } from '../../api/client'

export interface AccountList { items: AccountDto[]; total: number }

export const fetchAccounts = (query: AccountQuery) => api.get<AccountList>('/accounts', { ...query })
/** The export route with the list's own filters (all pages). */
export const accountsExportUrl = (query: AccountQuery) => withQuery('/api/accounts/export', { ...query, page: undefined, pageSize: undefined })
export const createAccount = (input: CreateAccountInput) => api.post<AccountDto>('/accounts', input)
export const updateAccount = (id: string, patch: UpdateAccountInput) => api.patch<AccountDto>(`/accounts/${id}`, patch)
export const resetPassword = (id: string, password: string) => api.post<AccountDto>(`/accounts/${id}/reset-password`, { password })
export const unlockAccount = (id: string) => api.post<AccountDto>(`/accounts/${id}/unlock`)

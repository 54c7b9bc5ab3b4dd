import type { AccountDto, AccountQuery } from '../../../shared/accounts'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { allPages, buildTableWorkbook, excelDateTime, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { listAccounts } from './service'

/** 账号管理 as .xlsx: every account in the caller's scope the filters select (all pages). No secret is in an AccountDto. */

const status = (a: AccountDto) => [a.disabled && '停用', a.locked && '锁定', a.mustChangePassword && '须改密码'].filter(Boolean).join('、') || '正常'

const COLUMNS: ExcelColumn<AccountDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '用户名', width: 16, value: (r) => r.username },
  { header: '姓名', width: 12, value: (r) => r.displayName },
  { header: '角色', width: 16, value: (r) => r.roleLabel },
  { header: '所属区划', width: 14, value: (r) => r.regionName },
  { header: '所属单位', width: 28, value: (r) => r.unitName },
  { header: '电话', width: 16, value: (r) => r.phone },
  { header: '状态', width: 16, value: (r) => status(r) },
  { header: '最近登录', width: 20, value: (r) => excelDateTime(r.lastLoginAt), dateTime: true },
  { header: '创建时间', width: 20, value: (r) => excelDateTime(r.createdAt), dateTime: true },
]

export async function accountsWorkbook(ctx: SignedInContext, query: AccountQuery) {
  const rows = await allPages((page, pageSize) => listAccounts(ctx, { ...query, page, pageSize }))
  const today = todayOf(ctx)
  return {
    buffer: await buildTableWorkbook({ sheetName: '账号', title: `账号管理，${today} 导出`, columns: COLUMNS, rows }),
    fileName: xlsxName('账号', today),
  }
}

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { AccountDto, AccountListDto, AccountQuery, CreateAccountInput, ResetPasswordInput, UpdateAccountInput } from '../../../shared/accounts'
import { IdParams } from '../../../shared/common'
import { XLSX_MIME } from '../../platform/excel-table'
import { signedIn } from '../../platform/http-hooks'
import { sendDownload } from '../../platform/uploads'
import { accountsWorkbook } from './export'
import { createAccount, getAccount, listAccounts, resetPassword, unlockAccount, updateAccount } from './service'

export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/accounts', {
    config: { permission: 'accounts.read' },
    schema: { tags: ['accounts'], summary: '账号列表（本账号范围内）', querystring: AccountQuery, response: { 200: AccountListDto } },
  }, async (req) => listAccounts(signedIn(req), req.query))

  app.get('/accounts/export', {
    config: { permission: 'accounts.read' },
    schema: { tags: ['accounts'], summary: '按筛选条件导出账号列表（.xlsx，全部页，本账号范围内）', querystring: AccountQuery },
  }, async (req, reply) => sendDownload(reply, { ...await accountsWorkbook(signedIn(req), req.query), mimeType: XLSX_MIME }))

  app.get('/accounts/:id', {
    config: { permission: 'accounts.read' },
    schema: { tags: ['accounts'], summary: '账号详情', params: IdParams, response: { 200: AccountDto } },
  }, async (req) => getAccount(signedIn(req), req.params.id))

  app.post('/accounts', {
    config: { permission: 'accounts.manage' },
    schema: { tags: ['accounts'], summary: '创建账号（角色由安全管理员分配）', body: CreateAccountInput, response: { 201: AccountDto } },
  }, async (req, reply) => reply.code(201).send(await createAccount(signedIn(req), req.body)))

  app.patch('/accounts/:id', {
    config: { permission: 'accounts.manage' },
    schema: { tags: ['accounts'], summary: '修改或停用账号', params: IdParams, body: UpdateAccountInput, response: { 200: AccountDto } },
  }, async (req) => updateAccount(signedIn(req), req.params.id, req.body))

  app.post('/accounts/:id/reset-password', {
    config: { permission: 'accounts.manage' },
    schema: { tags: ['accounts'], summary: '重置密码', params: IdParams, body: ResetPasswordInput, response: { 200: AccountDto } },
  }, async (req) => resetPassword(signedIn(req), req.params.id, req.body.password))

  app.post('/accounts/:id/unlock', {
    config: { permission: 'accounts.manage' },
    schema: { tags: ['accounts'], summary: '解除登录锁定', params: IdParams, response: { 200: AccountDto } },
  }, async (req) => unlockAccount(signedIn(req), req.params.id))
}

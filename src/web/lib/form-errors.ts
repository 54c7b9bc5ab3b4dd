import type { FormInstance } from 'antd'
import { ApiError } from '../api/client'

// The server names the failing field in its message: `初始密码（password）：至少 10 个字符；姓名（displayName）：不能为空`.
// Putting each part under its own form field reads better than one banner.
const PART = /^(.+?)（([A-Za-z0-9_.]+)）：(.+)$/

export function parseFieldErrors(message: string): { field: string; text: string }[] | null {
  const parts = message.split('；').map((part) => PART.exec(part.trim()))
  if (parts.some((m) => !m)) return null
  return parts.map((m) => ({ field: m![2], text: m![3] }))
}

/**
 * Shows a 400/409 answer under the form fields it names. Returns false when it could not (another
 * error, or a field the form does not have); the caller then shows the message in an Alert.
 */
export function applyServerErrors(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409)) return false
  const parsed = parseFieldErrors(error.message)
  if (!parsed || parsed.some((p) => !fields.includes(p.field))) return false
  form.setFields(parsed.map((p) => ({ name: p.field, errors: [p.text] })))
  return true
}

/**
 * The message for an Alert or toast. The server adds the API field name for developers
 * (`别名（alias）：…`); users read `别名：…`.
 */
export const errorMessage = (e: unknown) =>
  (e instanceof Error ? e.message : String(e)).replace(/（[A-Za-z0-9_.]+）：/g, '：')

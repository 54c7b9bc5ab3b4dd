import type { FormInstance } from 'antd'
import { ApiError } from '../../api/client'
import { applyServerErrors } from '../../lib/form-errors'

interface Problem { field: string; message: string }

const LABELLED = /^(.+?)：(.+)$/

/**
 * Puts a 400/409 answer under the fields it names. The entity endpoints name fields two ways: schema
 * failures as `主体名称（name）：…`, rule problems by the form label alone (`统一社会信用代码：校验码错误…`,
 * every one listed in `details`). `labels` maps form field → the label the server uses. Returns false
 * when something could not be placed, so the caller also shows the message.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, labels: Record<string, string>): boolean {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409)) return false
  if (applyServerErrors(form, error, Object.keys(labels))) return true
  const byLabel = new Map(Object.entries(labels).map(([field, label]) => [label, field]))
  const listed = Array.isArray(error.details) && error.details.every((d) => typeof d?.field === 'string' && typeof d?.message === 'string')
  const problems: Problem[] = listed
    ? error.details as Problem[]
    : [LABELLED.exec(error.message)].filter((m): m is RegExpExecArray => m !== null).map((m) => ({ field: m[1], message: m[2] }))
  const placed = problems.filter((p) => byLabel.has(p.field))
  // Several problems on one field read as one line each.
  const grouped = new Map<string, string[]>()
  for (const p of placed) grouped.set(byLabel.get(p.field)!, [...(grouped.get(byLabel.get(p.field)!) ?? []), p.message])
  form.setFields([...grouped].map(([name, errors]) => ({ name, errors })))
  return placed.length > 0 && placed.length === problems.length
}

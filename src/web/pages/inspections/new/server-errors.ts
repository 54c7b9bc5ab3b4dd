import type { FormInstance } from 'antd'
import { ApiError } from '../../../api/client'
import { errorMessage } from '../../../lib/form-errors'

const LABELLED = /^(.+?)：(.+)$/

/**
 * Puts a 400 under the field it names. The inspection API names fields by label, in rule messages
 * (`整改期限：应晚于检查日期`) and schema ones (`整改期限（rectification.dueOn）：…`, parts joined by ；).
 * `labels` maps form field → label; `aliases` label → form field for labels without a field of their own.
 * Returns false when a part could not be placed, so the caller also shows the message.
 */
export function placeServerErrors(form: FormInstance, error: unknown, labels: Record<string, string>, aliases: Record<string, string> = {}): boolean {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409)) return false
  const byLabel = new Map([...Object.entries(labels).map(([field, label]) => [label, field] as const), ...Object.entries(aliases)])
  const parts = errorMessage(error).split('；').map((p) => LABELLED.exec(p.trim()))
  const placed = parts.filter((m): m is RegExpExecArray => m !== null && byLabel.has(m[1]))
  form.setFields(placed.map((m) => ({ name: byLabel.get(m[1])!, errors: [m[2]] })))
  if (placed.length) form.scrollToField(byLabel.get(placed[0][1])!, { block: 'center' })
  return placed.length > 0 && placed.length === parts.length
}

import { App } from 'antd'
import type { EntityDetailDto } from '../../../../shared/entities'
import { isSessionError } from '../../../api/client'
import { errorMessage } from '../../../lib/form-errors'
import { deleteChild, type ChildKind } from '../api'

/** Deletes a licence, person or certification and hands the refreshed entity back. */
export function useRemoveChild(entityId: string, kind: ChildKind, onChange: (e: EntityDetailDto) => void) {
  const { message } = App.useApp()
  return async (itemId: string, done: string) => {
    try {
      onChange(await deleteChild(entityId, kind, itemId))
      message.success(done)
    } catch (e) {
      if (!isSessionError(e)) message.error(errorMessage(e))
    }
  }
}

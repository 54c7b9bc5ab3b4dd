import { Alert } from 'antd'
import { isSessionError } from '../api/client'

/** A failed load, in the server's words; nothing for a lost session, which redirects to /login anyway. */
export function LoadError({ error }: { error: Error | undefined }) {
  if (!error || isSessionError(error)) return null
  return <Alert type="error" showIcon message="加载失败" description={error.message} style={{ marginBottom: 16 }} />
}

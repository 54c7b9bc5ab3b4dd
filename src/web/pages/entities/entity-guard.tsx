import type { ReactNode } from 'react'
import { RequirePage } from '../../auth/guards'
import { useMe } from '../../auth/auth-context'

/** /entities and /entities/:id serve the register (经营主体) and a business's own entity (本企业) alike. */
export function EntityGuard({ children }: { children: ReactNode }) {
  const me = useMe()
  return <RequirePage page={me.role === 'business' ? 'my-entity' : 'entities'}>{children}</RequirePage>
}

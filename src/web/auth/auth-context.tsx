import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { MeDto } from '../../shared/auth'
import { ApiError, SESSION_LOST_MESSAGE, setSessionHandlers } from '../api/client'
import * as authApi from '../pages/auth/api'

interface AuthValue {
  /** The signed-in account, or null. */
  me: MeDto | null
  /** A message for the login page (e.g. the session expired), cleared once shown. */
  notice: string | null
  login: (username: string, password: string) => Promise<MeDto>
  logout: () => Promise<void>
  /** Reloads /api/me (after a password change, or when the server says one is required). */
  refresh: () => Promise<void>
  clearNotice: () => void
}

const AuthContext = createContext<AuthValue | null>(null)

export function useAuth(): AuthValue {
  const value = useContext(AuthContext)
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>')
  return value
}

/** The signed-in account inside the layout, where the route guard guarantees there is one. */
export function useMe(): MeDto {
  const { me } = useAuth()
  if (!me) throw new Error('useMe needs a signed-in account')
  return me
}

export function AuthProvider({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [me, setMe] = useState<MeDto | null>(null)
  const [loading, setLoading] = useState(true)
  const [notice, setNotice] = useState<string | null>(null)
  // The session handlers are registered once; they read the current account through this ref.
  const meRef = useRef<MeDto | null>(null)
  useEffect(() => { meRef.current = me }, [me])

  const refresh = useCallback(async () => {
    try {
      setMe(await authApi.fetchMe())
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setMe(null)
      else throw e
    }
  }, [])

  useEffect(() => {
    // The cookie may hold a live session from an earlier visit; /api/me tells.
    refresh().catch(() => setMe(null)).finally(() => setLoading(false))
  }, [refresh])

  useEffect(() => {
    setSessionHandlers({
      onUnauthorized: () => {
        // Only a session that was live is "lost"; the route guard then sends the user to /login.
        if (meRef.current) setNotice(SESSION_LOST_MESSAGE)
        setMe(null)
      },
      onPasswordChangeRequired: () => {
        setMe((current) => (current ? { ...current, mustChangePassword: true } : current))
      },
    })
    return () => setSessionHandlers(null)
  }, [])

  const login = useCallback(async (username: string, password: string) => {
    const result = await authApi.login({ username, password })
    setNotice(null)
    setMe(result.account)
    return result.account
  }, [])

  const logout = useCallback(async () => {
    // Signed out locally even if the server call fails: the session is then gone or unreachable anyway.
    await authApi.logout().catch(() => undefined)
    setNotice(null)
    setMe(null)
  }, [])

  const clearNotice = useCallback(() => setNotice(null), [])

  const value = useMemo(() => ({ me, notice, login, logout, refresh, clearNotice }), [me, notice, login, logout, refresh, clearNotice])
  return <AuthContext.Provider value={value}>{loading ? fallback : children}</AuthContext.Provider>
}

// The one way the web UI talks to the server. The session lives in the httpOnly `shian_session`
// cookie the server sets at login, so requests carry it with `credentials: 'same-origin'`; the
// token in the login answer is deliberately never stored (no localStorage: XSS could read it).

/** A failed request, with the server's `{ code, message }`; `message` is Chinese and shown as-is. */
export class ApiError extends Error {
  /** `details` carries structured extras some answers add, e.g. the problems a refused publish lists. */
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message)
    this.name = 'ApiError'
  }
}

export const SESSION_LOST_MESSAGE = '登录已失效，请重新登录'

interface SessionHandlers {
  /** Any 401 after sign-in: idle timeout, revoked session, disabled account. */
  onUnauthorized: () => void
  /** 403 password_change_required: the account must change its password before anything else. */
  onPasswordChangeRequired: () => void
}

let handlers: SessionHandlers | null = null

/** The auth context registers itself here, so that every page reacts to a lost session the same way. */
export function setSessionHandlers(next: SessionHandlers | null) {
  handlers = next
}

/** Errors the auth context already handles by redirecting; pages should not show them again. */
export const isSessionError = (e: unknown) =>
  e instanceof ApiError && (e.status === 401 || e.code === 'password_change_required')

export type Query = Record<string, string | number | undefined | null>

export function withQuery(path: string, query?: Query) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

interface RequestOptions {
  /** For the login form and the first /api/me: a 401 there is an answer, not a lost session. */
  expectUnauthorized?: boolean
}

async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  let res: Response
  // A FormData body (file upload) sets its own multipart content type with the boundary.
  const form = body instanceof FormData
  try {
    res = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined || form ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试')
  }
  const text = await res.text()
  let data: unknown = undefined
  try { data = text ? JSON.parse(text) : undefined } catch { /* not JSON: handled below */ }
  if (res.ok) return data as T

  const payload = (data ?? {}) as { code?: string; message?: string; details?: unknown }
  const fallback = res.status === 413 ? '文件过大，超过服务器允许的上限' : `请求失败（HTTP ${res.status}）`
  const error = new ApiError(res.status, payload.code ?? `http_${res.status}`, payload.message ?? fallback, payload.details)
  if (!(res.status === 401 && options.expectUnauthorized)) noticeSessionError(error)
  throw error
}

/** Hands a lost session (401) or a required password change to the auth context, as every request does. */
export function noticeSessionError(error: ApiError) {
  if (error.status === 401) handlers?.onUnauthorized()
  if (error.status === 403 && error.code === 'password_change_required') handlers?.onPasswordChangeRequired()
}

export const api = {
  get: <T>(path: string, query?: Query, options?: RequestOptions) => request<T>('GET', withQuery(path, query), undefined, options),
  post: <T>(path: string, body: unknown = {}, options?: RequestOptions) => request<T>('POST', path, body, options),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** One file as multipart field `file`, the shape every upload route reads. */
  upload: <T>(path: string, file: Blob, fileName?: string) => {
    const body = new FormData()
    body.append('file', file, fileName ?? (file instanceof File ? file.name : 'file'))
    return request<T>('POST', path, body)
  },
}

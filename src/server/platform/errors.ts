/** The one error type: HTTP status, a stable code for clients, and the Chinese message the user reads. */
export class AppError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) {
    super(message)
  }
}

export const badRequest = (message: string, details?: unknown) => new AppError(400, 'bad_request', message, details)
export const unauthorized = (message = '请先登录') => new AppError(401, 'unauthorized', message)
export const forbidden = (message = '没有执行此操作的权限') => new AppError(403, 'forbidden', message)
/** Also the answer for anything outside the caller's scope: the two must be indistinguishable. */
export const notFound = (what: string) => new AppError(404, 'not_found', `${what}不存在`)
export const conflict = (message: string) => new AppError(409, 'conflict', message)

/** PostgreSQL unique violation (23505), whether drizzle wrapped the driver's error or not. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } }
  return err?.code === '23505' || err?.cause?.code === '23505'
}

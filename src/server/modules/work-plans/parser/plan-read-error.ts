/** A document that cannot be read as a plan; `message` is Chinese and shown to the user as is. */
export type PlanReadErrorCode = 'unreadable' | 'encrypted' | 'empty' | 'no_tasks' | 'too_large'

export class PlanReadError extends Error {
  constructor(readonly code: PlanReadErrorCode, message: string) {
    super(message)
    this.name = 'PlanReadError'
  }
}

import { useEffect, useState } from 'react'
import type { ImportJobDto } from '../../../../shared/entities'
import { isSessionError } from '../../../api/client'
import { errorMessage } from '../../../lib/form-errors'
import { fetchImport } from '../api'

export const FINISHED = ['done', 'rejected', 'failed']
const POLL_MS = 500

/** Follows an import job: polls it every 500 ms until it is done, rejected or failed. */
export function useImportJob(started: ImportJobDto | null) {
  const [job, setJob] = useState<ImportJobDto | null>(started)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    setJob(started)
    setError(null)
    if (!started || FINISHED.includes(started.status)) return
    let live = true
    let timer: ReturnType<typeof setTimeout>
    const poll = async () => {
      try {
        const next = await fetchImport(started.id)
        if (!live) return
        setJob(next)
        if (!FINISHED.includes(next.status)) timer = setTimeout(poll, POLL_MS)
      } catch (e) {
        if (live && !isSessionError(e)) setError(errorMessage(e))
      }
    }
    timer = setTimeout(poll, POLL_MS)
    return () => { live = false; clearTimeout(timer) }
  }, [started])

  return { job, error }
}

import { useCallback, useEffect, useState } from 'react'

interface LoadState<T> {
  data: T | undefined
  error: Error | undefined
  loading: boolean
}

/**
 * Runs `loader` (memoise it with useCallback) when it changes or on reload(), keeping the last data
 * while reloading so tables do not flash empty. Answers that arrive after unmount or a newer load are dropped.
 */
export function useLoad<T>(loader: () => Promise<T>) {
  const [state, setState] = useState<LoadState<T>>({ data: undefined, error: undefined, loading: true })
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let live = true
    setState((s) => ({ ...s, loading: true }))
    loader().then(
      (data) => { if (live) setState({ data, error: undefined, loading: false }) },
      (error: Error) => { if (live) setState((s) => ({ data: s.data, error, loading: false })) },
    )
    return () => { live = false }
  }, [loader, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { ...state, reload }
}

// The part of autocannon's API this bench uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p99: number; max: number; total: number }
  interface Request { method?: string; path?: string; headers?: Record<string, string>; setupRequest?: (req: Request) => Request }
  interface Options { url: string; connections?: number; duration?: number; headers?: Record<string, string>; requests?: Request[] }
  export interface Result {
    requests: Histogram; latency: Histogram; duration: number; errors: number; timeouts: number; non2xx: number
    statusCodeStats: Record<string, { count: number }>
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}

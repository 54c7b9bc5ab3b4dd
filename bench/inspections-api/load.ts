/**
 * The two load drivers: autocannon against the HTTP API, and the same number of `pg` clients running a
 * prepared statement back to back. Both report requests per second and latency percentiles in ms.
 */
import autocannon from 'autocannon'
import pg from 'pg'

export interface Figures { reqPerSec: number; p50: number; p99: number; requests: number; failures: number }

export async function apiLoad(opts: { url: string; token: string; connections: number; seconds: number; nextPath: () => string }): Promise<Figures> {
  const res = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    headers: { authorization: `Bearer ${opts.token}` },
    // setupRequest runs for every request: each one asks for the next township / year / id of the list.
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: opts.nextPath() }) }],
  })
  return {
    reqPerSec: res.requests.total / res.duration, p50: res.latency.p50, p99: res.latency.p99,
    requests: res.requests.total, failures: res.non2xx + res.errors + res.timeouts,
  }
}

export interface PreparedQuery { name: string; text: string; values: unknown[] }

const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** `clients` connections, each running the next prepared query as soon as the previous one answered. */
export async function sqlLoad(opts: { clients: pg.Client[]; seconds: number; nextQuery: () => PreparedQuery }): Promise<Figures> {
  const latencies: number[] = []
  let failures = 0
  const start = performance.now()
  const end = start + opts.seconds * 1000
  await Promise.all(opts.clients.map(async (client) => {
    while (performance.now() < end) {
      const q = opts.nextQuery()
      const t = performance.now()
      try {
        await client.query(q)
        latencies.push(performance.now() - t)
      } catch {
        failures++
      }
    }
  }))
  const elapsed = (performance.now() - start) / 1000
  const sorted = Float64Array.from(latencies).sort()
  return { reqPerSec: latencies.length / elapsed, p50: percentile(sorted, 50), p99: percentile(sorted, 99), requests: latencies.length, failures }
}

export async function openClients(url: string, n: number): Promise<pg.Client[]> {
  return Promise.all(Array.from({ length: n }, async () => {
    // A named statement with `region_code LIKE $1` would switch to a generic plan after five runs, and a
    // generic plan cannot turn a parameter's prefix into an index range: custom plans, as a DBA would set.
    const c = new pg.Client({ connectionString: url, options: '-c timezone=Asia/Shanghai -c plan_cache_mode=force_custom_plan' })
    await c.connect()
    return c
  }))
}

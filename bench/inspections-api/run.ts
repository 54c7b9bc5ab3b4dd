/**
 * npm run bench:inspections-api — 500,000 generated inspections; three API calls driven by autocannon
 * ((a) a township's 不符合 list, newest first, 20 rows; (b) counts by result for a township and a year;
 * (c) one inspection by id, cycling through 20,000 ids), then the same three as plain prepared SQL
 * through `pg`, same concurrency and durations. Prints req/s, p50, p99, API/SQL and the server's max
 * RSS against the issue's bar, and EXPLAIN ANALYZE of both sides. Never exits non-zero on a miss.
 *
 * Embedded PostgreSQL in BENCH_DATA_DIR (kept, so the rows are generated once) unless DATABASE_URL is set.
 * ROWS, CONNECTIONS, WARMUP and DURATION (seconds) override the defaults; EXPLAIN=0 skips the plans.
 */
import os from 'node:os'
import type pg from 'pg'
import { loadConfig } from '../../src/server/platform/config'
import { openDatabase } from '../../src/server/platform/open-database'
import { connect } from '../../src/server/platform/db'
import { startEmbeddedPostgres } from '../../src/server/platform/embedded-postgres'
import { DEMO_PASSWORD, loadDemo } from '../../src/server/modules/demo/load-demo'
import { hasRegions } from '../../src/server/modules/regions/service'
import { countBenchRows, BENCH_ROWS_WHERE, generateInspections, SEED } from './generate'
import { apiLoad, openClients, sqlLoad, type Figures, type PreparedQuery } from './load'
import { makeRng, shuffle } from '../lib/prng'
import { startServer, withRssSampling, type ServerProcess } from '../lib/server'
import { itemQuery, listQuery, statsQuery, statsTallyQuery } from './sql'
import { apiCases, explainAll } from './explain'

const ROWS = Number(process.env.ROWS ?? 500_000)
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16)
const WARMUP = Number(process.env.WARMUP ?? 5)
const DURATION = Number(process.env.DURATION ?? 20)
const DATA_DIR = process.env.BENCH_DATA_DIR ?? '/var/tmp/shian-bench-inspections'
const RSS_BAR_MIB = 200
const YEARS = [2024, 2025, 2026]
const log = (line: string) => console.log(line)

/** A round-robin over a fixed list (the same sequence for the API and for SQL). */
function cycle<T>(list: T[]) {
  let i = 0
  return () => list[i++ % list.length]
}

/** Other work on the machine skews every figure: printed beside each phase. */
const loadavg = () => os.loadavg().map((x) => x.toFixed(1)).join(' ')

function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`
}

async function joinDatabase() {
  const url = process.env.DATABASE_URL || (await startEmbeddedPostgres(DATA_DIR, { mode: 'client' })).url
  const db = connect(url, 4)
  return { db, url, close: () => db.$client.end() }
}

async function main() {
  const external = Boolean(process.env.DATABASE_URL)
  log(`bench:inspections-api  ${new Date().toISOString()}`)
  log(`machine: ${machine()}; load average ${loadavg()}`)
  log(`database: ${external ? 'external PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${DATA_DIR}`}`)

  const config = loadConfig({ ...process.env, DATA_DIR })
  let server: ServerProcess | undefined
  try {
    server = await startServer({ dataDir: DATA_DIR, databaseUrl: process.env.DATABASE_URL }, log)
  } catch (e) {
    // A server that does not boot (e.g. a module mid-change) still leaves the generator and the SQL side to time.
    log(`server did not start — timing the SQL side only:\n  ${String(e instanceof Error ? e.message : e).split('\n').slice(0, 8).join('\n  ')}`)
  }
  // The bench's own connection joins the server's database without migrating (the server did, and a
  // checkout's migrations may be mid-change); without a server, the bench starts the database itself.
  const database = server ? await joinDatabase() : await openDatabase(config, 'server')
  // loadDemo is idempotent; a first start that failed halfway leaves regions without the register.
  const { rows: [register] } = await database.db.$client.query(`SELECT count(*)::int AS n FROM entities`)
  if (!(await hasRegions(database.db)) || register.n === 0) {
    log('loading the demo county and its register…')
    await loadDemo(database.db, { production: false })
  }
  const pool = database.db.$client as pg.Pool
  let clients: pg.Client[] = []
  try {
    const { rows: [version] } = await pool.query(`SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb`)
    log(`PostgreSQL ${version.v} (shared_buffers ${version.sb})${server ? `; server pid ${server.pid}, RSS at start ${server.rssMiB().toFixed(0)} MiB` : ''}`)

    // 1. Data: reuse the generated rows when they are all there; otherwise replace the bench's rows.
    const have = await countBenchRows(pool)
    if (have === ROWS) {
      log(`data: reusing ${have.toLocaleString('en')} generated inspections already in the database (seed ${SEED})`)
    } else {
      if (have > 0) {
        log(`data: ${have.toLocaleString('en')} bench rows from an earlier run (want ${ROWS.toLocaleString('en')}): deleting them`)
        await pool.query(`DELETE FROM inspections WHERE ${BENCH_ROWS_WHERE}`)
      }
      const { rows: entities } = await pool.query(`SELECT id, type, region_code AS "regionCode" FROM entities ORDER BY region_code, name, id`)
      const { rows: officers } = await pool.query(`SELECT id, unit_id AS "unitId" FROM accounts WHERE username IN ('inspector', 'msa') ORDER BY username`)
      if (!entities.length || officers.length !== 2) throw new Error('the demo register or its inspector/msa accounts are missing')
      log(`data: generating ${ROWS.toLocaleString('en')} inspections (seed ${SEED}) for ${entities.length.toLocaleString('en')} entities…`)
      const g = await generateInspections({ db: database.db, rows: ROWS, entities, inspectors: [officers[0], officers[1]], log })
      const pct = (n: number) => `${((n / ROWS) * 100).toFixed(1)} %`
      log(`data: inserted in ${(g.insertMs / 1000).toFixed(1)} s (${Math.round(ROWS / (g.insertMs / 1000)).toLocaleString('en')} rows/s), VACUUM ANALYZE ${(g.vacuumMs / 1000).toFixed(1)} s;` +
        ` results 符合 ${pct(g.mix.conform)} / 基本符合 ${pct(g.mix.basic)} / 不符合 ${pct(g.mix.nonconform)}; answers ≈ ${Math.round(g.answersBytesAvg)} bytes of JSON each`)
    }
    const { rows: [size] } = await pool.query(`SELECT count(*)::int AS n, pg_size_pretty(pg_total_relation_size('inspections')) AS size FROM inspections`)
    log(`inspections: ${size.n.toLocaleString('en')} rows, ${size.size} with indexes and TOAST`)

    // 2. The parameters: every township × year, and 20,000 ids in a seeded random order.
    const { rows: county } = await pool.query(`SELECT code FROM regions WHERE level = 'county'`)
    const { rows: towns } = await pool.query(`SELECT code FROM regions WHERE level = 'township' ORDER BY code`)
    const townships = towns.map((r) => r.code as string)
    const countyPrefix = (county[0].code as string).slice(0, 6)
    const { rows: idRows } = await pool.query(`SELECT id FROM inspections WHERE ${BENCH_ROWS_WHERE} ORDER BY id LIMIT 20000`)
    const ids = shuffle(idRows.map((r) => r.id as string), makeRng(SEED + 1))
    const townYears = townships.flatMap((t) => YEARS.map((y) => [t, y] as const))
    log(`parameters: ${townships.length} townships, years ${YEARS.join('–')}, ${ids.length.toLocaleString('en')} ids; ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s`)

    let token = ''
    if (server) {
      const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'office', password: DEMO_PASSWORD }) })
      if (!login.ok) throw new Error(`login as office failed: ${login.status} ${await login.text()}`)
      token = (await login.json()).token as string
    }
    if (server) log(`server RSS after start and login: ${server.rssMiB().toFixed(0)} MiB`)
    const { rows: [office] } = await pool.query(`SELECT region_code AS "regionCode", role FROM accounts WHERE username = 'office'`)

    const queries = [
      { key: 'a', label: '(a) list 不符合, township, newest 20', bar: 0.4, api: () => { const t = cycle(townships); return () => `/api/inspections?region=${t()}&result=nonconform&pageSize=20` }, sql: () => { const t = cycle(townships); return () => listQuery(t()) } },
      { key: 'b', label: '(b) stats by result, township × year', bar: 0.8, api: () => { const ty = cycle(townYears); return () => { const [t, y] = ty(); return `/api/inspections/stats?region=${t}&year=${y}` } }, sql: () => { const ty = cycle(townYears); return () => statsQuery(...ty()) } },
      { key: 'c', label: '(c) item by id', bar: 0.4, api: () => { const i = cycle(ids); return () => `/api/inspections/${i()}` }, sql: () => { const i = cycle(ids); return () => itemQuery(i(), countyPrefix) } },
    ] as const
    // CALLS=c (or a,c …) times only those calls: for trying one change quickly; the full run is the verdict.
    const timed = queries.filter((query) => !process.env.CALLS || process.env.CALLS.split(',').includes(query.key))

    // 3. Same answers on both sides (checked once, before timing anything).
    clients = await openClients(database.url, CONNECTIONS)
    const api = async (path: string) => {
      const res = await fetch(`${server!.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
      return { status: res.status, body: res.status === 200 ? await res.json() : await res.text() }
    }
    const probe = server ? await api(queries[0].api()()) : { status: 0 }
    const apiReady = probe.status === 200
    if (server && !apiReady) log(`\nAPI: GET /api/inspections answered ${probe.status} — the endpoints are not there yet; timing the SQL side only`)
    else {
      const same: string[] = []
      const a = await api(queries[0].api()())
      const aSql = (await clients[0].query(queries[0].sql()())).rows
      same.push(`(a) ${JSON.stringify(a.body.items.map((r: { id: string }) => r.id)) === JSON.stringify(aSql.map((r) => r.id)) && a.body.total === aSql[0]?.total ? 'same' : 'DIFFERENT'} (total ${a.body.total})`)
      const b = await api(queries[1].api()())
      const bSql = Object.fromEntries((await clients[0].query(queries[1].sql()())).rows.map((r) => [r.result, r.n]))
      same.push(`(b) ${['conform', 'basic', 'nonconform'].every((k) => (bSql[k] ?? 0) === b.body.byResult[k]) ? 'same' : 'DIFFERENT'} (${JSON.stringify(b.body.byResult)})`)
      const c = await api(queries[2].api()())
      const cSql = (await clients[0].query(queries[2].sql()())).rows[0]
      same.push(`(c) ${c.body.id === cSql?.id && c.body.answers.length === Object.keys(cSql.answers).length && c.body.entityName === cSql.entity_name ? 'same' : 'DIFFERENT'} (${c.body.answers.length} answers, ${JSON.stringify(c.body).length} bytes of JSON)`)
      log(`\nanswers API vs SQL, first parameters: ${same.join('; ')}`)
    }

    // 4. Load: API first (the server's RSS sampled throughout), then plain SQL.
    const results = new Map<string, { api?: Figures; sql: Figures; rss?: number }>()
    const apiFigures = new Map<string, { figures: Figures; rss: number }>()
    if (server && apiReady) {
      for (const query of timed) {
        log(`API ${query.label}: warm-up ${WARMUP} s, then ${DURATION} s… (load average ${loadavg()})`)
        const { value, maxRssMiB } = await withRssSampling(server.pid, async () => {
          await apiLoad({ url: server!.url, token, connections: CONNECTIONS, seconds: WARMUP, nextPath: query.api() })
          return apiLoad({ url: server!.url, token, connections: CONNECTIONS, seconds: DURATION, nextPath: query.api() })
        })
        apiFigures.set(query.key, { figures: value, rss: maxRssMiB })
      }
    }
    for (const query of timed) {
      log(`SQL ${query.label}: warm-up ${WARMUP} s, then ${DURATION} s… (load average ${loadavg()})`)
      await sqlLoad({ clients, seconds: WARMUP, nextQuery: query.sql() })
      const sql = await sqlLoad({ clients, seconds: DURATION, nextQuery: query.sql() })
      results.set(query.key, { sql, api: apiFigures.get(query.key)?.figures, rss: apiFigures.get(query.key)?.rss })
    }

    const tallySql = !timed.some((query) => query.key === 'b') ? undefined : await (async () => {
      log(`SQL (b) over the tallies: warm-up ${WARMUP} s, then ${DURATION} s… (load average ${loadavg()})`)
      const next = () => { const ty = cycle(townYears); return () => statsTallyQuery(...ty()) }
      await sqlLoad({ clients, seconds: WARMUP, nextQuery: next() })
      return sqlLoad({ clients, seconds: DURATION, nextQuery: next() })
    })()

    // 5. The table and the bar.
    const f = (x: Figures | undefined) => x ? `${x.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${x.p50.toFixed(2).padStart(6)}  p99 ${x.p99.toFixed(2).padStart(6)} ms${x.failures ? `  ${x.failures} FAILED` : ''}` : '     — (no API yet)'.padEnd(42)
    log(`\n${'query'.padEnd(40)} ${'API'.padEnd(42)} ${'SQL'.padEnd(42)} API/SQL  bar    RSS max   verdict`)
    let maxRss = 0
    for (const query of timed) {
      const r = results.get(query.key)!
      const ratio = r.api ? r.api.reqPerSec / r.sql.reqPerSec : NaN
      maxRss = Math.max(maxRss, r.rss ?? 0)
      const pass = r.api && !r.api.failures && ratio >= query.bar && (r.rss ?? Infinity) <= RSS_BAR_MIB
      const verdict = r.api ? (pass ? 'PASS' : 'FAIL') : 'n/a'
      log(`${query.label.padEnd(40)} ${f(r.api)} ${f(r.sql)} ${Number.isNaN(ratio) ? '   —  ' : `${(ratio * 100).toFixed(1).padStart(5)} %`}  ≥${(query.bar * 100).toFixed(0)} %  ${r.rss ? `${r.rss.toFixed(0).padStart(4)} MiB` : '    —   '}  ${verdict}`)
    }
    const bApi = results.get('b')?.api
    if (tallySql) log(`${'(b) the same counts, SQL over the tallies'.padEnd(40)} ${''.padEnd(42)} ${f(tallySql)} ${bApi ? `${(bApi.reqPerSec / tallySql.reqPerSec * 100).toFixed(1).padStart(5)} %` : '   —  '}  (no bar: the API's own cost per call)`)
    if (apiReady) log(`server RSS (Node process, without PostgreSQL): max ${maxRss.toFixed(0)} MiB — bar ≤ ${RSS_BAR_MIB} MiB: ${maxRss <= RSS_BAR_MIB ? 'PASS' : 'FAIL'}`)

    // 6. Plans for the first parameters of each call.
    if (process.env.EXPLAIN !== '0') {
      const sqls: PreparedQuery[] = queries.map((query) => query.sql()())
      await explainAll(pool, apiCases(office, townships[0], YEARS[0], ids[0], sqls), log)
    }
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => {})))
    await database.close()
    await server?.stop()
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1 })

import fs from 'node:fs'
import readline from 'node:readline'
import { createGunzip, createGzip } from 'node:zlib'
import { once } from 'node:events'
import type pg from 'pg'

/**
 * Logical backup of every table in the public schema: a gzip of JSON lines (a header, then one line per
 * batch of rows). Restore replaces all data in one transaction, so a failed restore changes nothing.
 * Row contents, audit hashes included, are copied verbatim: the audit chain verifies after a restore.
 */
const FORMAT = 'shian-backup'
const BATCH = 2000

interface Header { format: string; version: 1; createdAt: string; migrations: string[]; tables: string[] }

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

async function migrationHashes(client: pg.PoolClient): Promise<string[]> {
  const { rows } = await client.query('SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id')
  return rows.map((r) => r.hash)
}

/** Tables in an order where every table comes after those it references. */
async function tablesInDependencyOrder(client: pg.PoolClient): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`)
  const { rows: refs } = await client.query<{ child: string; parent: string }>(`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`)
  const names = tables.map((t) => t.name)
  const ordered: string[] = []
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return
    path.add(name)
    for (const r of refs) if (r.child.replace(/"/g, '') === name && r.parent.replace(/"/g, '') !== name) visit(r.parent.replace(/"/g, ''), path)
    ordered.push(name)
  }
  for (const name of names) visit(name, new Set())
  return ordered
}

export async function backupDatabase(pool: pg.Pool, file: string): Promise<{ tables: number; rows: number }> {
  const client = await pool.connect()
  const gzip = createGzip()
  const out = fs.createWriteStream(`${file}.partial`)
  gzip.pipe(out)
  const write = async (line: unknown) => { if (!gzip.write(JSON.stringify(line) + '\n')) await once(gzip, 'drain') }
  let rows = 0
  try {
    // One snapshot for all tables: the backup is consistent even while the server keeps writing.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const tables = await tablesInDependencyOrder(client)
    const header: Header = { format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations: await migrationHashes(client), tables }
    await write(header)
    for (const table of tables) {
      await client.query(`DECLARE backup_cursor NO SCROLL CURSOR FOR SELECT row_to_json(t) AS r FROM ${quote(table)} t`)
      for (;;) {
        const batch = await client.query(`FETCH ${BATCH} FROM backup_cursor`)
        if (!batch.rows.length) break
        rows += batch.rows.length
        await write({ table, rows: batch.rows.map((r) => r.r) })
      }
      await client.query('CLOSE backup_cursor')
    }
    await client.query('COMMIT')
    gzip.end()
    await once(out, 'finish')
    fs.renameSync(`${file}.partial`, file)
    return { tables: tables.length, rows }
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {})
    gzip.destroy()
    out.destroy()
    fs.rmSync(`${file}.partial`, { force: true })
    throw e
  } finally {
    client.release()
  }
}

export async function restoreDatabase(pool: pg.Pool, file: string): Promise<{ tables: number; rows: number }> {
  if (!fs.existsSync(file)) throw new Error(`备份文件不存在：${file}`)
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })
  const client = await pool.connect()
  let rows = 0
  let header: Header | undefined
  try {
    await client.query('BEGIN')
    for await (const line of lines) {
      if (!line) continue
      const item = JSON.parse(line)
      if (!header) {
        header = item as Header
        if (header.format !== FORMAT) throw new Error('不是 Shian 备份文件')
        const current = await migrationHashes(client)
        if (JSON.stringify(current) !== JSON.stringify(header.migrations)) {
          throw new Error(`备份的数据库结构版本（${header.migrations.length} 个迁移）与当前版本（${current.length} 个迁移）不一致，请使用相同版本的 Shian 恢复`)
        }
        const tables = await tablesInDependencyOrder(client)
        // Owner-level: user triggers off (the audit log's append-only guard), everything emptied at once.
        for (const t of tables) await client.query(`ALTER TABLE ${quote(t)} DISABLE TRIGGER USER`)
        await client.query(`TRUNCATE ${tables.map(quote).join(', ')} RESTART IDENTITY`)
        continue
      }
      const { table, rows: batch } = item as { table: string; rows: unknown[] }
      if (!header.tables.includes(table)) throw new Error(`备份中有未知的表：${table}`)
      await client.query(`INSERT INTO ${quote(table)} SELECT * FROM json_populate_recordset(null::${quote(table)}, $1::json)`, [JSON.stringify(batch)])
      rows += batch.length
    }
    if (!header) throw new Error('备份文件为空')
    const { rows: serials } = await client.query<{ table_name: string; column_name: string; seq: string }>(`
      SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
      FROM information_schema.columns WHERE table_schema = 'public' AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`)
    for (const s of serials) {
      await client.query(`SELECT setval($1, coalesce((SELECT max(${quote(s.column_name)}) FROM ${quote(s.table_name)}), 0) + 1, false)`, [s.seq])
    }
    for (const t of header.tables) await client.query(`ALTER TABLE ${quote(t)} ENABLE TRIGGER USER`)
    await client.query('COMMIT')
    return { tables: header.tables.length, rows }
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {})
    throw e
  } finally {
    client.release()
  }
}

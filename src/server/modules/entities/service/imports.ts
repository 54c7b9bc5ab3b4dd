import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { todayOf } from '../../../platform/config'
import type { ImportJobDto } from '../../../../shared/entities'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Database } from '../../../platform/db'
import { AppError, badRequest, notFound } from '../../../platform/errors'
import { readStoredFile, storeFile } from '../../../platform/files'
import { inScope } from '../../../platform/scope'
import { listRegionsInScope } from '../../regions/service'
import { buildErrorReport } from '../excel/error-report'
import { readEntityWorkbook, WorkbookError } from '../excel/read-rows'
import { entityImports, type EntityImportRow } from '../schema'
import { writeRegister, type SeedProblem } from './write-register'

/**
 * Excel import of the register as a job: the upload is stored and answered at once (202), then read,
 * checked row by row and written in one transaction while the browser polls the job for rows checked
 * and written. Any bad row → nothing is written and the job offers the error report (.xlsx).
 */

/** Rows the database rejects (a USCC or licence number held by another entity): rolls the write back. */
class RowProblems extends Error {
  constructor(readonly problems: SeedProblem[]) { super('row problems') }
}
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function toJobDto(j: EntityImportRow): ImportJobDto {
  return {
    id: j.id, fileName: j.fileName, status: j.status, totalRows: j.totalRows, checkedRows: j.checkedRows, writtenRows: j.writtenRows,
    created: j.created, updated: j.updated, unchanged: j.unchanged, errorCount: j.errorCount, hasReport: Boolean(j.reportSha256),
    message: j.message, createdAt: j.createdAt.toISOString(), finishedAt: j.finishedAt?.toISOString() ?? null,
  }
}

export async function startImport(ctx: SignedInContext, buffer: Buffer, fileName: string): Promise<ImportJobDto> {
  if (!/\.xlsx$/i.test(fileName)) throw badRequest(`导入文件（${fileName}）：请上传 Excel（.xlsx）文件，可先下载导入模板`)
  const file = await storeFile(ctx.db, buffer, fileName, '导入文件')
  const [job] = await ctx.db.insert(entityImports).values({
    regionCode: ctx.account.regionCode, fileName: file.fileName, fileSha256: file.sha256, status: 'checking', createdBy: ctx.account.id,
  }).returning()
  // The job runs after the answer: errors end in the job's status, never in an unhandled rejection.
  setImmediate(() => void runImport(ctx, job.id, buffer).catch((e) => failJob(ctx, job.id, e)))
  return toJobDto(job)
}

const setJob = (ctx: SignedInContext, id: string, values: Partial<typeof entityImports.$inferInsert>) =>
  ctx.db.update(entityImports).set(values).where(eq(entityImports.id, id))

async function failJob(ctx: SignedInContext, id: string, e: unknown) {
  const message = e instanceof AppError ? e.message : '导入失败：服务器处理出错，未写入任何数据，请重试'
  if (!(e instanceof AppError)) console.error('导入失败', e)
  await setJob(ctx, id, { status: 'failed', message, finishedAt: new Date() }).catch(() => undefined)
}

async function runImport(ctx: SignedInContext, id: string, buffer: Buffer) {
  const regions = await listRegionsInScope(ctx)
  const villages = regions.filter((r) => r.level === 'village')
  const byCode = new Set(villages.map((v) => v.code))
  const names = new Map<string, string[]>()
  const townshipName = new Map(regions.filter((r) => r.level === 'township').map((r) => [r.code, r.name]))
  for (const v of villages) {
    for (const n of [v.name, `${townshipName.get(v.parentCode ?? '') ?? ''}${v.name}`]) names.set(n, [...(names.get(n) ?? []), v.code])
  }
  let read
  try {
    read = await readEntityWorkbook(buffer, {
      regionByCode: (code) => byCode.has(code),
      // A village name shared by two townships is ambiguous: the file must then use the code.
      regionByName: (name) => (names.get(name)?.length === 1 ? names.get(name)![0] : null),
      today: todayOf(ctx),
      // Not awaited (the reader is synchronous per row); GREATEST keeps a late update from going backwards.
      onProgress: (checked) => void ctx.db.update(entityImports).set({ checkedRows: sql`GREATEST(${entityImports.checkedRows}, ${checked})` })
        .where(eq(entityImports.id, id)).catch(() => undefined),
    })
  } catch (e) {
    if (e instanceof WorkbookError) return setJob(ctx, id, { status: 'failed', message: e.message, finishedAt: new Date() })
    throw e
  }
  await setJob(ctx, id, { totalRows: read.totalRows, checkedRows: read.totalRows })
  let errors = read.errors
  if (!errors.length) {
    try {
      const result = await ctx.db.transaction(async (tx) => {
        const r = await writeRegister(tx, ctx, read.rows.map((x) => x.seed), {
          allowedRegions: byCode, onProgress: async (written) => { await setJob(ctx, id, { status: 'writing', writtenRows: written }) },
        })
        if (r.problems.length) throw new RowProblems(r.problems)
        await writeAudit(tx, ctx, { action: 'entity.import', entityType: 'entity_import', entityId: id, after: { rows: read.rows.length, created: r.created, updated: r.updated, unchanged: r.unchanged } })
        return r
      })
      return setJob(ctx, id, { status: 'done', writtenRows: read.rows.length, created: result.created, updated: result.updated, unchanged: result.unchanged, finishedAt: new Date(), message: null })
    } catch (e) {
      if (!(e instanceof RowProblems)) throw e
      errors = e.problems.map((p) => ({ rowNumber: read.rows[p.index].rowNumber, column: p.field, message: p.message }))
    }
  }
  const report = await storeFile(ctx.db, await buildErrorReport(buffer, errors), '导入错误报告.xlsx', '错误报告')
  await setJob(ctx, id, {
    status: 'rejected', errorCount: errors.length, reportSha256: report.sha256, finishedAt: new Date(),
    message: `发现 ${errors.length} 处错误，未导入任何数据。第一处：第 ${errors[0].rowNumber} 行「${errors[0].column}」${errors[0].message}`,
  })
}

async function findJob(ctx: SignedInContext, id: string) {
  const [job] = await ctx.db.select().from(entityImports).where(and(eq(entityImports.id, id), inScope(entityImports.regionCode, ctx.account), eq(entityImports.createdBy, ctx.account.id)))
  if (!job) throw notFound('导入任务')
  return job
}

export async function getImport(ctx: SignedInContext, id: string): Promise<ImportJobDto> {
  return toJobDto(await findJob(ctx, id))
}

/**
 * At server start: a job still checking or writing was cut short by the stop (one server owns the data
 * directory, so none can be running elsewhere); its transaction never committed.
 */
export async function failInterruptedImports(db: Database): Promise<number> {
  const rows = await db.update(entityImports).set({ status: 'failed', message: '导入被中断（服务重启），未写入任何数据，请重新导入', finishedAt: new Date() })
    .where(inArray(entityImports.status, ['checking', 'writing'])).returning({ id: entityImports.id })
  return rows.length
}

export async function listImports(ctx: SignedInContext): Promise<ImportJobDto[]> {
  const rows = await ctx.db.select().from(entityImports).where(and(inScope(entityImports.regionCode, ctx.account), eq(entityImports.createdBy, ctx.account.id))).orderBy(desc(entityImports.createdAt)).limit(20)
  return rows.map(toJobDto)
}

export async function importReport(ctx: SignedInContext, id: string) {
  const job = await findJob(ctx, id)
  const file = job.reportSha256 ? await readStoredFile(ctx.db, job.reportSha256) : undefined
  if (!file) throw notFound('错误报告')
  return { buffer: file.content, fileName: `导入错误报告-${job.fileName}`, mimeType: XLSX_MIME }
}

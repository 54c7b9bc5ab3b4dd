/** The Excel side of the entity register: template, reader, error report, list export (pure, no database). */
export { buildTemplate } from './template'
export { readEntityWorkbook, WorkbookError, type ReadResult, type RegionLookup, type RowError, type WorkbookErrorCode } from './read-rows'
export { buildErrorReport } from './error-report'
export { buildEntityExport } from './export-list'
export { MAX_ROWS, SHEET_NAME } from './columns'

import type * as XL from 'exceljs'
import { COLUMNS, MAX_ROWS, OPTIONS_SHEET_NAME } from './columns'

/**
 * Dropdowns of the register sheet. Lists live on a hidden 「选项」 sheet rather than inline: Excel caps
 * an inline list at 255 characters and the 主体类型 labels alone come close. Shared by the template
 * and the error report (which reloads a file without its validations, see error-report.ts).
 */

/** Writes the hidden 「选项」 sheet (one list per column) unless the workbook has it already. */
export function ensureOptionsSheet(book: XL.Workbook): XL.Worksheet {
  const existing = book.getWorksheet(OPTIONS_SHEET_NAME)
  if (existing) return existing
  const sheet = book.addWorksheet(OPTIONS_SHEET_NAME, { state: 'hidden' })
  let col = 1
  for (const c of COLUMNS) {
    if (!('options' in c)) continue
    sheet.getCell(1, col).value = c.header
    Object.values(c.options).forEach((label, i) => { sheet.getCell(i + 2, col).value = label })
    col++
  }
  return sheet
}

/** The 「选项」 range of a column's labels, as found on the sheet (so an older options sheet still works). */
function optionsRange(options: XL.Worksheet, header: string): string | null {
  const headerRow = options.getRow(1)
  for (let col = 1; col <= options.columnCount; col++) {
    if (headerRow.getCell(col).value !== header) continue
    let last = 2
    while (options.getCell(last + 1, col).value !== null) last++
    const letter = options.getColumn(col).letter
    return `'${OPTIONS_SHEET_NAME}'!$${letter}$2:$${letter}$${last}`
  }
  return null
}

/** exceljs has `dataValidations` on every worksheet but leaves it out of its typings. */
const validationsOf = (sheet: XL.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(address: string, v: XL.DataValidation): void } }).dataValidations

/**
 * Adds list validations to the data rows below `headerRow`, one range per column (a per-cell model
 * would be 20,000 entries a column). `columnOf(i)` is the sheet column of COLUMNS[i], 0 if absent.
 */
export function addDropdowns(book: XL.Workbook, sheet: XL.Worksheet, headerRow: number, columnOf: (i: number) => number) {
  const options = ensureOptionsSheet(book)
  const first = headerRow + 1
  const last = headerRow + MAX_ROWS + 1 // the example row, if kept, takes one
  COLUMNS.forEach((c, i) => {
    const col = columnOf(i)
    if (!col) return
    const letter = sheet.getColumn(col).letter
    const formula = c.format === 'bool' ? '"是,否"' : 'options' in c ? optionsRange(options, c.header) : null
    if (!formula) return
    validationsOf(sheet).add(`${letter}${first}:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      // A warning, not a stop: codes and older spellings (「A」 for 「A 级（优秀）」) are accepted on import.
      errorStyle: 'warning',
      errorTitle: c.header,
      error: '不在下拉列表中，导入时可能不被接受。请从下拉列表中选择。',
    })
  })
}

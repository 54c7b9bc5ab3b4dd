import { createRequire } from 'node:module'
import { StringDecoder } from 'node:string_decoder'
import type * as ExcelJSModule from 'exceljs'

/**
 * exceljs, with its XML reader fixed for Chinese text. exceljs 4.4 decodes each 16 KB chunk of a zip
 * entry to text on its own (lib/utils/parse-sax.js), so a character split across two chunks becomes
 * “��” (exceljs issues #2063, #2084; fix proposed in PR #1665, never merged). In a 20,000-row
 * register that garbled 11 cells. Here parse-sax is replaced, before exceljs loads, by the same parser
 * fed through a StringDecoder, which carries a split character over to the next chunk. Every module
 * imports exceljs from here (eslint no-restricted-imports enforces it), so the fix is always in place.
 */
const require = createRequire(import.meta.url)
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js')
const { SaxesParser } = createRequire(parseSaxPath)('saxes') as { SaxesParser: new () => SaxParser }

interface SaxParser {
  on(event: 'error' | 'opentag' | 'text' | 'closetag', handler: (value: never) => void): void
  write(text: string): void
}

async function* parseSax(iterable: AsyncIterable<Buffer | string>) {
  const parser = new SaxesParser()
  const decoder = new StringDecoder('utf8')
  let error: unknown
  let events: { eventType: string; value: unknown }[] = []
  parser.on('error', (e) => { error = e })
  for (const eventType of ['opentag', 'text', 'closetag'] as const) parser.on(eventType, (value) => events.push({ eventType, value }))
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk))
    if (error) throw error
    yield events
    events = []
  }
  const rest = decoder.end()
  if (rest) {
    parser.write(rest)
    if (error) throw error
    yield events
  }
}

let loaded: typeof ExcelJSModule | undefined
/** exceljs takes ≈ 30 MiB once loaded: it loads at the first spreadsheet, not with the server. */
function load(): typeof ExcelJSModule {
  if (loaded) return loaded
  if (require.cache[parseSaxPath]) throw new Error('exceljs was loaded before platform/exceljs.ts: import it from there')
  require.cache[parseSaxPath] = { id: parseSaxPath, filename: parseSaxPath, loaded: true, exports: parseSax } as unknown as NodeJS.Module
  loaded = require('exceljs') as typeof ExcelJSModule
  return loaded
}

/** The exceljs module, loaded on first use (`new ExcelJS.Workbook()` works as with a plain import). */
const ExcelJS = new Proxy({} as typeof ExcelJSModule, { get: (_target, key) => Reflect.get(load(), key) })
export default ExcelJS
export type { Workbook, Worksheet, Cell, CellValue, Row } from 'exceljs'

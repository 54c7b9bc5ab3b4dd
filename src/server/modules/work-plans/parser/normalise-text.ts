/**
 * Turns extracted text into the normalised text every span points into: one paragraph (or wrapped
 * line) per line, page-number lines dropped, look-alike code points that PDF fonts produce mapped back
 * to the ideographs they stand for. Line breaks stay: the reader joins lines itself.
 */

// Chromium PDFs map some ideographs to Kangxi radicals (STACK-NOTES pitfall 10); NFKC on those code
// points only, because full NFKC would also turn （）：， into ASCII.
const KANGXI = /[\u2F00-\u2FD5]/g
// CJK compatibility ideographs (U+F900–U+FAFF) also come out of some PDF fonts; NFKC maps them back.
const COMPAT = /[\uF900-\uFAFF]/g
// The radicals supplement has no NFKC mapping; these are the forms seen for common characters.
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺠': '民', '⻓': '长', '⻔': '门', '⻝': '食', '⻋': '车', '⻅': '见', '⻉': '贝', '⻆': '角', '⻢': '马',
  '⻩': '黄', '⻛': '风', '⻜': '飞', '⻬': '齐', '⻰': '龙', '⻳': '龟', '⻚': '页', '⻘': '青', '⻣': '骨',
  '⻨': '麦', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻄': '西', '⺟': '母', '⻈': '讠', '⻐': '钅',
}
const SUPPLEMENT = /[\u2E80-\u2EFF]/g

/** A line that is only a page number: `— 15 —`, `- 15 -`, `15`, `第 3 页`, `第3页 共12页`, `3 / 12`. */
const PAGE_NUMBER = [
  /^[—–\-－~～_·•\s]*\d{1,4}[—–\-－~～_·•\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^[-—]\s*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩivxlc]+\s*[-—]$/i,
]

export const isPageNumberLine = (line: string) => PAGE_NUMBER.some((re) => re.test(line.trim()))

/** Maps look-alike code points one to one (string length is kept, so offsets stay valid). */
export function fixLookalikes(text: string): string {
  return text
    .replace(KANGXI, (c) => c.normalize('NFKC'))
    .replace(COMPAT, (c) => { const n = c.normalize('NFKC'); return n.length === 1 ? n : c })
    .replace(SUPPLEMENT, (c) => RADICAL_SUPPLEMENT[c] ?? c)
}

export function normaliseText(raw: string): string {
  const text = fixLookalikes(raw.replace(/^\uFEFF/, ''))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\f/g, '\n')
  const lines = text.split('\n').map((l) => l.replace(/[ \t\u00A0\u3000]+$/, ''))
  const kept = lines.filter((l) => !isPageNumberLine(l) || l.trim() === '')
  // Collapse runs of blank lines to one: blank lines carry no meaning once line breaks are deleted.
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\n+$/, '')
}

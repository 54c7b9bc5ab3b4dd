/**
 * npm run eval:workplans — scores the work-plan parser on every document with a hand-checked answer
 * (the two seed plans as .txt/.docx/.pdf, and the synthetic plans in parser/fixtures/synthetic) and
 * exits 1 when a figure is below the accuracy bar. `--verbose` lists every mismatch.
 */
import { allCases, hasChromium } from '../src/server/modules/work-plans/parser/fixtures/cases'
import { parsePlanFile } from '../src/server/modules/work-plans/parser/index'
import { BAR, belowBar, figures, formatFigures, scorePlan, sumCounts, type AnswerPlan, type Counts } from '../src/server/modules/work-plans/parser/score'

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v')
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length)

async function main() {
  const results: Counts[] = []
  const failing: string[] = []
  for (const c of allCases()) {
    if (only && !c.name.includes(only)) continue
    if (c.needsChromium && !hasChromium()) { console.log(`${c.name}: skipped (no /usr/bin/chromium to build the PDF)\n`); continue }
    const { buffer, fileName } = await c.file()
    const started = performance.now()
    const plan = await parsePlanFile(buffer, fileName)
    const ms = performance.now() - started
    const counts = scorePlan(plan as unknown as AnswerPlan, c.answer)
    const f = figures(counts)
    results.push(counts)
    const below = belowBar(f)
    console.log(formatFigures(`${c.name}  (${ms.toFixed(0)} ms)${below.length ? `  BELOW BAR: ${below.join(', ')}` : ''}`, counts, f))
    if (below.length) failing.push(`${c.name}: ${below.join(', ')}`)
    if (verbose || below.length) for (const m of counts.mismatches) console.log(`    · ${m}`)
    console.log('')
  }
  const total = sumCounts(results)
  const f = figures(total)
  const below = belowBar(f)
  console.log(formatFigures(`OVERALL (${results.length} documents)${below.length ? `  BELOW BAR: ${below.join(', ')}` : ''}`, total, f))
  console.log(`\nbar: task recall ${BAR.taskRecall * 100}%, titles ≥ ${BAR.titleExact * 100}%, leads ≥ ${BAR.leadExact * 100}%, cooperating F1 ≥ ${BAR.cooperatingF1}, targets F1 ≥ ${BAR.targetsF1}, deadlines F1 ≥ ${BAR.deadlinesF1}`)
  if (below.length) failing.push(`overall: ${below.join(', ')}`)
  if (failing.length) {
    console.log(`\nFAIL\n${failing.map((x) => `  ${x}`).join('\n')}`)
    process.exit(1)
  }
  console.log('\nPASS')
}

main().catch((e) => { console.error(e); process.exit(1) })

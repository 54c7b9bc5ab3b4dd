import { describe, expect, it } from 'vitest'
import { allCases, hasChromium } from './fixtures/cases'
import { parsePlanFile } from './index'
import { BAR, belowBar, figures, scorePlan, sumCounts, type AnswerPlan, type Counts } from './score'

/**
 * The accuracy bar on every document with a hand-checked answer: the two seed plans (as .txt, and
 * rebuilt as .docx and .pdf) and the synthetic plans of fixtures/synthetic. Same scorer as
 * `npm run eval:workplans`.
 */
const norm = (s: string | null) => (s ?? '').replace(/\s+/g, '')
const all: Counts[] = []

describe('accuracy against hand-checked answers', () => {
  for (const c of allCases()) {
    const skip = !!c.needsChromium && !hasChromium()
    it.skipIf(skip)(`${c.name}${c.needsChromium ? ' (PDF printed by /usr/bin/chromium; skipped without it)' : ''}`, async () => {
      const { buffer, fileName } = await c.file()
      const plan = await parsePlanFile(buffer, fileName)
      const counts = scorePlan(plan as unknown as AnswerPlan, c.answer)
      all.push(counts)
      expect(belowBar(figures(counts)), counts.mismatches.join('\n')).toEqual([])
      const answer = c.answer as AnswerPlan & { title?: string; issuer?: string | null; year?: unknown; sections?: unknown[] }
      expect(norm(plan.title)).toBe(norm(answer.title ?? null))
      expect(plan.issuer).toBe(answer.issuer ?? null)
      expect(plan.year).toEqual(answer.year)
      expect(plan.sections).toEqual(answer.sections)
    }, 60_000)
  }

  it('meets the bar over all documents together', () => {
    const f = figures(sumCounts(all))
    expect(f.taskRecall).toBeGreaterThanOrEqual(BAR.taskRecall)
    expect(belowBar(f)).toEqual([])
  })
})

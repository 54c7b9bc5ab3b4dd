/**
 * Figures are kept and shown with at most two decimals (a rate 97.93 %, 4.01 批次/千人, an amount in 元): one
 * rounding for the indicators, the reports and the official documents, so a figure reads the same everywhere.
 */
export const round2 = (x: number) => Math.round(x * 100) / 100

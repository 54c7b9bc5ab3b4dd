import dayjs, { type Dayjs } from 'dayjs'

/** DatePicker values to and from the API's YYYY-MM-DD. */
export const toDay = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso) : null)
export const fromDay = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null)
export const blank = (s: string | undefined | null) => s?.trim() || null
export const afterToday = (d: Dayjs) => d.isAfter(dayjs(), 'day')

import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

// Every time is shown in the county's time zone, whatever the browser's (DESIGN.md: Asia/Shanghai).
const ZONE = 'Asia/Shanghai'

export const formatDateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).tz(ZONE).format('YYYY-MM-DD HH:mm:ss') : '—')
export const formatMinute = (iso: string | null | undefined) => (iso ? dayjs(iso).tz(ZONE).format('YYYY-MM-DD HH:mm') : '—')
export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).tz(ZONE).format('YYYY-MM-DD') : '—')
export const formatNumber = (n: number) => n.toLocaleString('zh-CN')

export const REGION_LEVEL_LABELS: Record<string, string> = { county: '县', township: '乡镇（街道）', village: '村（社区）' }

/** 统计用城乡分类代码 (National Bureau of Statistics urban-rural classification). */
export const URBAN_RURAL_LABELS: Record<string, string> = {
  '111': '主城区', '112': '城乡结合区', '121': '镇中心区', '122': '镇乡结合区', '123': '特殊区域', '210': '乡中心区', '220': '村庄',
}

export const urbanRuralText = (code: string | null) => (code ? `${code} ${URBAN_RURAL_LABELS[code] ?? '未知分类'}` : '—')

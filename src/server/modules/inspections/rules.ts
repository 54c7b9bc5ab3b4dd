/**
 * The inspection time limits, as data with their source (/work/shared/domain/REGULATIONS.md §3).
 */

/** 《食品生产经营监督检查管理办法》(总局令第49号) 第三十九条: results are published within 20 working days. Status P. */
export const PUBLISH_WITHIN_WORKDAYS = 20

export { DEFAULT_RECTIFICATION_DAYS } from '../../../shared/inspections'

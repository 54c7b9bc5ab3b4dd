// 双随机一公开 draw: pure functions (no clock, no Math.random, no database, no node:* — the public page runs the
// same code in the browser); the server's draws service stores and publishes the record.
export { sha256Hex } from '../sha256'
export { ENTITY_FIELDS, INSPECTOR_FIELDS, canonicalEntities, canonicalInspectors, canonicalList, canonicalListHash, compareIds, entityListHash, inspectorListHash, type DrawEntity, type DrawInspector } from './canonical-list'
export { STREAM_KEYS, randomStream, seedFromPublicSource, uniformInt, type RandomStream } from './random-stream'
export { drawEntities, sampleSize, type DrawnEntity, type Selection } from './draw-entities'
export { UNASSIGNED_REASONS, assignInspectorPairs, avoidanceHash, avoidanceMap, type Assignment, type Avoidance, type AvoidancePair, type Unassigned } from './assign-inspectors'
export { DRAW_ALGORITHM, checkDrawInput, runDraw, verifyDraw, type DrawDifference, type DrawInput, type DrawParameters, type DrawRecord } from './draw-record'
export { ALGORITHM_DESCRIPTION_ZH } from './algorithm-description'

/**
 * What the analysis domain answers, one question per module beside it: rankings (rank.ts), changes
 * between cycles (changes.ts), similar forces (similar.ts) and regions (regions.ts). Resolvers use it
 * from here; the shapes of its answers are in types.ts.
 */
export { gradeChanges } from './changes.js';
export { rankForces } from './rank.js';
export { regions } from './regions.js';
export { similarForces } from './similar.js';

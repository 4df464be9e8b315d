/** The API feature's public surface: what other features may use. */
export type { JetonApiResource } from './policy.ts';
export { JETON_API_ACTIONS, jetonApiPolicy } from './policy.ts';

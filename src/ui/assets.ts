import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dsfrPackage = require('@gouvfr/dsfr/package.json') as { version: string };

/** DSFR assets are served under a versioned path so they can be cached for a year. */
export const DSFR_VERSION = dsfrPackage.version;
export const DSFR_BASE = `/dsfr/${DSFR_VERSION}`;
export const DSFR_DIST = path.join(path.dirname(require.resolve('@gouvfr/dsfr/package.json')), 'dist');

/** Fills latitude/longitude from the browser's geolocation (progressive enhancement). */
export const POSITION_SCRIPT = '/static/position.js';

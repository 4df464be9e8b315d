import { createRequire } from 'node:module';
import path from 'node:path';

/** The map library the pages load (search results, recruitment maps), served by the app itself. */
const require = createRequire(import.meta.url);
const MAPLIBRE_VERSION = (require('maplibre-gl/package.json') as { version: string }).version;
export const MAPLIBRE_DIST = path.join(path.dirname(require.resolve('maplibre-gl/package.json')), 'dist');
/** Versioned path: the files are cached for a year. */
export const MAPLIBRE_BASE = `/static/vendor/maplibre-gl-${MAPLIBRE_VERSION}`;

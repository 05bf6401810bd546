/** The HTTP service (`warta serve`). */
export { startServer, SERVE_DEFAULTS } from './http.js';
export type { ServeOptions, WartaServer } from './http.js';
export { serveCommand, parseServeArgs, parseSize, SERVE_HELP } from './cli.js';
export { Metrics, LATENCY_BUCKETS, countWords } from './metrics.js';

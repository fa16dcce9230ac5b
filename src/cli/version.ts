// Read at build time: the bundle carries the version it was built from.
import pkg from '../../package.json' with { type: 'json' };

/** specgate's version, from package.json. */
export const VERSION: string = pkg.version;

/** The version, read from package.json (one place to change it): `gongbao --version` and `generatedBy` in the JSON. */
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
export const GENERATED_BY = `gongbao ${VERSION}`;

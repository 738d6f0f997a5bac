import { InitialSchema1795757504441 } from './1795757504441-InitialSchema.js';

/** Every migration, in order; `npm run migration:generate` writes new ones beside this file. */
export const migrations = [InitialSchema1795757504441];

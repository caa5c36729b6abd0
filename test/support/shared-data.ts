import { join } from 'node:path';

/** The reference data kept beside the repository (../shared/data), as CI lays it out too. */
export const SHARED_DATA = join(__dirname, '..', '..', '..', 'shared', 'data');
export const ROME_DIR = join(SHARED_DATA, 'rome');
export const LAPOSTE_FILE = join(SHARED_DATA, 'communes', 'laposte_hexasmal.csv');

import { MODULES } from '../modules/index.js';

/** Every table the application owns: the entities of every module. */
export const ENTITIES = MODULES.flatMap((module) => module.entities ?? []);

import DataLoader from 'dataloader';
import { LOADER_OPTIONS, observedBatch } from '../../db/loader-family.js';
import { queryEntitiesUnordered } from '../../db/rows.js';
import { byKey } from '../../lib/group-by.js';
import type { LoaderScope } from '../contract.js';
import { Need } from './need.entity.js';

/** Per-request loaders for the social forces: one statement per batch each. */
export function createSocialLoaders(scope: LoaderScope) {
  const { manager } = scope;
  const byIds = <T extends { databaseId: number }>(name: string, entity: new () => T, table: string) =>
    new DataLoader<number, T | null>(observedBatch(scope, name, async (ids) => byKey(ids, await queryEntitiesUnordered(manager, entity, `SELECT t.* FROM ${table} t WHERE t.id IN (:...ids)`, { ids }), (row) => row.databaseId)), LOADER_OPTIONS);
  const byCodes = <T extends { code: string }>(name: string, entity: new () => T, table: string) =>
    new DataLoader<string, T | null>(observedBatch(scope, name, async (codes) => byKey(codes, await queryEntitiesUnordered(manager, entity, `SELECT t.* FROM ${table} t WHERE t.code IN (:...codes)`, { codes }), (row) => row.code)), LOADER_OPTIONS);

  const needById = byIds('social.needById', Need, 'needs');
  const needByCode = byCodes('social.needByCode', Need, 'needs');
  return { needById, needByCode };
}

export type SocialLoaders = ReturnType<typeof createSocialLoaders>;

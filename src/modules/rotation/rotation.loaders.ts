import DataLoader from 'dataloader';
import { loaderFamily, loaderOptions, observedBatch } from '../../db/loader-family.js';
import type { LoaderScope } from '../contract.js';
import { dialectOf } from './rotation.service.js';
import { RotationSql } from './rotation.sql.js';

export interface SeatsOnDate {
  seats: number;
  filled: number;
  /** The committee existed on the date. */
  exists: boolean;
}

/** Seats and seats held of committees on a date: one statement per date for every committee asked. */
export function createRotationLoaders(scope: LoaderScope) {
  const sql = new RotationSql(dialectOf(scope.manager));
  return {
    seatsOn: loaderFamily((on: string) =>
      new DataLoader<number, SeatsOnDate | null>(observedBatch(scope, 'rotation.seatsOn', async (ids) => {
        const found = await sql.seatsHeld(scope.manager, ids, on);
        return ids.map((id) => found.get(id) ?? null);
      }), loaderOptions(scope.manager)),
    ),
  };
}

export type RotationLoaders = ReturnType<typeof createRotationLoaders>;

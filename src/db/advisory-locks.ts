/**
 * Every PostgreSQL advisory lock this application takes, in one place, so that no two uses share a key by
 * accident: a process holding one for a long task would otherwise wait on itself inside that task (the
 * sample district's load once waited forever on the lock that cross-appointments take per transaction).
 */
export const ADVISORY_LOCKS = {
  /** Session lock: one process migrates at a time. */
  migrations: 7193020401,
  /** Transaction lock: cross-appointment links are derived from posts by one transaction at a time. */
  crossAppointments: 7193020402,
  /** Transaction lock: moves in the chain (closure rows) one at a time. */
  chain: 7193020403,
  /** Session lock: one process checks and loads the sample district at a time (replicas starting together). */
  sampleDistrict: 7193020404,
} as const;

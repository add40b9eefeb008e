import type { OrganizationKind } from '../organizations/organization.kinds.js';
import { IndicatorSnapshot, ratio, type RatioValue } from './indicators.js';
import type { IndicatorSource } from './indicator-source.js';

/**
 * What the resolvers of governanceIndicators and indicatorTrend ask of a snapshot, as plain data, and the
 * answers, as plain data: so that the same questions can be answered in this thread or in a worker thread
 * (indicator-pool.ts), whose answers come back through structured cloning.
 */
export type IndicatorQuestion =
  | { kind: 'organizations' }
  | { kind: 'partyPresence' }
  | { kind: 'crossAppointmentRate' }
  | { kind: 'gridFunctionIntegration' }
  | { kind: 'spanOfControl' }
  | { kind: 'managementLoad'; heaviest: number }
  | { kind: 'socialForceParticipation' }
  | { kind: 'isolated'; kinds: OrganizationKind[] | null }
  | { kind: 'collaboration'; brokers: number };

/** The snapshot indicators indicatorTrend follows date by date. */
export type SnapshotTrendIndicator = 'PARTY_PRESENCE_COVERAGE' | 'CROSS_APPOINTMENT_RATE' | 'ISOLATED_ORGANIZATIONS' | 'SOCIAL_FORCE_PARTICIPATION' | 'LARGEST_COMPONENT_SHARE';

/** One task: questions about a scope as of a date, or a trend of one indicator over dates (same scope). */
export type IndicatorTask =
  | { rootId: number; date: string; questions: IndicatorQuestion[] }
  | { rootId: number; trend: SnapshotTrendIndicator; dates: string[] };

/** Answers one question from a snapshot. Organizations come as ids (and codes, for ordering): the caller loads them under its own scope. */
export async function answerQuestion(snapshot: IndicatorSnapshot, question: IndicatorQuestion): Promise<unknown> {
  switch (question.kind) {
    case 'organizations':
      return (await snapshot.members()).size;
    case 'partyPresence':
      return snapshot.partyPresence();
    case 'crossAppointmentRate':
      return snapshot.crossAppointmentRate();
    case 'gridFunctionIntegration':
      return snapshot.gridFunctionIntegration();
    case 'spanOfControl':
      return snapshot.spanOfControl();
    case 'managementLoad':
      return snapshot.managementLoad(question.heaviest);
    case 'socialForceParticipation':
      return snapshot.socialForceParticipation();
    case 'isolated':
      return (await snapshot.isolated(question.kinds))
        .map((organization) => ({ id: organization.id, code: organization.code }))
        .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    case 'collaboration': {
      const analysis = await snapshot.collaboration();
      const ranking = question.brokers === 0 ? null : analysis.brokers();
      return {
        organizations: analysis.organizations,
        links: analysis.links,
        componentCount: analysis.componentCount,
        largestComponentSize: analysis.largestComponentSize,
        brokers: (ranking?.ranked ?? []).slice(0, question.brokers),
        exact: ranking?.exact ?? true,
        sampledSources: ranking?.sampledSources ?? 0,
      };
    }
  }
}

/** A snapshot indicator's ratio as of the snapshot's date. */
export async function evaluateTrendPoint(snapshot: IndicatorSnapshot, indicator: SnapshotTrendIndicator): Promise<RatioValue> {
  switch (indicator) {
    case 'PARTY_PRESENCE_COVERAGE':
      return (await snapshot.partyPresence()).overall;
    case 'CROSS_APPOINTMENT_RATE':
      return snapshot.crossAppointmentRate();
    case 'ISOLATED_ORGANIZATIONS':
      return ratio((await snapshot.isolated(null)).length, (await snapshot.members()).size);
    case 'SOCIAL_FORCE_PARTICIPATION':
      return (await snapshot.socialForceParticipation()).locatedShare;
    case 'LARGEST_COMPONENT_SHARE': {
      const collaboration = await snapshot.collaboration();
      return ratio(collaboration.largestComponentSize, collaboration.organizations);
    }
  }
}

/** Runs a task over `source` (whose root is the task's): the answers of its questions in order, or the trend's points. */
export async function runIndicatorTask(source: IndicatorSource, task: IndicatorTask): Promise<unknown[]> {
  if ('trend' in task) {
    const points: RatioValue[] = [];
    // One date after the other: each snapshot's work is in memory over the rows the source read once.
    for (const date of task.dates) points.push(await evaluateTrendPoint(new IndicatorSnapshot(source, date), task.trend));
    return points;
  }
  const snapshot = new IndicatorSnapshot(source, task.date);
  return Promise.all(task.questions.map((question) => answerQuestion(snapshot, question)));
}

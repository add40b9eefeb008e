import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { SharedState } from '../db/shared-state.js';

/**
 * Operation names come from clients, so a label made of them could grow without end. The first
 * names seen keep their own series; later ones share OTHER_OPERATIONS.
 */
const MAX_OPERATION_LABELS = 100;
export const OTHER_OPERATIONS = '(other)';

/**
 * The server's Prometheus metrics, in a registry of its own (never prom-client's global one), so
 * that several servers in one process, as in the tests, count separately.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly operationLabels = new Set<string>();

  constructor(shared: SharedState | null = null) {
    if (!shared) return;
    new Gauge({
      name: 'shared_state_redis_up',
      help: 'Whether Redis (REDIS_URL) answers: 1 while rate limits, persisted queries and subscriptions are shared between replicas, 0 while each process does without.',
      registers: [this.registry],
      collect() {
        this.set(shared.ready ? 1 : 0);
      },
    });
    new Counter({
      name: 'shared_state_fallbacks_total',
      help: 'Requests that did without Redis and fell back to this process, by use (rate_limit, persisted_queries, pubsub).',
      labelNames: ['use'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [use, count] of shared.fallbacks()) this.inc({ use }, count);
      },
    });
  }

  private readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL HTTP requests, by operation name and outcome (ok, the error code, or HTTP_<status> when no operation ran).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL HTTP request to the end of its response, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  private readonly sqlStatements = new Histogram({
    name: 'graphql_request_sql_statements',
    help: 'SQL statements run by one GraphQL HTTP request.',
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 50, 100, 250],
    registers: [this.registry],
  });

  private readonly loaderBatchSize = new Histogram({
    name: 'graphql_dataloader_batch_size',
    help: 'Keys in one DataLoader batch (one SQL statement), by loader.',
    labelNames: ['loader'] as const,
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000],
    registers: [this.registry],
  });

  /** Records a finished request: `operation` as the request log names it (null when none was resolved). */
  observeRequest(request: { operation: string | null; outcome: string; durationSeconds: number; sqlStatements: number }): void {
    const operation = this.operationLabel(request.operation);
    this.requests.inc({ operation, outcome: request.outcome });
    this.duration.observe({ operation }, request.durationSeconds);
    this.sqlStatements.observe(request.sqlStatements);
  }

  observeLoaderBatch(loader: string, keys: number): void {
    this.loaderBatchSize.observe({ loader }, keys);
  }

  /** Counts the governance indicators' tasks: computed, or joined by an identical request while in flight. */
  observeIndicatorTasks(counts: { readonly computed: number; readonly joined: number }): void {
    this.observeCounts(
      'indicator_tasks_total',
      'Governance indicator tasks (governanceIndicators, snapshot trends), by outcome: computed, or joined (an identical task was in flight and its answer was shared).',
      'outcome',
      counts,
    );
  }

  /** Graph export files sent, by the thread that wrote them (export.ts): a worker thread, or the request's own. */
  observeGraphExports(written: { readonly worker: number; readonly request: number }): void {
    this.observeCounts(
      'graph_export_files_total',
      'Files sent by GET /export/graph, by the thread that wrote them: worker (INDICATOR_WORKERS above 0), or request (without workers, or when the worker could not answer: errors are answered there).',
      'thread',
      written,
    );
  }

  /** Graph export tasks sent to the worker threads, by outcome: computed, or joined (an identical download was in flight). */
  observeGraphExportTasks(counts: { readonly computed: number; readonly joined: number }): void {
    this.observeCounts(
      'graph_export_tasks_total',
      'Graph export files asked of the worker threads (GET /export/graph with INDICATOR_WORKERS above 0), by outcome: computed, or joined (an identical download was in flight and its file was shared).',
      'outcome',
      counts,
    );
  }

  /** A counter read from `counts` when scraped: one series per property, the property's name as the label's value. */
  private observeCounts(name: string, help: string, label: string, counts: Readonly<Record<string, number>>): void {
    new Counter({
      name,
      help,
      labelNames: [label],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [value, count] of Object.entries(counts)) this.inc({ [label]: value }, count);
      },
    });
  }

  /** GET /metrics: the Prometheus text format. */
  endpoint(): RequestHandler {
    return async (_request, response) => {
      response.set('Content-Type', this.registry.contentType).send(await this.registry.metrics());
    };
  }

  private operationLabel(operation: string | null): string {
    const label = operation ?? '(none)';
    if (this.operationLabels.has(label)) return label;
    if (this.operationLabels.size >= MAX_OPERATION_LABELS) return OTHER_OPERATIONS;
    this.operationLabels.add(label);
    return label;
  }
}

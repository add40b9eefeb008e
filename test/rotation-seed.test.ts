import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDistrict, SAMPLE_SCALE } from '../seeds/generate.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** The sample district's rotation (seeds/generate/rotation.ts), read back through the API: every kind of change, end reasons, seats, some vacancy. */
describe('the sample district rotates its committees', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { dataset: generateDistrict({ scale: SAMPLE_SCALE }) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('holds exchanges, moves across communities and exits with end reasons, and vacant seats', async () => {
    const scope = (await server.graphql('{ organizations(filter: { kinds: [DISTRICT_PARTY_COMMITTEE] }) { nodes { code } } }')).data!.organizations.nodes[0].code;
    const response = await server.graphql(`query R($scope: ID!) {
      postTransitions(scope: $scope, from: "2023-01-01", to: "2026-01-01", first: 500) { totalCount nodes { kind endReason } }
      rotationIndicators(scope: $scope, from: "2024-01-01", to: "2025-01-01") { groups { rotationRate { numerator denominator value } vacancyDays { value } } }
      vacancies(scope: $scope, on: "2025-12-31") { seats vacantSeats }
    }`, { scope });
    expect(response.errors).toBeUndefined();
    const kinds = new Set(response.data!.postTransitions.nodes.map((node: { kind: string }) => node.kind));
    for (const kind of ['EXCHANGE', 'MOVE_ACROSS_COMMUNITIES', 'EXIT']) expect(kinds, kind).toContain(kind);
    const rotated = response.data!.postTransitions.nodes.filter((node: { kind: string; endReason: string }) => node.endReason === 'ROTATION');
    expect(rotated.length).toBeGreaterThanOrEqual(4);
    const [group] = response.data!.rotationIndicators.groups;
    expect(group.rotationRate.numerator).toBeGreaterThan(0);
    expect(group.rotationRate.value).toBeLessThan(0.2);
    expect(group.vacancyDays.value).toBeGreaterThan(0);
    expect(response.data!.vacancies.vacantSeats).toBeGreaterThan(0);
  });
});

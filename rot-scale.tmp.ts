import 'reflect-metadata';
import { Database } from './src/db/database.js';
import { importDataset } from './src/modules/import/import-dataset.js';
import { generateDistrict } from './seeds/generate.js';
import { RotationSql } from './src/modules/rotation/rotation.sql.js';
const url = process.env.PG;
const db = await Database.open(url ? { databaseUrl: url, migrate: true } : { sqlitePath: '/tmp/rot-scale.sqlite', migrate: true });
const [{ n }] = await db.manager.query('SELECT COUNT(*) AS n FROM posts');
if (Number(n) === 0) { const t = Date.now(); await importDataset(db, generateDistrict({ scale: 1 })); console.log('import', Date.now() - t, 'ms'); }
const [{ id }] = await db.manager.query("SELECT id FROM organizations WHERE kind = 'DISTRICT_PARTY_COMMITTEE' ORDER BY code LIMIT 1");
const sql = new RotationSql(url ? 'postgres' : 'sqlite');
const time = async (label: string, f: () => Promise<unknown>) => { await f(); const t = performance.now(); const r = await f(); console.log(label, (performance.now() - t).toFixed(1), 'ms', JSON.stringify(r).slice(0, 400)); };
for (const year of ['2023', '2024', '2025']) await time(`indicators ${year}`, () => sql.indicators(db.manager, { scopeId: Number(id), periods: [{ from: `${year}-01-01`, to: `${Number(year) + 1}-01-01` }], groupBy: null }));
await time('indicators 2024 by community', async () => (await sql.indicators(db.manager, { scopeId: Number(id), periods: [{ from: '2024-01-01', to: '2025-01-01' }], groupBy: 'COMMUNITY' as any })).length);
const months = Array.from({ length: 36 }, (_, i) => ({ from: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, to: i === 35 ? '2026-01-01' : `${2023 + Math.floor((i + 1) / 12)}-${String(((i + 1) % 12) + 1).padStart(2, '0')}-01` }));
await time('trend 36 months', async () => (await sql.indicators(db.manager, { scopeId: Number(id), periods: months, groupBy: null })).length);
await time('transitions 2024', async () => { const r = await sql.transitions(db.manager, { scopeId: Number(id), from: '2024-01-01', to: '2025-01-01', kinds: null, window: { offset: 0, limit: 500, list: 'x' } }); const k: Record<string, number> = {}; for (const row of r.rows) k[row.kind] = (k[row.kind] ?? 0) + 1; return [r.totalCount, k]; });
await time('vacancies', async () => { const r = await sql.vacancies(db.manager, { scopeId: Number(id), on: '2025-12-31', window: { offset: 0, limit: 50, list: 'x' } }); return [r.totalCount, r.seats, r.vacant]; });
await db.close();

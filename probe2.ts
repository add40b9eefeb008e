import 'reflect-metadata';
import { generateSample } from './seeds/generate.js';
const s = generateSample();
for (const k of ['resources','resourceUses','needs','activities','participations','memberReports'] as const) console.log(k, (s[k] ?? []).length);
const st = (list: any[], f: string) => { const m = new Map(); for (const x of list) m.set(x[f], (m.get(x[f])??0)+1); return m; };
console.log(st(s.resources!, 'status'), st(s.resourceUses!, 'status'), st(s.needs!, 'status'), st(s.resources!, 'kind'), st(s.participations!, 'role'));

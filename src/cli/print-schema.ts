/**
 * Writes schema.graphql at the repository root: the subgraph SDL the server serves
 * (`{ _service { sdl } }`), under a "generated" header. Usage: npm run schema
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderSchemaFile, SCHEMA_FILE } from '../schema/print-schema.js';

const content = await renderSchemaFile();
const previous = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : null;
if (previous === content) {
  console.log(`${path.relative(process.cwd(), SCHEMA_FILE)} is up to date.`);
} else {
  fs.writeFileSync(SCHEMA_FILE, content);
  console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)} (${content.split('\n').length} lines).`);
}

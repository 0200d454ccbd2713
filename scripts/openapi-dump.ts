// Writes the OpenAPI document of the real app (in-memory database) to a file, for the linter.
import { writeFileSync } from 'node:fs';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';

const out = process.argv[2] ?? 'dist/openapi.json';
const database = await openDatabase({});
const app = await buildApp({ database, config: loadConfig({ LOG_LEVEL: 'silent' }) });
const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
writeFileSync(out, response.body);
await app.close();
await database.close();
console.log(`OpenAPI-document geschreven naar ${out}`);

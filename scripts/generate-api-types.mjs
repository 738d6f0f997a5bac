// Generates the web app's API types from the API's own OpenAPI document.
//   node scripts/generate-api-types.mjs          writes apps/web/src/api/schema.d.ts
//   node scripts/generate-api-types.mjs --check  exits 1 when the committed file is stale
// Needs a build (npm run build:api): the document comes from dist/apps/api/src/print-openapi.js.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}apps/web/src/api/schema.d.ts`;

export async function generateApiTypes() {
  const json = execFileSync(process.execPath, [`${root}dist/apps/api/src/print-openapi.js`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ast = await openapiTS(JSON.parse(json), { alphabetize: true });
  return `// Generated from the API's OpenAPI document by scripts/generate-api-types.mjs: do not edit.\n${astToString(ast)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fresh = await generateApiTypes();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(target, 'utf8');
    if (committed !== fresh) {
      console.error('apps/web/src/api/schema.d.ts is stale: run npm run api:types');
      process.exit(1);
    }
    console.log('apps/web/src/api/schema.d.ts matches the API');
  } else {
    writeFileSync(target, fresh);
    console.log(`wrote ${target}`);
  }
}

/**
 * IPTC's ninjs schemas (kept in `schemas/ninjs/`) compiled with ajv, the remote GeoJSON schema
 * they reference stood in by an open one so nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

function compile(file: string): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  const schema: unknown = JSON.parse(readFileSync(new URL(`../../../schemas/ninjs/${file}`, import.meta.url), 'utf8'));
  return ajv.compile(schema as object);
}

export const ninjsSchemas = {
  2: compile('ninjs-schema_2.2.json'),
  3: compile('ninjs-schema_3.1.json'),
} as const;

/** The schema's errors for `item`, as readable lines (empty when valid). */
export function schemaErrors(version: 2 | 3, item: unknown): string[] {
  const validate = ninjsSchemas[version];
  return validate(item) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

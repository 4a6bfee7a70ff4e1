// The list of schemas and which catalog files each one describes; shared by the generators.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const schemaDir = fileURLToPath(new URL('../catalog/schema/', import.meta.url));
export const schemaBaseUri = 'https://schultraeger-baukasten.example/schema/';

/** Schema file names, e.g. `blocks.schema.json`. */
export const schemaFiles = readdirSync(schemaDir)
	.filter((f) => f.endsWith('.schema.json'))
	.sort();

/** `blocks.schema.json` -> `validateBlocks` */
export function validatorName(file) {
	const stem = file.replace('.schema.json', '');
	return 'validate' + stem.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
}

export const schemaPath = (file) => join(schemaDir, file);

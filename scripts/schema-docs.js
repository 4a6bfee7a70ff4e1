// The documentation rule of the catalog schemas: every property has a `title` and a
// `description`, so that an editor that reads the file's `$schema` explains each field to the
// person editing the catalog. gen-types.js refuses to run while a property lacks one; the unit
// test test/unit/schema/schema-docs.test.ts checks every schema and a fixture that breaks it.

/** Keywords whose subschemas only refine properties declared elsewhere (conditions). */
const conditions = new Set(['if', 'then', 'else', 'not']);

/**
 * Every property of a schema without a title or a description, as `pointer: missing`
 * (e.g. `/$defs/block/properties/id: description`), in document order.
 * @param {unknown} schema
 * @returns {string[]}
 */
export function undocumentedProperties(schema) {
	/** @type {string[]} */
	const missing = [];
	/** @param {unknown} node @param {string} pointer */
	const walk = (node, pointer) => {
		if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${pointer}/${i}`));
		if (!node || typeof node !== 'object') return;
		for (const [key, value] of Object.entries(node)) {
			if (conditions.has(key)) continue;
			if (key === 'properties' && value && typeof value === 'object')
				for (const [name, property] of Object.entries(value)) {
					const at = `${pointer}/properties/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
					for (const keyword of ['title', 'description'])
						if (typeof property?.[keyword] !== 'string' || !property[keyword].trim())
							missing.push(`${at}: ${keyword}`);
					walk(property, at);
				}
			else walk(value, `${pointer}/${key}`);
		}
	};
	walk(schema, '');
	return missing;
}

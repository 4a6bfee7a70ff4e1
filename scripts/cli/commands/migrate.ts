/**
 * `baukasten migrate CONFIGURATION.json [-o FILE]`: an old configuration brought to today's
 * format and catalog (renamed ids followed, removed ones dropped, each with a notice on stderr).
 */
import { configurationJson } from '../../../src/lib/exchange/configuration-file';
import { onlyFile, readConfiguration, type Command } from '../command';

export const migrate: Command = {
	name: 'migrate',
	run(ctx) {
		const file = onlyFile(ctx, ['Konfigurationsdatei', 'configuration file']);
		const migrated = readConfiguration(ctx, file);
		// Brought to today's catalog, the document says so: later opens give no notice.
		ctx.write(
			configurationJson({ ...migrated, catalogVersion: ctx.catalog().meta.catalogVersion })
		);
		return 0;
	}
};

/** Every `baukasten` command, by the word that starts it on the command line. */
import type { Command } from '../command';
import { aggregate } from './aggregate';
import { catalogCheck } from './catalog-check';
import { compare } from './compare';
import { coverage } from './coverage';
import { gaps } from './gaps';
import { migrate } from './migrate';
import { newConfiguration } from './new';
import { plan } from './plan';
import { recommend } from './recommend';

export const commands: ReadonlyMap<string, Command> = new Map(
	[
		recommend,
		gaps,
		compare,
		plan,
		coverage,
		aggregate,
		newConfiguration,
		migrate,
		catalogCheck
	].map((command) => [command.name, command])
);

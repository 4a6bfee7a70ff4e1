/** German and English labels for the profile's answers, used in explanations and tables. */
import type { ItStaff, LocalizedText, SchoolType, ServiceProvider } from '../schema/types';

export const schoolTypeLabels: Record<SchoolType, LocalizedText> = {
	grundschule: { de: 'Grundschule', en: 'primary school' },
	foerderzentrum: { de: 'Förderzentrum', en: 'special-needs school' },
	'weiterfuehrende-schule': { de: 'weiterführende Schule', en: 'secondary school' },
	'berufsbildende-schule': { de: 'berufsbildende Schule', en: 'vocational school' }
};

export const itStaffLabels: Record<ItStaff, LocalizedText> = {
	none: { de: 'kein oder kaum eigenes IT-Personal', en: 'little or no own IT staff' },
	small: {
		de: 'etwas IT-Personal oder eine kleine IT im Aufbau',
		en: 'some IT staff or a small IT being built'
	},
	department: { de: 'eine ausbaufähige IT-Abteilung', en: 'an IT department that can be expanded' }
};

export const serviceProviderLabels: Record<ServiceProvider, LocalizedText> = {
	none: { de: 'kein externer Dienstleister', en: 'no external service provider' },
	regional: { de: 'ein kleiner oder regionaler Dienstleister', en: 'a small or regional provider' },
	large: {
		de: 'ein großer Dienstleister oder Rahmenvertrag',
		en: 'a large provider or framework contract'
	},
	municipal: {
		de: 'ein kommunaler IT-Dienstleister (Zweckverband, kommunales Rechenzentrum, eigene IT-Gesellschaft)',
		en: 'a municipal IT provider (Zweckverband, municipal data centre, own IT company)'
	}
};

export const criterionLabels: Record<
	'schoolCount' | 'schoolTypes' | 'itStaff' | 'serviceProvider',
	LocalizedText
> = {
	schoolCount: { de: 'Schulen in der Trägerschaft', en: 'Schools run by the carrier' },
	schoolTypes: { de: 'Schularten', en: 'School types' },
	itStaff: { de: 'Eigene IT-(Personal-)Ressourcen', en: 'Own IT (staff) resources' },
	serviceProvider: { de: 'Dienstleister', en: 'Service provider' }
};

/** Joins labels: "Grundschule, Förderzentrum" */
export function listLabels<T extends string>(
	values: readonly T[],
	labels: Record<T, LocalizedText>
): LocalizedText {
	return {
		de: values.map((v) => labels[v].de).join(', '),
		en: values.map((v) => labels[v].en).join(', ')
	};
}

/**
 * Whether the page has finished hydrating: set by the root layout once every part of the page
 * has mounted. Parts that render in a task of their own (OwnTask) do it one way while the page
 * hydrates and another way afterwards.
 */
let started = false;

export const markAppStarted = () => {
	started = true;
};

export const appStarted = () => started;

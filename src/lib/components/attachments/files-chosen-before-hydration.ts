/**
 * A file input is in the prerendered HTML before the page's script runs, so a user on a slow PC
 * can choose files before the `change` handler exists; the browser keeps them in `input.files`
 * but fires no second event. Attached to such an input, this hands those files on once the
 * handler is there. Nothing is chosen on a normal load, and then it does nothing.
 */
export function filesChosenBeforeHydration(input: HTMLInputElement): void {
	if (input.files?.length) input.dispatchEvent(new Event('change', { bubbles: true }));
}

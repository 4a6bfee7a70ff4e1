/**
 * The goals `npm run bench:pages` judges a page by (issue 13), and when three loads are too few
 * to judge it. TBT swings by about ±50 % from run to run on a busy 2-core machine (README): a
 * page whose median lies near the goal would pass in one run and fail in the next. Such a page
 * gets more loads, so that its verdict is the median of seven rather than a draw.
 */
export const LCP_RATIO_GOAL = 1.5;
export const TBT_GOAL_MS = 200;

/** Within a quarter of the TBT goal, or within a tenth of the LCP ratio goal. */
export function isCloseCall({ tbt, lcpRatio }: { tbt: number; lcpRatio: number }): boolean {
	return (
		Math.abs(tbt - TBT_GOAL_MS) < TBT_GOAL_MS / 4 ||
		Math.abs(lcpRatio - LCP_RATIO_GOAL) < LCP_RATIO_GOAL / 10
	);
}
